import type { Redis } from "ioredis";

/**
 * Counts what a client sends: commands, and round trips — a command sent while none of this
 * client's commands is waiting for its answer starts a new round trip; commands sent together
 * (Promise.all, MULTI, a pipeline) share one. Only meaningful while updates run one at a time.
 */
export class RoundTrips {
  commands = 0;
  trips = 0;
  /** The commands of each round trip (name and first key), while `logging` is on. */
  readonly log: string[][] = [];
  logging = false;
  private pending = 0;
  enabled = false;

  install(client: Redis): void {
    const original = client.sendCommand.bind(client);
    client.sendCommand = ((command: { name: string; args: unknown[]; promise: Promise<unknown> }, ...rest: unknown[]) => {
      if (this.enabled) {
        this.commands++;
        if (this.pending === 0) {
          this.trips++;
          if (this.logging) this.log.push([]);
        }
        if (this.logging) this.log[this.log.length - 1].push(`${command.name} ${command.name.startsWith("eval") ? "" : String(command.args[0] ?? "")}`.trim());
        this.pending++;
        const done = () => void this.pending--;
        command.promise.then(done, done);
      }
      return (original as (...a: unknown[]) => unknown)(command, ...rest);
    }) as typeof client.sendCommand;
  }

  /** Resolves once no counted command is waiting (fire-and-forget writes included). */
  async idle(): Promise<void> {
    // Auto-pipelined commands are sent on a later tick: let queued ones go out (and be counted)
    // first, or an update's fire-and-forget writes would be counted with the next update's reads.
    do await new Promise((r) => setImmediate(r));
    while (this.pending > 0);
  }

  reset(): void {
    this.commands = 0;
    this.trips = 0;
    this.log.length = 0;
  }
}

/**
 * Runs the scheduler tick on a cron (node-cron 4, UTC) with a guard so ticks never overlap.
 * Extra jobs (e.g. the check-in reminders) run after each tick, inside the same guard.
 */
import cron, { type ScheduledTask } from "node-cron";
import { runTick, type TickDeps, type TickResult } from "./tick.js";

export class Scheduler {
  private task: ScheduledTask | null = null;
  private current: Promise<TickResult | null> | null = null;
  /** Wall-clock time of the last tick that finished (readiness: is the scheduler alive?). */
  lastTickAt: Date | null = null;

  constructor(
    private readonly deps: TickDeps,
    private readonly extraJobs: ReadonlyArray<() => Promise<unknown>> = [],
    private readonly onTick?: (result: TickResult) => void,
  ) {}

  /** Starts ticking (default every minute). Throws on an invalid expression or if already started. */
  start(cronExpression = "* * * * *"): void {
    if (this.task) throw new Error("scheduler already started");
    if (!cron.validate(cronExpression)) throw new Error(`invalid cron expression: ${cronExpression}`);
    this.task = cron.schedule(
      cronExpression,
      async () => {
        await this.runOnce();
      },
      { timezone: "UTC", name: "daily-prompts" },
    );
  }

  /** Runs one tick now; returns null (and does nothing) if a tick is already running. */
  runOnce(): Promise<TickResult | null> {
    if (this.current) {
      this.deps.logger?.warn({}, "scheduler: previous tick still running; skipping this one");
      return Promise.resolve(null);
    }
    const run = (async () => {
      try {
        const result = await runTick(this.deps);
        for (const job of this.extraJobs) {
          await job().catch((err) => this.deps.logger?.error({ err }, "scheduler: extra job failed"));
        }
        this.lastTickAt = new Date();
        this.onTick?.(result);
        return result;
      } catch (err) {
        this.deps.logger?.error({ err }, "scheduler: tick failed");
        return null;
      } finally {
        this.current = null;
      }
    })();
    this.current = run;
    return run;
  }

  get running(): boolean {
    return this.current !== null;
  }

  get started(): boolean {
    return this.task !== null;
  }

  /** Stops the cron and waits for a running tick to finish. */
  async stop(): Promise<void> {
    const task = this.task;
    this.task = null;
    if (task) await task.destroy();
    if (this.current) await this.current;
  }
}

/**
 * A throw-away local Redis Cluster: 3 masters on free ports (no replicas, no persistence), made
 * with `redis-cli --cluster create`, for the cluster test and the benchmark. Always `stop()` it.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createServer } from "node:net";
import { Redis } from "ioredis";
import { freePort } from "./redis.js";

export interface ClusterSupport {
  ok: boolean;
  /** Why not, when not. */
  reason?: string;
}

/**
 * Does this redis-server support cluster mode? Only a build without it says no; anything else
 * (no redis-server, no redis-cli, a port problem) is left to fail loudly in LocalCluster.start.
 */
export async function clusterSupport(): Promise<ClusterSupport> {
  const node = new ClusterNode(await clusterPort(), mkdtempSync(join(tmpdir(), "mtb-cluster-probe-")));
  try {
    await node.start();
    const probe = new Redis(node.port, "127.0.0.1", { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
    probe.on("error", () => undefined);
    try {
      await probe.connect();
      if (!/cluster_enabled:1/.test(await probe.info("cluster"))) return { ok: false, reason: "this redis-server runs without cluster support" };
    } finally {
      probe.disconnect();
    }
    return { ok: true };
  } catch {
    if (/cluster/i.test(node.output)) return { ok: false, reason: `this redis-server has no cluster support: ${node.output.trim().slice(-200)}` };
    return { ok: true };
  } finally {
    await node.stop();
    rmSync(node.dir, { recursive: true, force: true });
  }
}

/**
 * A port for a cluster node: free, and so is its cluster bus port (port + 10 000, which must stay
 * below 65 536). A plain free port from the ephemeral range can be above 55 535, or its bus port
 * taken: redis-server then exits at once.
 */
async function clusterPort(): Promise<number> {
  for (let i = 0; i < 100; i++) {
    const port = await freePort();
    if (port + 10_000 <= 65_535 && (await portIsFree(port + 10_000))) return port;
  }
  throw new Error("no free port whose cluster bus port is free too");
}

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const srv = createServer();
    srv.unref();
    srv.once("error", () => resolve(false));
    srv.listen(port, "127.0.0.1", () => srv.close(() => resolve(true)));
  });
}

/** A started node; a port taken between the check and the start is given up for another. */
async function startedNode(dir: string, password?: string): Promise<ClusterNode> {
  for (let attempt = 1; ; attempt++) {
    const node = new ClusterNode(await clusterPort(), dir, password);
    try {
      await node.start();
      return node;
    } catch (err) {
      await node.stop();
      if (attempt >= 3 || !/in use/i.test(node.output)) throw new Error(`${(err as Error).message}: ${node.output.trim().slice(-300)}`);
    }
  }
}

class ClusterNode {
  private child?: ChildProcess;
  /** What redis-server wrote (it explains a refusal to start). */
  output = "";
  constructor(
    readonly port: number,
    readonly dir: string,
    readonly password?: string,
  ) {}

  async start(): Promise<void> {
    const auth = this.password ? ["--requirepass", this.password, "--masterauth", this.password] : [];
    this.child = spawn(
      "redis-server",
      [
        "--port", String(this.port),
        "--bind", "127.0.0.1",
        "--dir", this.dir,
        "--cluster-enabled", "yes",
        "--cluster-config-file", join(this.dir, `nodes-${this.port}.conf`),
        "--cluster-node-timeout", "5000",
        "--save", "",
        "--appendonly", "no",
        ...auth,
      ],
      { stdio: ["ignore", "pipe", "pipe"] },
    );
    const keep = (chunk: Buffer) => {
      if (this.output.length < 10_000) this.output += chunk.toString();
    };
    this.child.stdout!.on("data", keep);
    this.child.stderr!.on("data", keep);
    const exited = new Promise<never>((_, reject) => {
      this.child!.once("exit", (code) => reject(new Error(`redis-server exited (${code})`)));
      this.child!.once("error", reject);
    });
    exited.catch(() => undefined);
    const probe = new Redis(this.port, "127.0.0.1", { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null, password: this.password });
    probe.on("error", () => undefined);
    try {
      for (let i = 0; i < 100; i++) {
        if (this.child.exitCode !== null) await exited;
        try {
          await probe.connect();
          await probe.ping();
          return;
        } catch {
          await new Promise((r) => setTimeout(r, 50));
        }
      }
      throw new Error(`redis-server on port ${this.port} did not start`);
    } finally {
      probe.disconnect();
    }
  }

  async stop(): Promise<void> {
    const child = this.child;
    this.child = undefined;
    if (!child || child.exitCode !== null) return;
    await new Promise<void>((resolve) => {
      child.once("exit", () => resolve());
      child.kill("SIGKILL");
    });
  }
}

export class LocalCluster {
  private constructor(
    private readonly nodes: ClusterNode[],
    readonly dir: string,
    readonly password?: string,
  ) {}

  /** host:port,host:port,… — the value REDIS_CLUSTER_NODES takes. */
  get nodesSpec(): string {
    return this.nodes.map((n) => `127.0.0.1:${n.port}`).join(",");
  }

  get ports(): number[] {
    return this.nodes.map((n) => n.port);
  }

  /** With a password, every node requires it (requirepass and masterauth). */
  static async start(masters = 3, opts: { password?: string } = {}): Promise<LocalCluster> {
    const dir = mkdtempSync(join(tmpdir(), "mtb-cluster-"));
    const nodes: ClusterNode[] = [];
    const cluster = new LocalCluster(nodes, dir, opts.password);
    try {
      for (let i = 0; i < masters; i++) nodes.push(await startedNode(dir, opts.password));
      const create = spawnSync(
        "redis-cli",
        [
          ...(opts.password ? ["-a", opts.password, "--no-auth-warning"] : []),
          "--cluster", "create", ...nodes.map((n) => `127.0.0.1:${n.port}`), "--cluster-replicas", "0", "--cluster-yes",
        ],
        { encoding: "utf8", timeout: 30_000 },
      );
      if (create.status !== 0) throw new Error(`redis-cli --cluster create failed: ${(create.stderr || create.stdout).slice(-500)}`);
      await cluster.waitUntilOk();
      return cluster;
    } catch (err) {
      await cluster.stop();
      throw err;
    }
  }

  /** Every node reports cluster_state:ok and knows all slots. */
  private async waitUntilOk(timeoutMs = 20_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      let ok = true;
      for (const n of this.nodes) {
        const c = new Redis(n.port, "127.0.0.1", { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null, password: this.password });
        c.on("error", () => undefined);
        try {
          await c.connect();
          const info = await c.cluster("INFO");
          if (!/cluster_state:ok/.test(info) || !/cluster_slots_assigned:16384/.test(info)) ok = false;
        } catch {
          ok = false;
        } finally {
          c.disconnect();
        }
      }
      if (ok) return;
      if (Date.now() > deadline) throw new Error("local cluster did not reach cluster_state:ok");
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  async stop(): Promise<void> {
    for (const n of this.nodes) await n.stop();
    rmSync(this.dir, { recursive: true, force: true });
  }
}

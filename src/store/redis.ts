import { Redis, Cluster, type RedisOptions } from "ioredis";

export type RedisClient = Redis | Cluster;

/**
 * ioredis defaults retry for many seconds; we want a user to hear "not saved" within about 2 s
 * and start-up to fail fast. Commands fail at once while disconnected (no offline queue) and
 * the client keeps reconnecting in the background.
 */
export const FAST_FAIL_OPTIONS: RedisOptions = {
  connectTimeout: 2000,
  commandTimeout: 2000,
  maxRetriesPerRequest: 1,
  enableOfflineQueue: false,
  lazyConnect: true,
  retryStrategy: (times) => Math.min(100 * times, 1000),
  // Commands issued in the same tick (Promise.all, concurrent updates) go out in one write:
  // fewer syscalls per update under load (bench/).
  enableAutoPipelining: true,
};

export function createRedis(url: string, clusterNodes?: string): RedisClient {
  const client = build(url, clusterNodes);
  // ioredis reconnects by itself; each failed command is reported where it is awaited.
  client.on("error", () => undefined);
  return client;
}

function build(url: string, clusterNodes?: string): RedisClient {
  if (clusterNodes) {
    const nodes = clusterNodes.split(",").map((hp) => {
      const [host, port] = hp.split(":");
      return { host, port: Number(port) };
    });
    return new Cluster(nodes, {
      lazyConnect: true,
      enableAutoPipelining: true,
      enableOfflineQueue: false,
      clusterRetryStrategy: (times) => Math.min(100 * times, 1000),
      redisOptions: { ...FAST_FAIL_OPTIONS, lazyConnect: undefined, ...clusterNodeAuth(url) },
    });
  }
  return new Redis(url, FAST_FAIL_OPTIONS);
}

/**
 * In cluster mode the nodes come from REDIS_CLUSTER_NODES, and what REDIS_URL says about
 * credentials and TLS applies to every node: redis://user:password@… or rediss:// for TLS.
 */
export function clusterNodeAuth(url: string): Pick<RedisOptions, "username" | "password" | "tls"> {
  const u = new URL(url);
  const out: Pick<RedisOptions, "username" | "password" | "tls"> = {};
  if (u.username) out.username = decodeURIComponent(u.username);
  if (u.password) out.password = decodeURIComponent(u.password);
  if (u.protocol === "rediss:") out.tls = {};
  return out;
}

/** Connects and pings within `timeoutMs`, or throws. */
export async function connectRedis(client: RedisClient, timeoutMs = 5000): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error("timed out")), timeoutMs);
  });
  try {
    await Promise.race([
      (async () => {
        if (client.status === "wait" || client.status === "end") await client.connect();
        await client.ping();
      })(),
      timeout,
    ]);
  } finally {
    clearTimeout(timer);
  }
}

export async function isRedisHealthy(client: RedisClient): Promise<boolean> {
  try {
    return client.status === "ready" && (await client.ping()) === "PONG";
  } catch {
    return false;
  }
}

/** A Redis error raised because the server is unreachable (as opposed to a bug in our command). */
export function isRedisUnavailable(err: unknown): boolean {
  const msg = String((err as Error)?.message ?? "");
  return /Stream isn't writeable|enableOfflineQueue|Connection is closed|ECONNREFUSED|ETIMEDOUT|Command timed out|MaxRetriesPerRequest|ECONNRESET|CLUSTERDOWN|Failed to refresh slots/i.test(
    msg,
  );
}

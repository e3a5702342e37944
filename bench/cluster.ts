/**
 * The same check-in and scheduler measurements on a local 3-master Redis Cluster, through two
 * bot instances on ioredis Cluster clients (as REDIS_CLUSTER_NODES configures them).
 */
import type { Cluster } from "ioredis";
import { connectRedis, createRedis, type RedisClient } from "../src/store/redis.js";
import { clusterSupport, LocalCluster } from "../test/support/cluster.js";
import { benchUpdateCost, type UpdateCostResult } from "./update-cost.js";
import { benchScheduler, type SchedulerResult } from "./scheduler.js";
import { clusterCommandStats, log } from "./support.js";
import { onExit } from "./processes.js";

export type ClusterResult = { skipped: string } | { masters: number; updates: UpdateCostResult; scheduler: SchedulerResult };

export async function benchCluster(opts: { answers: number; scheduleUsers: number; due: number }): Promise<ClusterResult> {
  const support = await clusterSupport();
  if (!support.ok) return { skipped: support.reason ?? "no cluster support" };
  log("cluster: starting 3 local masters");
  const cluster = await LocalCluster.start(3);
  const cancel = onExit(() => cluster.stop());
  const clients: RedisClient[] = [];
  try {
    const connect = async () => {
      const c = createRedis("redis://unused:1", cluster.nodesSpec);
      await connectRedis(c);
      clients.push(c);
      return c;
    };
    const admin = (await connect()) as Cluster;
    const stats = () => clusterCommandStats(admin);
    const updates = await benchUpdateCost({ redisUrl: "", connect, stats, prefix: "bench:cluster:u:", users: opts.answers });
    const scheduler = await benchScheduler({ redisUrl: "", client: connect, stats, prefix: "bench:cluster:s:", users: opts.scheduleUsers, due: opts.due });
    return { masters: 3, updates, scheduler };
  } finally {
    for (const c of clients) c.disconnect();
    cancel();
    await cluster.stop();
  }
}

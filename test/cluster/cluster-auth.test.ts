/**
 * A Redis Cluster that requires a password: REDIS_URL's credentials apply to every node named in
 * REDIS_CLUSTER_NODES (and rediss:// turns TLS on for all of them).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Cluster } from "ioredis";
import { clusterNodeAuth, connectRedis, createRedis } from "../../src/store/redis.js";
import { EntryStore } from "../../src/store/entry-store.js";
import { testPrefix } from "../support/redis.js";
import { clusterSupport, LocalCluster } from "../support/cluster.js";

const support = await clusterSupport();

describe("cluster credentials from REDIS_URL", () => {
  it("takes user name, password (URL-decoded) and TLS from the URL", () => {
    expect(clusterNodeAuth("redis://127.0.0.1:6379")).toEqual({});
    expect(clusterNodeAuth("redis://:p%40ss@x:1")).toEqual({ password: "p@ss" });
    expect(clusterNodeAuth("rediss://bot:secret@x:1")).toEqual({ username: "bot", password: "secret", tls: {} });
  });
});

describe.skipIf(!support.ok)("Redis Cluster with a password (3 local masters)", () => {
  let cluster: LocalCluster;
  const clients: Cluster[] = [];
  beforeAll(async () => {
    cluster = await LocalCluster.start(3, { password: "s3cret/pw" });
  }, 60_000);
  afterAll(async () => {
    for (const c of clients) c.disconnect();
    await cluster?.stop();
  });

  it("connects with the password from REDIS_URL and stores entries on every master", async () => {
    const client = createRedis(`redis://:${encodeURIComponent("s3cret/pw")}@unused:1`, cluster.nodesSpec) as Cluster;
    clients.push(client);
    await connectRedis(client);
    const entries = new EntryStore(client, testPrefix("auth"));
    for (let id = 1; id <= 30; id++) {
      await entries.save(id, { date: "2027-01-04", pain: id % 11, scale: 10, reactions: [], answeredAt: "2027-01-04T19:00:00.000Z" });
    }
    for (let id = 1; id <= 30; id++) expect((await entries.get(id, "2027-01-04"))?.pain).toBe(id % 11);
    const used = await Promise.all(client.nodes("master").map(async (n) => Number((await n.info("keyspace")).match(/keys=(\d+)/)?.[1] ?? 0)));
    expect(used.filter((n) => n > 0)).toHaveLength(3);
  });

  it("without the password, start-up fails instead of hanging", async () => {
    const client = createRedis("redis://unused:1", cluster.nodesSpec) as Cluster;
    clients.push(client);
    await expect(connectRedis(client, 5000)).rejects.toThrow();
  });
});

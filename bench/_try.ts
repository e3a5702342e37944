import { Redis } from "ioredis";
import { PrivateRedis } from "/work/main/test/support/redis.js";
import { benchUpdateCost } from "/work/main/bench/update-cost.js";
const r = await PrivateRedis.create();
const admin = new Redis(r.url);
try {
  const res = await benchUpdateCost({ redisUrl: r.url, admin, prefix: "bench:", users: Number(process.argv[2] ?? 2000) });
  console.log(JSON.stringify(res, null, 2));
} finally { admin.disconnect(); await r.stop(); }
process.exit(0);

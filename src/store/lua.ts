import { createHash } from "node:crypto";
import type { RedisClient } from "./redis.js";

/**
 * A Lua script run by its SHA (EVALSHA), loaded with EVAL on the first NOSCRIPT, so the body is
 * sent once per server instead of with every call.
 */
export class LuaScript {
  private readonly sha: string;
  constructor(readonly body: string) {
    this.sha = createHash("sha1").update(body).digest("hex");
  }

  async run(redis: RedisClient, keyList: string[], args: (string | number)[]): Promise<unknown> {
    try {
      return await redis.evalsha(this.sha, keyList.length, ...keyList, ...args);
    } catch (err) {
      if (!/NOSCRIPT/.test(String((err as Error)?.message))) throw err;
      return await redis.eval(this.body, keyList.length, ...keyList, ...args);
    }
  }
}

import { createHash } from "node:crypto";
import type { RedisClient } from "./redis.js";

/** ioredis has a Buffer variant of every command, but does not declare these two. */
interface BufferScripting {
  evalshaBuffer(sha: string, numKeys: number, ...args: (string | number | Buffer)[]): Promise<unknown>;
  evalBuffer(script: string, numKeys: number, ...args: (string | number | Buffer)[]): Promise<unknown>;
}

/**
 * A Lua script run by its SHA (EVALSHA), loaded with EVAL on the first NOSCRIPT, so the body is
 * sent once per server instead of with every call.
 */
export class LuaScript {
  private readonly sha: string;
  constructor(readonly body: string) {
    this.sha = createHash("sha1").update(body).digest("hex");
  }

  async run(redis: RedisClient, keyList: string[], args: (string | number | Buffer)[]): Promise<unknown> {
    return this.bySha(
      () => redis.evalsha(this.sha, keyList.length, ...keyList, ...args),
      () => redis.eval(this.body, keyList.length, ...keyList, ...args),
    );
  }

  /** As run, with the reply's strings as Buffers (for binary values such as entries). */
  async runBuffer(redis: RedisClient, keyList: string[], args: (string | number | Buffer)[]): Promise<unknown> {
    const r = redis as unknown as BufferScripting;
    return this.bySha(
      () => r.evalshaBuffer(this.sha, keyList.length, ...keyList, ...args),
      () => r.evalBuffer(this.body, keyList.length, ...keyList, ...args),
    );
  }

  private async bySha(viaSha: () => Promise<unknown>, viaBody: () => Promise<unknown>): Promise<unknown> {
    try {
      return await viaSha();
    } catch (err) {
      if (!/NOSCRIPT/.test(String((err as Error)?.message))) throw err;
      return await viaBody();
    }
  }
}

/** Deletes KEYS[1] only while it still holds ARGV[1] (a lock's token, a claim's value): 1 when deleted. */
export const DELETE_IF_HOLDS = new LuaScript(`
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0
`);

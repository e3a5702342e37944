import { describe, expect, it } from "vitest";
import { Context, type Middleware } from "grammy";
import type { Update, UserFromGetMe } from "grammy/types";
import { FeatureComposer } from "../../src/bot/feature-composer.js";

const me = { id: 1, is_bot: true, first_name: "Bot", username: "bot" } as UserFromGetMe;
const chat = { id: 7, type: "private" as const, first_name: "A" };
const from = { id: 7, is_bot: false, first_name: "A" };

function message(text: string): Context {
  const entities = text.startsWith("/") ? [{ type: "bot_command" as const, offset: 0, length: text.split(" ")[0].length }] : undefined;
  const update = { update_id: 1, message: { message_id: 1, date: 0, chat, from, text, entities } } as Update;
  return new Context(update, undefined as never, me);
}

function tap(data: string): Context {
  const update = { update_id: 2, callback_query: { id: "q", from, chat_instance: "c", data } } as Update;
  return new Context(update, undefined as never, me);
}

async function run(composer: FeatureComposer<Context>, ctx: Context): Promise<string[]> {
  const seen: string[] = [];
  (ctx as Context & { seen: string[] }).seen = seen;
  await composer.middleware()(ctx, async () => void seen.push("next"));
  return seen;
}

const seenOf = (ctx: Context) => (ctx as Context & { seen: string[] }).seen;

const mark =
  (label: string): Middleware<Context> =>
  (ctx) =>
    void (ctx as Context & { seen: string[] }).seen.push(label);

describe("FeatureComposer", () => {
  it("routes like grammY's Composer: the matching handler runs, the others are passed, and nothing matched reaches next", async () => {
    const f = new FeatureComposer<Context>();
    f.command("help", mark("help"));
    f.callbackQuery(/^cp:/, mark("pain"));
    f.hears("hi", mark("hi"));
    expect(await run(f, message("/help"))).toEqual(["help"]);
    expect(await run(f, tap("cp:4"))).toEqual(["pain"]);
    expect(await run(f, message("hi"))).toEqual(["hi"]);
    expect(await run(f, message("/other"))).toEqual(["next"]);
    expect(await run(f, tap("xx"))).toEqual(["next"]);
  });

  it("a handler that calls next passes the update on; middleware added to a filter later is seen", async () => {
    const f = new FeatureComposer<Context>();
    const branch = f.command("help", async (ctx, next) => {
      (ctx as Context & { seen: string[] }).seen.push("first");
      await next();
    });
    branch.use(mark("added later"));
    f.use(mark("after"));
    expect(await run(f, message("/help"))).toEqual(["first", "added later"]);
    expect(await run(f, message("/x"))).toEqual(["after"]);
  });

  it("async predicates (filter, drop) pick their branch once they resolve", async () => {
    const f = new FeatureComposer<Context>();
    f.filter(async (ctx) => ctx.message?.text === "yes", mark("yes"));
    f.drop(async (ctx) => ctx.message?.text === "skip", mark("not skipped"));
    expect(await run(f, message("yes"))).toEqual(["yes"]);
    expect(await run(f, message("skip"))).toEqual(["next"]);
    expect(await run(f, message("other"))).toEqual(["not skipped"]);
  });

  it("an error thrown by a predicate or a handler reaches the caller", async () => {
    const f = new FeatureComposer<Context>();
    f.filter(
      (ctx) => {
        if (ctx.message?.text === "boom") throw new Error("predicate");
        return false;
      },
      mark("never"),
    );
    f.command("fail", () => {
      throw new Error("handler");
    });
    await expect(run(f, message("boom"))).rejects.toThrow("predicate");
    await expect(run(f, message("/fail"))).rejects.toThrow("handler");
  });

  it("runs what `use` added in order, around `next`, like grammY's nesting; later additions to a returned composer are seen", async () => {
    const f = new FeatureComposer<Context>(async (ctx, next) => {
      seenOf(ctx).push("first in");
      await next();
      seenOf(ctx).push("first out");
    });
    const later = f.use(async (ctx, next) => {
      seenOf(ctx).push("second");
      await next();
    });
    f.use((ctx, next) => {
      seenOf(ctx).push("sync third");
      return next();
    });
    later.use(mark("added to the second later"));
    expect(await run(f, message("x"))).toEqual(["first in", "second", "added to the second later", "first out"]);
    const g = new FeatureComposer<Context>();
    g.use((_ctx, next) => next());
    g.use((ctx, next) => {
      seenOf(ctx).push("passed on");
      return next();
    });
    expect(await run(g, message("x"))).toEqual(["passed on", "next"]);
  });

  it("a handler's error, thrown or rejected, reaches the caller; calling `next` twice is an error (grammY checks it between two `use`s only)", async () => {
    const thrown = new FeatureComposer<Context>((() => {
      throw new Error("sync boom");
    }) as Middleware<Context>);
    await expect(run(thrown, message("x"))).rejects.toThrow("sync boom");
    const rejected = new FeatureComposer<Context>(async () => {
      throw new Error("async boom");
    });
    await expect(run(rejected, message("x"))).rejects.toThrow("async boom");
    const twice = new FeatureComposer<Context>(async (_ctx, next) => {
      await next();
      await next();
    });
    await expect(run(twice, message("x"))).rejects.toThrow("`next` already called before!");
  });
});

import { Composer, type Context, type Middleware, type MiddlewareFn } from "grammy";

type MaybeArray<T> = T | T[];

function handlerOf<C extends Context>(middleware: MaybeArray<Middleware<C>>): MiddlewareFn<C> {
  const composer = new Composer<C>(...(Array.isArray(middleware) ? middleware : [middleware]));
  // Read at call time, so middleware added to the branch later (`.filter(...).use(...)`) is seen.
  return (ctx, next) => composer.middleware()(ctx, next);
}

/**
 * A grammY Composer whose filters (command, callbackQuery, on, hears, filter, drop) cost nothing
 * to pass. grammY's own `branch` builds a new Composer and an async closure for every update at
 * every filter, and an update passes a hundred or so filters before reaching its handler: that was
 * a measurable part of each update's CPU and garbage. Same behaviour: the predicate picks one of the
 * two branches, which runs with the same `next`.
 */
export class FeatureComposer<C extends Context> extends Composer<C> {
  override branch(
    predicate: (ctx: C) => boolean | Promise<boolean>,
    trueMiddleware: MaybeArray<Middleware<C>>,
    falseMiddleware: MaybeArray<Middleware<C>>,
  ): Composer<C> {
    const yes = handlerOf(trueMiddleware);
    const no = handlerOf(falseMiddleware);
    return this.use((ctx, next) => {
      const picked = predicate(ctx);
      if (typeof picked === "boolean") return (picked ? yes : no)(ctx, next);
      return picked.then((ok) => (ok ? yes : no)(ctx, next));
    });
  }
}

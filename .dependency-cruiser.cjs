/**
 * The layer rule, checked by `npm run lint`: trial <- store <- bot <- scheduler.
 * trial/ is pure (no I/O, no Telegram, no Redis); store/ alone talks to Redis; bot/ never
 * reaches into the scheduler, which may use bot/ (its senders and ui/) instead.
 */
module.exports = {
  forbidden: [
    {
      name: "no-circular",
      severity: "error",
      comment: "An import cycle between modules; break it by moving the shared part down a layer.",
      from: {},
      to: { circular: true },
    },
    {
      name: "trial-is-pure",
      severity: "error",
      comment: "src/trial is the pure domain: nothing from store/, bot/, scheduler/ or the app around them.",
      from: { path: "^src/trial/" },
      to: { path: "^src/", pathNot: "^src/trial/" },
    },
    {
      name: "trial-no-io-packages",
      severity: "error",
      comment: "No Telegram, Redis, rendering, scheduling or logging packages in src/trial.",
      from: { path: "^src/trial/" },
      to: { dependencyTypes: ["npm"], path: "node_modules/(grammy|@grammyjs|ioredis|@resvg|node-cron|pino|pdfkit)/" },
    },
    {
      name: "trial-no-core-modules",
      severity: "error",
      comment: "No Node built-ins (node:fs, node:crypto, ...) in src/trial.",
      from: { path: "^src/trial/" },
      to: { dependencyTypes: ["core"] },
    },
    {
      name: "trial-time-is-the-base",
      severity: "error",
      comment: "trial/time (dates, parsing) is what every other part of the domain builds on; it imports none of them.",
      from: { path: "^src/trial/time/" },
      to: { path: "^src/trial/", pathNot: "^src/trial/(time/|lang\\.ts$)" },
    },
    {
      name: "store-below-bot",
      severity: "error",
      comment: "src/store knows Redis and the domain, never the bot, the scheduler or the servers.",
      from: { path: "^src/store/" },
      to: { path: "^src/(bot|scheduler|server|local)/" },
    },
    {
      name: "bot-below-scheduler",
      severity: "error",
      comment: "src/bot never imports the scheduler; the scheduler imports bot/ui and feature senders.",
      from: { path: "^src/bot/" },
      to: { path: "^src/(scheduler|server|local)/" },
    },
    {
      name: "no-unresolvable",
      severity: "error",
      comment: "An import that does not resolve to a file.",
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    tsConfig: { fileName: "tsconfig.json" },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: { exportsFields: ["exports"], conditionNames: ["import", "require", "node", "default"] },
  },
};

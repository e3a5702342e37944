/**
 * The layer rule, checked by `npm run lint`: trial <- store <- bot <- scheduler.
 * trial/ is pure (no I/O, no Telegram, no Redis); store/ alone talks to Redis; bot/ never
 * reaches into the scheduler, which may use bot/ (its senders and ui/) instead.
 * Inside bot/, the features are ordered too (FEATURE_ORDER): each imports only the ones before it.
 */

/** Lowest first. `shared` holds what several features send or check; the middlewares sit just above it. */
const FEATURE_ORDER = ["shared", "setup", "reports", "phases", "checkin", "safety", "basics", "data"];

/** One rule per feature: nothing from the features after it in FEATURE_ORDER. */
const featureOrderRules = FEATURE_ORDER.slice(0, -1).map((feature, i) => ({
  name: `feature-order-${feature}`,
  severity: "error",
  comment: `features/${feature} may import only ${FEATURE_ORDER.slice(0, i).join(", ") || "nothing from other features"} (order: ${FEATURE_ORDER.join(" < ")}).`,
  from: { path: `^src/bot/features/${feature}/` },
  to: { path: `^src/bot/features/(${FEATURE_ORDER.slice(i + 1).join("|")})/` },
}));

module.exports = {
  forbidden: [
    ...featureOrderRules,
    {
      name: "feature-listed-in-order",
      severity: "error",
      comment: "A feature imported by another feature must have its place in FEATURE_ORDER (.dependency-cruiser.cjs).",
      from: { path: "^src/bot/features/" },
      to: { path: "^src/bot/features/", pathNot: `^src/bot/features/(${FEATURE_ORDER.join("|")})/` },
    },
    {
      name: "middlewares-below-features",
      severity: "error",
      comment: "Middlewares run before every feature; they import only features/shared.",
      from: { path: "^src/bot/middlewares/" },
      to: { path: "^src/bot/features/", pathNot: "^src/bot/features/shared/" },
    },
    {
      name: "shared-below-middlewares",
      severity: "error",
      comment: "features/shared is the bottom of the bot's features: it imports no middleware.",
      from: { path: "^src/bot/features/shared/" },
      to: { path: "^src/bot/middlewares/" },
    },
    {
      name: "no-folder-cycle",
      severity: "error",
      scope: "folder",
      comment: "Two folders import each other (directly or round a loop); move the shared part into the lower one.",
      from: {},
      to: { circular: true },
    },
    {
      name: "trial-root-on-top",
      severity: "error",
      comment: "The files at the top of src/trial (export, import, retention) build on its folders; the folders never import them.",
      from: { path: "^src/trial/[^/]+/" },
      to: { path: "^src/trial/[^/]+$" },
    },
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
      to: { path: "^src/trial/", pathNot: "^src/trial/time/" },
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

import { z } from "zod";
import { IANAZone } from "luxon";

const optionalString = z
  .string()
  .optional()
  .transform((v) => (v === undefined || v.trim() === "" ? undefined : v.trim()));

const intVar = (min: number, max: number, fallback: number) =>
  optionalString
    .pipe(z.string().regex(/^\d+$/, "must be a whole number").optional())
    .transform((v) => (v === undefined ? fallback : Number(v)))
    .pipe(z.number().min(min, `must be at least ${min}`).max(max, `must be at most ${max}`));

const configSchema = z
  .object({
    BOT_TOKEN: optionalString.pipe(
      z.string().regex(/^\d+:[A-Za-z0-9_-]{20,}$/, "must look like 123456:ABC… (from @BotFather)").optional(),
    ),
    BOT_API_ROOT: optionalString.pipe(z.url({ protocol: /^https?$/ }).optional()).transform((v) => v ?? "https://api.telegram.org"),
    REDIS_URL: optionalString.pipe(z.url({ protocol: /^rediss?$/, error: "must be redis:// or rediss://" }).optional()),
    REDIS_CLUSTER_NODES: optionalString.pipe(
      z.string().regex(/^[^,\s]+:\d+(,[^,\s]+:\d+)*$/, "must be host:port,host:port").optional(),
    ),
    REDIS_PREFIX: optionalString.pipe(z.string().regex(/^[A-Za-z0-9:_-]{1,32}$/).optional()).transform((v) => v ?? "mtb:"),
    BOT_MODE: optionalString.pipe(z.enum(["polling", "webhook"]).optional()).transform((v) => v ?? "polling"),
    WEBHOOK_URL: optionalString.pipe(z.url({ protocol: /^https?$/ }).optional()),
    WEBHOOK_SECRET: optionalString.pipe(
      z.string().regex(/^[A-Za-z0-9_-]{16,256}$/, "must be 16-256 characters of A-Z, a-z, 0-9, _ or -").optional(),
    ),
    PORT: intVar(1, 65535, 8080),
    WEBAPP_URL: optionalString.pipe(z.url({ protocol: /^https$/, error: "must be an https:// URL (Telegram opens Mini Apps over HTTPS only)" }).optional()),
    LOG_LEVEL: optionalString
      .pipe(z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).optional())
      .transform((v) => v ?? "info"),
    DEFAULT_LOCALE: optionalString.pipe(z.enum(["en", "de"]).optional()).transform((v) => v ?? "en"),
    DEFAULT_TIMEZONE: optionalString
      .pipe(z.string().refine((v) => IANAZone.isValidZone(v), "must be an IANA time zone such as Europe/Berlin").optional())
      .transform((v) => v ?? "Europe/Berlin"),
    RETENTION_DAYS: intVar(1, 3650, 180),
    /** Days at the start of a later block that are not counted (carry-over from the one before). */
    WASH_IN_DAYS: intVar(0, 14, 3),
    PAID_BROADCAST: optionalString.pipe(z.enum(["true", "false"], "must be true or false").optional()).transform((v) => v === "true"),
    METRICS: optionalString.pipe(z.enum(["true", "false"], "must be true or false").optional()).transform((v) => v === "true"),
    METRICS_TOKEN: optionalString.pipe(z.string().regex(/^[A-Za-z0-9_.~+/=-]{16,256}$/, "must be 16-256 characters without spaces").optional()),
    DATA_DIR: optionalString.transform((v) => v ?? "./data"),
  })
  .superRefine((c, ctx) => {
    if (c.BOT_MODE === "webhook") {
      if (!c.WEBHOOK_URL) ctx.addIssue({ code: "custom", path: ["WEBHOOK_URL"], message: "is required when BOT_MODE=webhook" });
      if (!c.WEBHOOK_SECRET) ctx.addIssue({ code: "custom", path: ["WEBHOOK_SECRET"], message: "is required when BOT_MODE=webhook" });
      if (!c.BOT_TOKEN) ctx.addIssue({ code: "custom", path: ["BOT_TOKEN"], message: "is required when BOT_MODE=webhook" });
    }
  });

export type Config = z.infer<typeof configSchema> & {
  /** True when REDIS_URL was given explicitly (then we never start an embedded Redis). */
  redisUrlExplicit: boolean;
  redisUrl: string;
};

export type ConfigResult = { ok: true; config: Config } | { ok: false; problems: string[] };

export function parseConfig(env: NodeJS.ProcessEnv): ConfigResult {
  const parsed = configSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${String(i.path[0] ?? "config")}: ${i.message}`);
    return { ok: false, problems: [...new Set(problems)] };
  }
  const c = parsed.data;
  return {
    ok: true,
    config: { ...c, redisUrlExplicit: c.REDIS_URL !== undefined, redisUrl: c.REDIS_URL ?? "redis://127.0.0.1:6379" },
  };
}

/** Reads `.env` when present; Node 20's --env-file would fail when the file is missing. */
export function loadDotEnv(path = ".env"): void {
  try {
    process.loadEnvFile(path);
  } catch {
    // no .env: the environment alone configures the bot
  }
}

export function formatConfigProblems(problems: string[]): string {
  return `Invalid configuration (see .env.example): ${problems.join("; ")}`;
}

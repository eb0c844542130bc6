import { z } from "zod";

const postgresUrl = z.string().refine(
  (value) => {
    try {
      const url = new URL(value);
      return (url.protocol === "postgres:" || url.protocol === "postgresql:") && url.hostname !== "";
    } catch {
      return false;
    }
  },
  { message: "must be a URL like postgres://user@host:5432/database" },
);

const booleanFlag = z
  .enum(["true", "false", "1", "0", "yes", "no"])
  .transform((value) => value === "true" || value === "1" || value === "yes");

/** Every environment variable the platform reads. README.md has the same table for people. */
export const configSchema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("production"),
    PORT: z.coerce.number().int().min(0).max(65535).default(3000),
    HOST: z.string().min(1).default("0.0.0.0"),
    PUBLIC_URL: z.url().optional(),
    DATABASE_URL: postgresUrl.optional(),
    PGLITE_DIR: z.string().min(1).default("./data/pglite"),
    MIGRATIONS_DIR: z.string().min(1).default("./drizzle"),
    AUTH_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
    SMTP_URL: z
      .string()
      .refine((value) => /^smtps?:\/\//.test(value), "must start with smtp:// or smtps://")
      .optional(),
    MAIL_FROM: z.string().min(3).default("Hankintasilta <no-reply@hankintasilta.localhost>"),
    MAIL_DIR: z.string().min(1).default("./data/mail"),
    /** Unset: seed only on a local PUBLIC_URL (decideDemoSeeding). */
    SEED_DEMO_DATA: booleanFlag.optional(),
    /** With SEED_DEMO_DATA: also the ~270 demo procurement plans (tests turn them off). */
    SEED_DEMO_PLANS: booleanFlag.default(true),
    /** Behind one reverse proxy: take the client address from the last X-Forwarded-For entry. */
    TRUST_PROXY: booleanFlag.default(false),
    /** The prefix of OCDS ocids (registered with the Open Contracting Partnership for production use). */
    OCDS_OCID_PREFIX: z
      .string()
      .regex(/^ocds-[a-z0-9]{6}$/, "must look like ocds-abc123 (ocds- and six lower-case letters or digits)")
      .default("ocds-hanksi"),
    /**
     * Answer repeated public requests (API GETs, the forward plan's counts) from memory until public
     * data changes. Off only to measure the queries themselves (npm run bench does both).
     */
    PUBLIC_CACHE: booleanFlag.default(true),
    LOG_LEVEL: z.enum(["debug", "info", "warn", "error", "silent"]).default("info"),
  })
  .transform((env) => ({
    ...env,
    PUBLIC_URL: env.PUBLIC_URL ?? `http://localhost:${env.PORT}`,
  }));

export type Config = z.infer<typeof configSchema>;

export class ConfigError extends Error {}

/** Reads the configuration; throws a ConfigError whose message is one line naming the variable. */
export function loadConfig(env: Record<string, string | undefined>): Config {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ""));
  const result = configSchema.safeParse(cleaned);
  if (!result.success) {
    const issue = result.error.issues[0];
    const name = String(issue?.path[0] ?? "configuration");
    const shown = name in cleaned ? ` (got ${JSON.stringify(redact(name, cleaned[name]))})` : "";
    throw new ConfigError(`Configuration error: ${name} ${issue?.message ?? "is invalid"}${shown}`);
  }
  const config = result.data;
  if (config.NODE_ENV === "production" && !config.AUTH_SECRET && !isLocalUrl(config.PUBLIC_URL)) {
    throw new ConfigError(
      "Configuration error: AUTH_SECRET must be set (32+ random characters) when PUBLIC_URL is not localhost",
    );
  }
  const seeding = decideDemoSeeding(config);
  if (!seeding.seed && seeding.refused)
    throw new ConfigError(
      `Configuration error: SEED_DEMO_DATA=true is refused: ${seeding.reason}; remove it`,
    );
  return config;
}

function redact(name: string, value: string | undefined): string | undefined {
  if (value === undefined) return value;
  if (name === "AUTH_SECRET") return "***";
  return value.replace(/\/\/([^:/@]+):([^@]+)@/, "//$1:***@");
}

/** Whether an address is this machine (development and demo installations). */
export function isLocalUrl(value: string): boolean {
  const host = new URL(value).hostname;
  return host === "localhost" || host === "127.0.0.1" || host === "[::1]";
}

export type DemoSeeding =
  | { seed: true; warning: string | null }
  | { seed: false; reason: string; refused: boolean };

/**
 * Whether the demo data (a platform administrator with the README's password, the README's API token)
 * may go into an empty database: by default only on a local PUBLIC_URL; SEED_DEMO_DATA=true elsewhere
 * seeds with a warning, except with NODE_ENV=production on a public address. There the explicit request
 * is refused and loadConfig fails: start-up stops before anything is written, with one line saying what
 * to change, instead of ignoring a setting whose owner believes it does something (a skip logged among
 * start-up lines goes unread). Unset there, nothing is seeded and start-up goes on.
 */
export function decideDemoSeeding(
  config: Pick<Config, "NODE_ENV" | "PUBLIC_URL" | "SEED_DEMO_DATA">,
): DemoSeeding {
  const local = isLocalUrl(config.PUBLIC_URL);
  if (config.SEED_DEMO_DATA === false) return { seed: false, reason: "SEED_DEMO_DATA=false", refused: false };
  if (local) return { seed: true, warning: null };
  if (config.NODE_ENV === "production")
    return config.SEED_DEMO_DATA === true
      ? {
          seed: false,
          refused: true,
          reason: `demo data is never seeded with NODE_ENV=production on the public PUBLIC_URL ${config.PUBLIC_URL} (its password and API token are printed in the README)`,
        }
      : { seed: false, refused: false, reason: "PUBLIC_URL is not local (production)" };
  if (config.SEED_DEMO_DATA === true)
    return {
      seed: true,
      warning: `demo data on the non-local PUBLIC_URL ${config.PUBLIC_URL}: anyone can log in with the README's demo password and write with its API token`,
    };
  return { seed: false, refused: false, reason: "PUBLIC_URL is not local (set SEED_DEMO_DATA=true to seed)" };
}

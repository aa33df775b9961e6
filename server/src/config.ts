import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { DEFAULT_PLAN_CACHE_MODE, PLAN_CACHE_MODES, type PlanCacheMode } from './db/plan-cache.js';

/** The repository root (two levels above `server/src` or `server/dist`). */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

const boolean = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'], {
    errorMap: () => ({ message: 'expected true or false' }),
  })
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const postgresUrl = z
  .string()
  .trim()
  .refine((v) => /^postgres(ql)?:\/\//.test(v), 'expected a postgres:// or postgresql:// URL');

const schema = z
  .object({
    NODE_ENV: z.enum(['production', 'development', 'test']).default('production'),
    HOST: z.string().min(1).default('0.0.0.0'),
    PORT: z.coerce.number().int().min(0).max(65535).default(4000),
    DATABASE_URL: postgresUrl.optional(),
    DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(500).default(20),
    PG_PLAN_CACHE_MODE: z.enum(PLAN_CACHE_MODES).default(DEFAULT_PLAN_CACHE_MODE),
    DATA_DIR: z.string().min(1).default('.data'),
    EMBEDDED_PG_PORT: z.coerce.number().int().min(1024).max(65535).default(54329),
    JWT_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
    JWT_TTL_SECONDS: z.coerce
      .number()
      .int()
      .min(60)
      .max(7 * 24 * 3600)
      .default(8 * 3600),
    GRAPHQL_INTROSPECTION: boolean.optional(),
    WEBHOOK_ALLOW_PRIVATE: boolean.optional(),
    LOGIN_MAX_FAILURES: z.coerce.number().int().min(1).max(1000).default(5),
    LOGIN_WINDOW_SECONDS: z.coerce.number().int().min(10).max(86400).default(900),
    LOGIN_IP_MAX_FAILURES: z.coerce.number().int().min(1).max(1_000_000).optional(),
    LOGIN_LOCKOUT_MAX_SECONDS: z.coerce
      .number()
      .int()
      .min(10)
      .max(30 * 86400)
      .default(86400),
    RATE_LIMIT_SCORING_PER_MINUTE: z.coerce.number().int().min(1).max(10_000_000).default(1000),
    RATE_LIMIT_OTHER_PER_MINUTE: z.coerce.number().int().min(1).max(10_000_000).default(1000),
    RATE_LIMIT_IP_PER_MINUTE: z.coerce.number().int().min(1).max(10_000_000).default(100),
    REDIS_URL: z
      .string()
      .trim()
      .refine((v) => /^rediss?:\/\//.test(v), 'expected a redis:// or rediss:// URL')
      .optional(),
    RATE_LIMIT_KEY_PREFIX: z
      .string()
      .trim()
      .regex(/^[A-Za-z0-9_.:-]{1,64}$/, 'expected 1 to 64 letters, digits or _ . : -')
      .default('warden'),
    SEED_DEMO: boolean.default('true'),
    LOG_LEVEL: z
      .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
      .default('info'),
    CONSOLE_DIR: z.string().min(1).optional(),
    TRUST_PROXY: z.string().min(1).default('false'),
  })
  .strip();

export type Env = z.infer<typeof schema>;

/** Every environment variable Warden reads (each is documented in server/.env.example). */
export const CONFIG_VARIABLES = Object.keys(schema.shape);

/** Typed, frozen configuration; built once by {@link loadConfig}. */
export interface Config {
  readonly env: Env['NODE_ENV'];
  readonly isDevelopment: boolean;
  readonly host: string;
  readonly port: number;
  /** External PostgreSQL; when absent an embedded one runs under `dataDir`. */
  readonly databaseUrl: string | undefined;
  readonly databasePoolMax: number;
  /** PostgreSQL's plan_cache_mode for the server's connections (Citus needs `auto`). */
  readonly planCacheMode: PlanCacheMode;
  /** Absolute path of the directory holding embedded-database data and generated secrets. */
  readonly dataDir: string;
  readonly embeddedPgPort: number;
  /** HS256 signing secret; generated into `dataDir` when unset and the database is embedded. */
  readonly jwtSecret: string | undefined;
  readonly jwtTtlSeconds: number;
  readonly introspection: boolean;
  /** Webhook endpoints may use http and private addresses (never in production by default). */
  readonly webhookAllowPrivate: boolean;
  /** Failed logins of one e-mail from one IP within the window before that pair is locked out. */
  readonly loginMaxFailures: number;
  /** Seconds failures count for, and the first lockout's length (each next one doubles). */
  readonly loginWindowSeconds: number;
  /** Failed logins from one IP within the window, across e-mails (default 10 × loginMaxFailures). */
  readonly loginIpMaxFailures: number;
  /** Longest lockout in seconds; lockouts in a row are forgotten after this long. */
  readonly loginLockoutMaxSeconds: number;
  /** Server-wide default rate limits; a tenant's own values (set by the platform admin) win. */
  readonly rateLimits: Readonly<{
    /** Scored events per minute per tenant and mode (a batch counts each item). */
    scoringPerMinute: number;
    /** Other authenticated requests per minute per tenant and mode. */
    otherPerMinute: number;
    /** Requests per minute per client IP without valid credentials. */
    ipPerMinute: number;
  }>;
  /** Shared rate-limit counters live in Redis when set, else in PostgreSQL. */
  readonly redisUrl: string | undefined;
  /** Prefix of every rate-limit counter key, so several deployments can share one Redis. */
  readonly rateLimitKeyPrefix: string;
  readonly seedDemo: boolean;
  readonly logLevel: Env['LOG_LEVEL'];
  /** Directory of the built console to serve at `/`; defaults to `console/dist`. */
  readonly consoleDir: string;
  /** Express `trust proxy`: false, true, a hop count or a list of subnets; decides the client IP. */
  readonly trustProxy: boolean | number | string;
}

export class ConfigError extends Error {
  constructor(readonly problems: { variable: string; message: string }[]) {
    super(
      'Invalid configuration:\n' +
        problems.map((p) => `  ${p.variable}: ${p.message}`).join('\n') +
        '\nSee server/.env.example for every variable.',
    );
    this.name = 'ConfigError';
  }
}

/**
 * Reads and validates the environment once. Throws {@link ConfigError} naming every bad variable.
 * Empty strings count as unset, so `PORT=` in an env file falls back to the default.
 */
export function loadConfig(source: NodeJS.ProcessEnv = process.env): Config {
  const cleaned = Object.fromEntries(
    Object.entries(source).filter(([, v]) => v !== undefined && v.trim() !== ''),
  );
  const parsed = schema.safeParse(cleaned);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((i) => ({
        variable: String(i.path[0]),
        message: i.message,
      })),
    );
  }
  const e = parsed.data;
  if (e.NODE_ENV === 'production' && e.DATABASE_URL && !e.JWT_SECRET) {
    throw new ConfigError([
      {
        variable: 'JWT_SECRET',
        message:
          'required in production with an external DATABASE_URL (all replicas must share it)',
      },
    ]);
  }
  const resolve = (p: string) => (path.isAbsolute(p) ? p : path.resolve(REPO_ROOT, p));
  return Object.freeze({
    env: e.NODE_ENV,
    isDevelopment: e.NODE_ENV === 'development',
    host: e.HOST,
    port: e.PORT,
    databaseUrl: e.DATABASE_URL,
    databasePoolMax: e.DATABASE_POOL_MAX,
    planCacheMode: e.PG_PLAN_CACHE_MODE,
    dataDir: resolve(e.DATA_DIR),
    embeddedPgPort: e.EMBEDDED_PG_PORT,
    jwtSecret: e.JWT_SECRET,
    jwtTtlSeconds: e.JWT_TTL_SECONDS,
    introspection: e.GRAPHQL_INTROSPECTION ?? e.NODE_ENV !== 'production',
    webhookAllowPrivate: e.WEBHOOK_ALLOW_PRIVATE ?? e.NODE_ENV !== 'production',
    loginMaxFailures: e.LOGIN_MAX_FAILURES,
    loginWindowSeconds: e.LOGIN_WINDOW_SECONDS,
    loginIpMaxFailures: e.LOGIN_IP_MAX_FAILURES ?? e.LOGIN_MAX_FAILURES * 10,
    loginLockoutMaxSeconds: Math.max(e.LOGIN_LOCKOUT_MAX_SECONDS, e.LOGIN_WINDOW_SECONDS),
    rateLimits: Object.freeze({
      scoringPerMinute: e.RATE_LIMIT_SCORING_PER_MINUTE,
      otherPerMinute: e.RATE_LIMIT_OTHER_PER_MINUTE,
      ipPerMinute: e.RATE_LIMIT_IP_PER_MINUTE,
    }),
    redisUrl: e.REDIS_URL,
    rateLimitKeyPrefix: e.RATE_LIMIT_KEY_PREFIX,
    seedDemo: e.SEED_DEMO,
    logLevel: e.LOG_LEVEL,
    consoleDir: resolve(e.CONSOLE_DIR ?? 'console/dist'),
    trustProxy: parseTrustProxy(e.TRUST_PROXY),
  });
}

function parseTrustProxy(value: string): boolean | number | string {
  if (value === 'true') return true;
  if (value === 'false') return false;
  if (/^\d+$/.test(value)) return Number(value);
  return value;
}

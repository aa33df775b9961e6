import { Redis } from 'ioredis';
import pg from 'pg';
import {
  RateLimiterMemory,
  RateLimiterPostgres,
  RateLimiterRedis,
  RateLimiterRes,
  type RateLimiterAbstract,
} from 'rate-limiter-flexible';
import type { Logger } from '../../logger.js';

/** Every limit is per minute, in fixed windows that start with a key's first request. */
export const WINDOW_SECONDS = 60;

/** The counter table; its layout is rate-limiter-flexible's (see RateLimitCounterEntity). */
const TABLE = 'rate_limit_counter';

/** Expired rows are deleted this often, and only once their window ended an hour ago. */
const CLEANUP_INTERVAL_MS = 5 * 60_000;

/** A Redis command that has not answered by then counts as failed (the request goes on). */
const REDIS_COMMAND_TIMEOUT_MS = 250;

/** The fallback is announced at most this often while the shared store stays unreachable. */
const FALLBACK_WARNING_INTERVAL_MS = 60_000;

/** The state of one key's window after a consumption. */
export interface Consumption {
  allowed: boolean;
  /** Points per window. */
  limit: number;
  /** Points left in the window (0 once over). */
  remaining: number;
  /** Whole seconds until the window ends (at least 1). */
  resetSeconds: number;
}

export interface CounterStoreOptions {
  /** `pg` keeps counters in the `rate_limit_counter` table at `databaseUrl`, `redis` at `redisUrl`. */
  kind: 'pg' | 'redis';
  databaseUrl?: string;
  redisUrl?: string;
  /** Prepended to every key, e.g. `warden`. */
  keyPrefix: string;
  logger: Logger;
}

/**
 * Per-minute counters shared by every replica, on rate-limiter-flexible. A key's limit may differ
 * per request (a tenant's own limit): one limiter per distinct limit, all over the same keys.
 *
 * When the shared store fails (Redis down, PostgreSQL unreachable), each limiter falls back to an
 * in-memory one per process (rate-limiter-flexible's `insuranceLimiter`) and a warning is logged:
 * requests keep being limited, per replica, and are never refused because the store is down.
 */
export class CounterStore {
  private readonly limiters = new Map<number, RateLimiterAbstract>();
  private readonly pool: pg.Pool | null = null;
  private readonly redis: Redis | null = null;
  private readonly cleanup: NodeJS.Timeout | null = null;
  private lastWarning = 0;

  constructor(private readonly options: CounterStoreOptions) {
    if (options.kind === 'redis') {
      if (!options.redisUrl) throw new Error('redisUrl is required for the redis counter store');
      this.redis = new Redis(options.redisUrl, {
        // Fail fast instead of queueing while disconnected: the in-memory fallback answers then.
        enableOfflineQueue: false,
        maxRetriesPerRequest: 1,
        commandTimeout: REDIS_COMMAND_TIMEOUT_MS,
        connectionName: 'warden-rate-limits',
      });
      this.redis.on('error', (error: Error) => this.warnFallback(error));
    } else {
      if (!options.databaseUrl) throw new Error('databaseUrl is required for the pg counter store');
      // The counters keep a small pool of their own instead of sharing MikroORM's (which
      // RateLimiterPostgres could use, storeType 'knex'): a counter needs no durability, and
      // not waiting for the WAL flush keeps a hot tenant's row lock short (a crash loses at most
      // the last moments of counts). That is `synchronous_commit = off` for the whole session,
      // because the library sends each counter update as a lone statement that no SET LOCAL
      // can wrap, and on the shared pool it would make every entity and score commit
      // non-durable too. Set per session rather than as a startup option, which PgBouncer and
      // managed poolers refuse. The pool also keeps a flood of refused requests from taking
      // connections scoring needs. Every statement on it is the library's own.
      this.pool = new pg.Pool({
        Client: CounterClient,
        connectionString: options.databaseUrl,
        max: 4,
        application_name: 'warden-rate-limits',
      });
      this.pool.on('error', (error) => this.warnFallback(error));
      this.cleanup = setInterval(() => this.clearExpired(), CLEANUP_INTERVAL_MS);
      this.cleanup.unref();
    }
  }

  /**
   * Adds `weight` points to `key`'s current window. Refused when the window would exceed `limit`;
   * a refused consumption heavier than one point is given back, so a batch too big for what is
   * left does not use up the rest of the minute.
   */
  async consume(key: string, limit: number, weight: number): Promise<Consumption> {
    const limiter = this.limiterFor(limit);
    try {
      const res = await limiter.consume(key, weight);
      return consumption(true, limit, res);
    } catch (rejection) {
      if (!(rejection instanceof RateLimiterRes)) {
        this.warnFallback(rejection);
        return { allowed: true, limit, remaining: limit, resetSeconds: WINDOW_SECONDS };
      }
      if (weight === 1) return consumption(false, limit, rejection);
      await this.refund(key, limit, weight);
      return {
        ...consumption(false, limit, rejection),
        remaining: Math.max(0, limit - (rejection.consumedPoints - weight)),
      };
    }
  }

  /** Gives back points taken by {@link consume} (the request was refused elsewhere). */
  async refund(key: string, limit: number, weight: number): Promise<void> {
    await this.limiterFor(limit)
      .reward(key, weight)
      .catch((error: unknown) => this.warnFallback(error));
  }

  async close(): Promise<void> {
    if (this.cleanup) clearInterval(this.cleanup);
    await this.pool?.end();
    this.redis?.disconnect();
  }

  /**
   * Deletes rows whose window ended an hour ago, once for all limiters (they share the table)
   * rather than on a timer per limiter; the library's own statement, which never rejects.
   */
  private clearExpired(): void {
    const limiter = this.limiters.values().next().value as PostgresCleaner | undefined;
    void limiter?.clearExpired(Date.now() - 3_600_000);
  }

  private limiterFor(points: number): RateLimiterAbstract {
    let limiter = this.limiters.get(points);
    if (limiter) return limiter;
    const common = { points, duration: WINDOW_SECONDS, keyPrefix: this.options.keyPrefix };
    const insuranceLimiter = new FallbackLimiter(common, () => this.warnFallback());
    limiter = this.redis
      ? new RateLimiterRedis({
          ...common,
          storeClient: this.redis,
          rejectIfRedisNotReady: true,
          insuranceLimiter,
        })
      : new RateLimiterPostgres({
          ...common,
          storeClient: this.pool,
          storeType: 'pool',
          tableName: TABLE,
          tableCreated: true,
          clearExpiredByTimeout: false,
          insuranceLimiter,
        });
    this.limiters.set(points, limiter);
    return limiter;
  }

  private warnFallback(error?: unknown): void {
    const now = Date.now();
    if (now - this.lastWarning < FALLBACK_WARNING_INTERVAL_MS) return;
    this.lastWarning = now;
    this.options.logger.warn(
      { err: error, store: this.options.kind },
      'rate limits: the shared counter store is failing; counting per process in memory until it answers',
    );
  }
}

/** The in-memory limiter rate-limiter-flexible turns to when the store fails; says so when used. */
class FallbackLimiter extends RateLimiterMemory {
  constructor(
    options: { points: number; duration: number; keyPrefix: string },
    private readonly onUse: () => void,
  ) {
    super(options);
  }

  override consume(
    key: string | number,
    points?: number,
    options?: Record<string, unknown>,
  ): Promise<RateLimiterRes> {
    this.onUse();
    return super.consume(key, points, options);
  }
}

function consumption(allowed: boolean, limit: number, res: RateLimiterRes): Consumption {
  return {
    allowed,
    limit,
    remaining: Math.max(0, Math.min(limit, res.remainingPoints)),
    resetSeconds: Math.max(1, Math.ceil(res.msBeforeNext / 1000)),
  };
}

/** RateLimiterPostgres's cleanup, which its type declarations leave out. */
interface PostgresCleaner {
  clearExpired(expire: number): Promise<void>;
}

/** A counter connection: `synchronous_commit` is off from its first query on. */
class CounterClient extends pg.Client {
  override connect(): Promise<pg.Client>;
  override connect(
    callback: ((err: Error) => void) | ((err: null, client: pg.Client) => void),
  ): void;
  override connect(
    callback?: ((err: Error) => void) | ((err: null, client: pg.Client) => void),
  ): Promise<pg.Client> | void {
    const ready = super.connect().then(async () => {
      await this.query('set synchronous_commit = off');
      return this as pg.Client;
    });
    if (!callback) return ready;
    const done = callback as (err: Error | null, client?: pg.Client) => void;
    ready.then(
      (client) => done(null, client),
      (error: Error) => done(error),
    );
  }
}

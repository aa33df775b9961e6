import { clientKeyOf } from '../../domain/client-address.js';
import type { Config } from '../../config.js';
import type { Orm } from '../../db/orm.js';
import { RateLimitedError } from '../../domain/errors.js';
import type { Logger } from '../../logger.js';
import type { Viewer } from '../auth/viewer.js';
import { TenantEntity } from '../tenants/tenant.entity.js';
import { CounterStore, type Consumption } from './rate-limit.store.js';
import { effectiveRateLimits, type RateLimits } from './rate-limits.js';
import { TenantLimitsCache, type TenantLimitsReader } from './tenant-limits.cache.js';

/**
 * `scoring`: scored events of a tenant and mode. `other`: every other request of a tenant and
 * mode (console users count in their tenant's `USER` mode). `ip`: requests without valid
 * credentials, per client address.
 */
export type Bucket = 'scoring' | 'other' | 'ip';

/** The outcome of charging one request; `report` is what the RateLimit-* headers describe. */
export interface Verdict {
  allowed: boolean;
  bucket: Bucket;
  report: Consumption;
}

interface Charge {
  bucket: Bucket;
  key: string;
  limit: number;
  weight: number;
}

/** What a request would do; the GraphQL layer counts it from the operation before it runs. */
export interface RequestWeight {
  /** Events it would score. */
  scoredEvents: number;
  /** Feedback items it would submit. */
  feedbackItems: number;
  /** Root fields that do not score. */
  otherFields: number;
}

/** A request that names no operation (a parse or validation failure) still counts once. */
export const ONE_REQUEST: RequestWeight = { scoredEvents: 0, feedbackItems: 0, otherFields: 1 };

/**
 * Decides which buckets a request draws on and how much, and consumes them: one consumption per
 * request (two only when one operation both scores and does something else).
 */
export class RequestLimiter {
  constructor(
    private readonly counters: Pick<CounterStore, 'consume' | 'refund'>,
    private readonly tenantLimits: Pick<TenantLimitsCache, 'get'>,
    private readonly ipPerMinute: number,
  ) {}

  async charge(viewer: Viewer | null, ip: string, weight: RequestWeight): Promise<Verdict> {
    const charges = await this.chargesFor(viewer, ip, weight);
    const results = await Promise.all(
      charges.map((c) => this.counters.consume(c.key, c.limit, c.weight)),
    );
    const refused = results.findIndex((r) => !r.allowed);
    if (refused >= 0 && charges.length > 1) {
      // The request will not run: give back what the other bucket let through.
      await Promise.all(
        charges.map((c, i) =>
          results[i]!.allowed ? this.counters.refund(c.key, c.limit, c.weight) : undefined,
        ),
      );
    }
    const shown = refused >= 0 ? refused : 0;
    return { allowed: refused < 0, bucket: charges[shown]!.bucket, report: results[shown]! };
  }

  private async chargesFor(
    viewer: Viewer | null,
    ip: string,
    weight: RequestWeight,
  ): Promise<Charge[]> {
    if (!viewer) {
      const key = `ip:${clientKeyOf(ip)}`;
      return [{ bucket: 'ip', key, limit: this.ipPerMinute, weight: 1 }];
    }
    const limits = await this.tenantLimits.get(viewer.tenantId);
    const otherWeight = Math.max(1, weight.feedbackItems);
    if (viewer.kind === 'USER') {
      const key = `other:USER:${viewer.tenantId}`;
      const all = Math.max(1, weight.scoredEvents + weight.feedbackItems);
      return [{ bucket: 'other', key, limit: limits.otherPerMinute, weight: all }];
    }
    const other: Charge = {
      bucket: 'other',
      key: `other:${viewer.mode}:${viewer.tenantId}`,
      limit: limits.otherPerMinute,
      weight: otherWeight,
    };
    if (weight.scoredEvents === 0) return [other];
    const scoring: Charge = {
      bucket: 'scoring',
      key: `scoring:${viewer.mode}:${viewer.tenantId}`,
      limit: limits.scoringPerMinute,
      weight: weight.scoredEvents,
    };
    return weight.otherFields > 0 ? [scoring, other] : [scoring];
  }
}

/** The error a refused request gets (HTTP 429 with Retry-After). */
export function rateLimitedError(verdict: Verdict): RateLimitedError {
  const { limit, resetSeconds } = verdict.report;
  const what = {
    scoring: 'scored events per minute for this tenant and mode',
    other: 'requests per minute for this tenant and mode',
    ip: 'requests per minute from this address without valid credentials',
  }[verdict.bucket];
  return new RateLimitedError(
    `Rate limit exceeded: ${limit} ${what}; retry in ${resetSeconds} s` +
      (verdict.bucket === 'scoring' ? ' or send fewer events at once' : ''),
    resetSeconds,
    limit,
  );
}

/** Reads a tenant's own limit columns through a fresh fork (tenants are platform rows). */
export function tenantLimitsReader(orm: Orm, defaults: RateLimits): TenantLimitsReader {
  return async (tenantId) => {
    const tenant = await orm.em
      .fork()
      .findOne(
        TenantEntity,
        { id: tenantId },
        { fields: ['rateLimitScoringPerMinute', 'rateLimitOtherPerMinute'] },
      );
    if (!tenant) return null;
    const { scoringPerMinute, otherPerMinute } = effectiveRateLimits(tenant, defaults);
    return { scoringPerMinute, otherPerMinute };
  };
}

/** The process's limiter over the configured store; `close` releases the store's connections. */
export function createRequestLimiter(
  config: Pick<Config, 'rateLimits' | 'redisUrl' | 'rateLimitKeyPrefix'>,
  orm: Orm,
  logger: Logger,
): { limiter: RequestLimiter; close(): Promise<void> } {
  const counters = new CounterStore({
    kind: config.redisUrl ? 'redis' : 'pg',
    redisUrl: config.redisUrl,
    databaseUrl: orm.config.get('clientUrl'),
    keyPrefix: config.rateLimitKeyPrefix,
    logger,
  });
  const tenantLimits = new TenantLimitsCache(
    tenantLimitsReader(orm, config.rateLimits),
    config.rateLimits,
  );
  return {
    limiter: new RequestLimiter(counters, tenantLimits, config.rateLimits.ipPerMinute),
    close: () => counters.close(),
  };
}

import type { TenantEntity } from '../tenants/tenant.entity.js';

/** Per-minute limits of one tenant, applied to each of its modes separately. */
export interface RateLimits {
  /** Scored events per minute (a batch counts each item). */
  scoringPerMinute: number;
  /** Other authenticated requests per minute. */
  otherPerMinute: number;
}

/** A tenant's own limits where the platform admin set them, else the server's defaults. */
export function effectiveRateLimits(
  tenant: Pick<TenantEntity, 'rateLimitScoringPerMinute' | 'rateLimitOtherPerMinute'>,
  defaults: RateLimits,
): RateLimits & { custom: boolean } {
  return {
    scoringPerMinute: tenant.rateLimitScoringPerMinute ?? defaults.scoringPerMinute,
    otherPerMinute: tenant.rateLimitOtherPerMinute ?? defaults.otherPerMinute,
    custom: tenant.rateLimitScoringPerMinute !== null || tenant.rateLimitOtherPerMinute !== null,
  };
}

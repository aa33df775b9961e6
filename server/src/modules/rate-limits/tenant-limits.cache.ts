import type { RateLimits } from './rate-limits.js';

/** How long a tenant's limits are reused before they are read again (a change applies within it). */
export const TENANT_LIMITS_TTL_MS = 10_000;

/** Reads a tenant's own limit columns (null: the server default); null when the tenant is gone. */
export type TenantLimitsReader = (tenantId: string) => Promise<RateLimits | null>;

/**
 * A tenant's effective limits, per process, read at most once per {@link TENANT_LIMITS_TTL_MS}
 * per tenant; concurrent misses share one read.
 */
export class TenantLimitsCache {
  private readonly entries = new Map<string, { limits: Promise<RateLimits>; expiresAt: number }>();

  constructor(
    private readonly read: TenantLimitsReader,
    private readonly defaults: RateLimits,
    private readonly ttlMs = TENANT_LIMITS_TTL_MS,
    private readonly now: () => number = Date.now,
  ) {}

  get(tenantId: string): Promise<RateLimits> {
    const at = this.now();
    const cached = this.entries.get(tenantId);
    if (cached && cached.expiresAt > at) return cached.limits;
    const limits = this.read(tenantId).then(
      (own) => own ?? this.defaults,
      () => {
        // Keep serving what was known (or the defaults) rather than failing the request.
        this.entries.delete(tenantId);
        return cached?.limits ?? this.defaults;
      },
    );
    this.entries.set(tenantId, { limits, expiresAt: at + this.ttlMs });
    if (this.entries.size > 10_000) this.evictExpired(at);
    return limits;
  }

  private evictExpired(at: number): void {
    for (const [id, entry] of this.entries) if (entry.expiresAt <= at) this.entries.delete(id);
  }
}

import type { EntityManager } from '@mikro-orm/postgresql';
import { TENANT_CHANNEL as CHANGES, listen, type Subscription } from '../../db/notifier.js';
import { UnauthenticatedError } from '../../domain/errors.js';
import { tenantDisabled } from './tenant.store.js';

/** The channel tenant changes are announced on (db/notifier.ts); the payload is the tenant's id. */
export const TENANT_CHANNEL = CHANGES.name;

export interface TenantStatusCacheOptions {
  /** Upper bound on how long a status is trusted, should a notification ever be lost (ms, 30 s). */
  ttlMs?: number;
  maxEntries?: number;
  onError?: (error: unknown) => void;
}

/**
 * Whether each tenant is disabled, so authentication does not read `tenant` on every request.
 * Correct across replicas the way the API key cache is: a change is announced with NOTIFY and
 * every replica LISTENs; while the listening connection is down nothing is served from memory.
 */
export class TenantStatusCache {
  private readonly entries = new Map<string, { disabled: boolean; at: number }>();
  private readonly ttlMs: number;
  private readonly maxEntries: number;
  private listener: Subscription | null = null;
  /** Bumped on every eviction: a read that started before one must not be cached. */
  private generation = 0;

  constructor(private readonly options: TenantStatusCacheOptions = {}) {
    this.ttlMs = options.ttlMs ?? 30_000;
    this.maxEntries = options.maxEntries ?? 10_000;
  }

  /** True while changes from every replica reach this cache. */
  get active(): boolean {
    return this.listener?.listening ?? false;
  }

  /** The cached status, or undefined when it must be read. */
  get(tenantId: string): boolean | undefined {
    if (!this.active) return undefined;
    const entry = this.entries.get(tenantId);
    if (!entry) return undefined;
    if (Date.now() - entry.at > this.ttlMs) {
      this.entries.delete(tenantId);
      return undefined;
    }
    return entry.disabled;
  }

  /** Take before reading a tenant from the database; pass to {@link set}. */
  stamp(): number {
    return this.generation;
  }

  /** Caches a status read from the database, unless a change arrived since `stamp`. */
  set(tenantId: string, disabled: boolean, stamp: number): void {
    if (!this.active || stamp !== this.generation) return;
    if (this.entries.size >= this.maxEntries) {
      const oldest = this.entries.keys().next();
      if (!oldest.done) this.entries.delete(oldest.value);
    }
    this.entries.set(tenantId, { disabled, at: Date.now() });
  }

  /** Forgets a tenant's status (changed here or on another replica). */
  evict(tenantId: string): void {
    this.generation++;
    this.entries.delete(tenantId);
  }

  /** Starts listening for changes; the cache is used once the LISTEN is in place. */
  async listen(connectionString: string): Promise<void> {
    const reset = () => {
      this.entries.clear();
      this.generation++;
    };
    this.listener = await listen(connectionString, CHANGES, (id) => this.evict(id), {
      onUp: reset,
      onDown: reset,
      onError: this.options.onError,
    });
  }

  async stop(): Promise<void> {
    await this.listener?.stop();
    this.entries.clear();
  }
}

/**
 * Refuses the credentials of a disabled tenant's keys and users (UNAUTHENTICATED, "Tenant is
 * disabled"). `em` is a platform-level fork; `cache` is optional (without it the row is read).
 */
export async function assertTenantEnabled(
  em: EntityManager,
  cache: TenantStatusCache | undefined,
  tenantId: string,
): Promise<void> {
  let disabled = cache?.get(tenantId);
  if (disabled === undefined) {
    const stamp = cache?.stamp() ?? 0;
    // A tenant that is gone has no users or keys left (cascade); treat a miss as disabled.
    disabled = (await tenantDisabled(em, tenantId)) ?? true;
    cache?.set(tenantId, disabled, stamp);
  }
  if (disabled) throw new UnauthenticatedError('Tenant is disabled');
}

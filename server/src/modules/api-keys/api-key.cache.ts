import { API_KEY_CHANNEL as REVOCATIONS, listen, type Subscription } from '../../db/notifier.js';
import type { Mode } from '../../domain/modes.js';

/** What authentication needs of a key, kept in memory between requests. */
export interface CachedApiKey {
  id: string;
  tenantId: string;
  mode: Mode;
  prefix: string;
  revoked: boolean;
  lastUsedAt: Date | null;
}

/** The channel revocations are announced on (db/notifier.ts); the payload is the key's id. */
export const API_KEY_CHANNEL = REVOCATIONS.name;

export interface ApiKeyCacheOptions {
  /** Upper bound on how long an entry is trusted, should a notification ever be lost. */
  ttlMs?: number;
  maxEntries?: number;
  onError?: (error: unknown) => void;
}

/**
 * API keys by secret hash, so scoring does not read `api_key` on every request. Correct across
 * replicas: revocations are announced with NOTIFY and every replica LISTENs; while the listening
 * connection is down the cache is empty and unused, so a revocation is never missed.
 */
export class ApiKeyCache {
  private readonly entries = new Map<string, { key: CachedApiKey; at: number }>();
  private readonly ttlMs: number;
  private readonly maxEntries: number;
  private listener: Subscription | null = null;
  /** Bumped on every eviction: a read that started before one must not be cached. */
  private generation = 0;

  constructor(private readonly options: ApiKeyCacheOptions = {}) {
    this.ttlMs = options.ttlMs ?? 60_000;
    this.maxEntries = options.maxEntries ?? 10_000;
  }

  /** True while revocations from every replica reach this cache. */
  get active(): boolean {
    return this.listener?.listening ?? false;
  }

  get(hash: string): CachedApiKey | undefined {
    if (!this.active) return undefined;
    const entry = this.entries.get(hash);
    if (!entry) return undefined;
    if (Date.now() - entry.at > this.ttlMs) {
      this.entries.delete(hash);
      return undefined;
    }
    return entry.key;
  }

  /** Take before reading a key from the database; pass to {@link set}. */
  stamp(): number {
    return this.generation;
  }

  /** Caches a key read from the database, unless a revocation arrived since `stamp`. */
  set(hash: string, key: CachedApiKey, stamp: number): void {
    if (!this.active || stamp !== this.generation) return;
    if (this.entries.size >= this.maxEntries) {
      const oldest = this.entries.keys().next();
      if (!oldest.done) this.entries.delete(oldest.value);
    }
    this.entries.set(hash, { key, at: Date.now() });
  }

  /** Forgets a key by id (a revocation here or on another replica). */
  evict(id: string): void {
    this.generation++;
    for (const [hash, entry] of this.entries) if (entry.key.id === id) this.entries.delete(hash);
  }

  /** Starts listening for revocations; the cache is used once the LISTEN is in place. */
  async listen(connectionString: string): Promise<void> {
    this.listener = await listen(connectionString, REVOCATIONS, (id) => this.evict(id), {
      onUp: () => {
        this.entries.clear();
        this.generation++;
      },
      onDown: () => {
        this.entries.clear();
        this.generation++;
      },
      onError: this.options.onError,
    });
  }

  async stop(): Promise<void> {
    await this.listener?.stop();
    this.entries.clear();
  }
}

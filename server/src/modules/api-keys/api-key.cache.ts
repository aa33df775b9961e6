import pg from 'pg';
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

/** The channel revocations are announced on; the payload is the key's id. */
export const API_KEY_CHANNEL = 'warden_api_key';

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
  private client: pg.Client | null = null;
  private listening = false;
  private stopped = false;
  private retry: NodeJS.Timeout | null = null;
  /** Bumped on every eviction: a read that started before one must not be cached. */
  private generation = 0;

  constructor(private readonly options: ApiKeyCacheOptions = {}) {
    this.ttlMs = options.ttlMs ?? 60_000;
    this.maxEntries = options.maxEntries ?? 10_000;
  }

  /** True while revocations from every replica reach this cache. */
  get active(): boolean {
    return this.listening;
  }

  get(hash: string): CachedApiKey | undefined {
    if (!this.listening) return undefined;
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
    if (!this.listening || stamp !== this.generation) return;
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
    this.stopped = false;
    await this.connect(connectionString);
  }

  private async connect(connectionString: string): Promise<void> {
    const client = new pg.Client({ connectionString });
    const lost = (error?: unknown) => {
      if (this.client !== client) return;
      this.client = null;
      this.listening = false;
      this.entries.clear();
      this.generation++;
      client.removeAllListeners();
      client.on('error', () => undefined);
      void client.end().catch(() => undefined);
      if (this.stopped) return;
      if (error) this.options.onError?.(error);
      this.retry = setTimeout(() => {
        this.retry = null;
        this.connect(connectionString).catch((e: unknown) => this.options.onError?.(e));
      }, 1000);
      this.retry.unref();
    };
    client.on('error', lost);
    client.on('end', () => lost());
    client.on('notification', (message) => {
      if (message.channel === API_KEY_CHANNEL && message.payload) this.evict(message.payload);
    });
    this.client = client;
    try {
      await client.connect();
      await client.query(`listen ${API_KEY_CHANNEL}`);
      if (this.client === client) {
        this.entries.clear();
        this.listening = true;
      }
    } catch (error) {
      lost(error);
    }
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.retry) clearTimeout(this.retry);
    this.listening = false;
    this.entries.clear();
    const client = this.client;
    this.client = null;
    if (client) {
      client.removeAllListeners();
      client.on('error', () => undefined);
      await client.end().catch(() => undefined);
    }
  }
}

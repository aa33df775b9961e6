import pg from 'pg';

export interface ListenerOptions {
  /** Called with each notification's payload. */
  onMessage: (payload: string) => void;
  /** The LISTEN is in place (again): anything cached before may be stale. */
  onUp?: () => void;
  /** The connection is lost: notifications may be missed until onUp. */
  onDown?: () => void;
  onError?: (error: unknown) => void;
  /** Delay before reconnecting, in ms. */
  retryMs?: number;
  /** How often the connection is checked with a query (a half-open one looks alive). */
  pingMs?: number;
}

/**
 * A dedicated connection LISTENing on one PostgreSQL channel, reconnecting when lost. NOTIFY is
 * how replicas tell each other about changes: it is delivered when the sending transaction
 * commits, to every listener of every replica.
 */
export class PgListener {
  private client: pg.Client | null = null;
  private stopped = false;
  private retry: NodeJS.Timeout | null = null;
  private ping: NodeJS.Timeout | null = null;
  private up = false;

  constructor(
    private readonly connectionString: string,
    private readonly channel: string,
    private readonly options: ListenerOptions,
  ) {
    if (!/^[a-z_][a-z0-9_]*$/.test(channel)) throw new Error(`bad channel name ${channel}`);
  }

  /** True while notifications are being received. */
  get listening(): boolean {
    return this.up;
  }

  /** Resolves once the first attempt is over (listening or scheduled to retry). */
  async start(): Promise<void> {
    this.stopped = false;
    await this.connect();
  }

  private async connect(): Promise<void> {
    const client = new pg.Client({ connectionString: this.connectionString, keepAlive: true });
    const lost = (error?: unknown) => {
      if (this.client !== client) return;
      this.client = null;
      if (this.ping) clearInterval(this.ping);
      this.ping = null;
      if (this.up) {
        this.up = false;
        this.options.onDown?.();
      }
      client.removeAllListeners();
      client.on('error', () => undefined);
      void client.end().catch(() => undefined);
      if (this.stopped) return;
      if (error) this.options.onError?.(error);
      this.retry = setTimeout(() => {
        this.retry = null;
        void this.connect();
      }, this.options.retryMs ?? 1000);
      this.retry.unref();
    };
    client.on('error', lost);
    client.on('end', () => lost());
    client.on('notification', (message) => {
      if (message.channel === this.channel && message.payload !== undefined)
        this.options.onMessage(message.payload);
    });
    this.client = client;
    try {
      await client.connect();
      await client.query(`listen ${this.channel}`);
      if (this.client === client) {
        this.up = true;
        this.options.onUp?.();
        // A connection that stopped answering is treated as lost: nothing may trust it.
        this.ping = setInterval(() => {
          const timeout = new Promise((_, reject) =>
            setTimeout(() => reject(new Error('listener ping timed out')), 5000).unref(),
          );
          Promise.race([client.query('select 1'), timeout]).catch((e: unknown) => lost(e));
        }, this.options.pingMs ?? 15_000);
        this.ping.unref();
      }
    } catch (error) {
      lost(error);
    }
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.retry) clearTimeout(this.retry);
    if (this.ping) clearInterval(this.ping);
    this.ping = null;
    const client = this.client;
    this.client = null;
    if (this.up) {
      this.up = false;
      this.options.onDown?.();
    }
    if (client) {
      client.removeAllListeners();
      client.on('error', () => undefined);
      await client.end().catch(() => undefined);
    }
  }
}

import type { EntityManager } from '@mikro-orm/postgresql';
import PgBoss from 'pg-boss';
import pg from 'pg';
import { query } from '../../db/executor.js';
import { WEBHOOK_CHANNEL, listen, type Subscription } from '../../db/notifier.js';
import type { Orm } from '../../db/orm.js';
import type { Logger } from '../../logger.js';
import { SIGNATURE_HEADER, sign } from './signature.js';
import { WebhookSender, type Resolver } from './webhook.sender.js';
import {
  CLAIM_PENDING,
  DELIVERY_FOR_ATTEMPT,
  RECORD_ATTEMPT,
  TENANTS_WITH_PENDING,
} from './webhook.store.js';

export const DELIVERY_QUEUE = 'webhook-delivery';

export interface DispatcherOptions {
  /** Attempts after the first (pg-boss `retryLimit`). */
  retryLimit?: number;
  /** Seconds before the first retry; doubled on each one (with jitter). */
  retryDelaySeconds?: number;
  /** Per-attempt timeout in ms (connect, answer and body); default 10,000. */
  timeoutMs?: number;
  /** How often pending deliveries nobody queued are swept up, in ms; default 10,000. */
  sweepMs?: number;
  /** Deliver to loopback and private addresses (development and tests); default false. */
  allowPrivate?: boolean;
  /** Name resolution for deliveries; the system resolver by default. */
  resolve?: Resolver;
  /**
   * Whether this process takes delivery jobs from the queue; default true. With false it still
   * queues deliveries and answers `attempt`, but sending is left to other processes (tests
   * sharing one database use it so a server with another address policy takes no one's jobs).
   */
  consume?: boolean;
}

/** What became of one attempt. */
export type AttemptOutcome = 'delivered' | 'retry' | 'failed';

interface DeliveryRow {
  id: string;
  status: string;
  url: string;
  secret: string;
  event_type: string;
  payload: Record<string, unknown>;
  disabled_at: Date | null;
}

/**
 * Delivers webhooks from a PostgreSQL-backed queue (pg-boss): deliveries are rows written in the
 * transaction of the event; this queues a job per delivery, posts it signed, records every
 * attempt, and lets pg-boss retry failures with exponential backoff. Scoring never waits on it.
 */
export class WebhookDispatcher {
  private boss: PgBoss | null = null;
  private running = false;
  private listener: Subscription | null = null;
  private sweep: NodeJS.Timeout | null = null;
  private sweeping: Promise<void> | null = null;
  private readonly retryLimit: number;
  private readonly retryDelaySeconds: number;
  private readonly sender: WebhookSender;

  private readonly connectionString: string;

  /**
   * Deliveries are read and settled on `orm`'s pool; pg-boss keeps a small pool of its own and
   * the wake-up subscription a dedicated connection.
   */
  constructor(
    private readonly orm: Orm,
    private readonly logger: Logger,
    private readonly options: DispatcherOptions = {},
  ) {
    this.connectionString = orm.config.get('clientUrl')!;
    this.retryLimit = options.retryLimit ?? 8;
    this.retryDelaySeconds = options.retryDelaySeconds ?? 5;
    this.sender = new WebhookSender({
      allowPrivate: options.allowPrivate ?? false,
      timeoutMs: options.timeoutMs ?? 10_000,
      resolve: options.resolve,
    });
  }

  async start(): Promise<void> {
    this.running = true;
    const boss = new PgBoss({ connectionString: this.connectionString, schema: 'pgboss', max: 3 });
    boss.on('error', (error) => this.logger.warn({ err: error }, 'webhook queue error'));
    // Replicas starting together would race (and deadlock) creating pg-boss's schema and the
    // queue's partition: one at a time, under a database-wide lock.
    const lock = new pg.Client({ connectionString: this.connectionString });
    lock.on('error', (error) => this.logger.warn({ err: error }, 'webhook setup lock lost'));
    await lock.connect();
    try {
      await lock.query("select pg_advisory_lock(hashtextextended('warden:pgboss:setup', 0))");
      await boss.start();
      if (!(await boss.getQueue(DELIVERY_QUEUE))) {
        await boss.createQueue(DELIVERY_QUEUE, {
          name: DELIVERY_QUEUE,
          retryLimit: this.retryLimit,
          retryDelay: this.retryDelaySeconds,
          retryBackoff: true,
        });
      }
    } finally {
      await lock.query('select pg_advisory_unlock_all()').catch(() => undefined);
      await lock.end().catch(() => undefined);
    }
    if (this.options.consume !== false)
      await boss.work<{ deliveryId: string }>(
        DELIVERY_QUEUE,
        { batchSize: 5, pollingIntervalSeconds: 0.5, includeMetadata: true },
        async (jobs) => {
          // A failed job is retried by pg-boss; each job is settled on its own.
          const failures = await Promise.allSettled(
            jobs.map((job) =>
              this.attempt(job.data.deliveryId, job.retryCount >= job.retryLimit).then(
                (outcome) => {
                  if (outcome === 'retry') throw new Error('delivery failed');
                },
              ),
            ),
          );
          const failed = failures.find((f) => f.status === 'rejected');
          if (failed) throw (failed as PromiseRejectedResult).reason;
        },
      );
    this.boss = boss;
    this.listener = await listen(
      this.connectionString,
      WEBHOOK_CHANNEL,
      () => void this.enqueuePending(),
      {
        onUp: () => void this.enqueuePending(),
        onError: (error) => this.logger.warn({ err: error }, 'webhook listener down'),
      },
    );
    this.sweep = setInterval(() => void this.enqueuePending(), this.options.sweepMs ?? 10_000);
    this.sweep.unref();
  }

  /** Queues a job for a delivery again (the `redeliver` mutation). */
  async redeliver(deliveryId: string): Promise<void> {
    if (!this.boss) throw new Error('webhook dispatcher is not running');
    await this.boss.send(DELIVERY_QUEUE, { deliveryId });
  }

  /** Queues pending deliveries that have no job yet (or lost it long ago), a hundred at a time. */
  enqueuePending(): Promise<void> {
    if (this.sweeping) return this.sweeping;
    this.sweeping = (async () => {
      try {
        const tenants = await query<{ tenant_id: string }>(this.em(), TENANTS_WITH_PENDING);
        for (const { tenant_id: tenant } of tenants) {
          for (;;) {
            if (!this.boss || !this.running) return;
            const rows = await query<{ id: string }>(this.em(), CLAIM_PENDING, {
              tenant,
              limit: 100,
            });
            if (rows.length === 0) break;
            await this.boss.insert(
              rows.map((r) => ({ name: DELIVERY_QUEUE, data: { deliveryId: r.id } })),
            );
            if (rows.length < 100) break;
          }
        }
      } catch (error) {
        this.logger.warn({ err: error }, 'queueing webhook deliveries failed');
      } finally {
        this.sweeping = null;
      }
    })();
    return this.sweeping;
  }

  /**
   * One attempt at a delivery, now: posts it signed and records the result in the log.
   * `last` marks the final try (the delivery becomes FAILED rather than PENDING). A destination
   * the address policy refuses fails at once, without retries: each retry would be refused
   * the same way; `redeliverWebhook` tries again once the endpoint's DNS is fixed.
   */
  async attempt(deliveryId: string, last = false): Promise<AttemptOutcome> {
    if (!this.running) throw new Error('webhook dispatcher is not running');
    const [row] = await query<DeliveryRow>(this.em(), DELIVERY_FOR_ATTEMPT, { id: deliveryId });
    if (!row || row.status === 'DELIVERED' || row.disabled_at) return 'delivered';
    const body = JSON.stringify(row.payload);
    const timestamp = Math.floor(Date.now() / 1000);
    const { statusCode, error, refused } = await this.sender.post(
      row.url,
      {
        'content-type': 'application/json',
        'user-agent': 'Warden-Webhooks/1',
        'warden-event': row.event_type,
        'warden-delivery': row.id,
        [SIGNATURE_HEADER]: sign(row.secret, timestamp, body),
      },
      body,
    );
    if (refused) this.logger.warn({ deliveryId, reason: error }, 'webhook destination refused');
    const outcome: AttemptOutcome =
      error === null ? 'delivered' : last || refused ? 'failed' : 'retry';
    await query(this.em(), RECORD_ATTEMPT, {
      id: deliveryId,
      status: statusCode,
      error: error?.slice(0, 500) ?? null,
      outcome,
    });
    return outcome;
  }

  async stop(): Promise<void> {
    if (this.sweep) clearInterval(this.sweep);
    await this.listener?.stop();
    await this.sweeping;
    await this.boss?.stop({ graceful: true, timeout: 5000, wait: true }).catch(() => undefined);
    await this.sender.close().catch(() => undefined);
    this.boss = null;
    this.running = false;
  }

  /** Deliveries span tenants: a platform-level context, outside any request's. */
  private em(): EntityManager {
    return this.orm.em.fork() as EntityManager;
  }
}

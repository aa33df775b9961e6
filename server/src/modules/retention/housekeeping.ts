import type { MikroORM } from '@mikro-orm/postgresql';
import pg from 'pg';
import type { Logger } from '../../logger.js';
import { eventPartitions } from '../../db/partitions.js';
import { vacuumClosedMonths } from '../../db/partition-vacuum.js';
import { runTenantRetention } from './tenant-retention.js';

/** Session advisory lock held by the one replica running retention ('warden:retention'). */
export const RETENTION_LOCK_KEY = 7_311_204_119;
const HOUR = 3_600_000;

/**
 * The server's timers for the decision store: at start and then daily, the partitions of the
 * previous month to three months ahead; hourly, per-tenant retention and the vacuum of months
 * that have ended (see vacuumClosedMonths) on one replica at a time (the others find the lock
 * taken and skip that hour).
 */
export class Housekeeping {
  private timers: NodeJS.Timeout[] = [];
  private running: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly orm: MikroORM,
    private readonly logger: Logger,
  ) {}

  async start(): Promise<void> {
    await eventPartitions.ensureAhead(this.orm.em.fork());
    const daily = setInterval(() => {
      this.running = eventPartitions
        .ensureAhead(this.orm.em.fork())
        .catch((err: unknown) => this.logger.warn({ err }, 'creating partitions ahead failed'));
    }, 24 * HOUR);
    const hourly = setInterval(() => {
      this.running = this.retentionOnce().catch((err: unknown) =>
        this.logger.warn({ err }, 'retention failed'),
      );
    }, HOUR);
    daily.unref();
    hourly.unref();
    this.timers = [daily, hourly];
  }

  /** Runs retention unless another replica holds the lock; false when it was skipped. */
  async retentionOnce(): Promise<boolean> {
    const client = new pg.Client({ connectionString: this.orm.config.get('clientUrl') });
    await client.connect();
    try {
      const { rows } = await client.query<{ locked: boolean }>(
        'select pg_try_advisory_lock($1) as locked',
        [RETENTION_LOCK_KEY],
      );
      if (!rows[0]!.locked) return false;
      try {
        const report = await runTenantRetention(this.orm.em.fork());
        const events = Object.values(report.deleted).reduce((a, b) => a + b, 0);
        if (events || report.droppedPartitions.length)
          this.logger.info({ events, partitions: report.droppedPartitions }, 'retention ran');
        const vacuumed = await vacuumClosedMonths(client);
        if (vacuumed.length) this.logger.info({ partitions: vacuumed }, 'closed months vacuumed');
        return true;
      } finally {
        await client.query('select pg_advisory_unlock($1)', [RETENTION_LOCK_KEY]);
      }
    } finally {
      await client.end();
    }
  }

  async stop(): Promise<void> {
    for (const timer of this.timers) clearInterval(timer);
    this.timers = [];
    await this.running;
  }
}

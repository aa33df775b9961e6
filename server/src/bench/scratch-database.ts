import path from 'node:path';
import pg from 'pg';
import type { Config } from '../config.js';
import { startEmbeddedDatabase } from '../db/embedded.js';
import type { Logger } from '../logger.js';

export interface ScratchDatabase {
  /** The new database's URL. */
  url: string;
  /** 'embedded' or 'DATABASE_URL': where the server came from. */
  source: 'embedded' | 'DATABASE_URL';
  /** The server's version, e.g. "18.4". */
  version(): Promise<string>;
  /** Drops the database and stops the embedded server, if one was started. */
  drop(): Promise<void>;
}

/**
 * A fresh database for a benchmark: on DATABASE_URL's server when set, else on an embedded
 * PostgreSQL under DATA_DIR/bench (a port above the server's own).
 */
export async function scratchDatabase(
  config: Config,
  logger: Logger,
  prefix: string,
): Promise<ScratchDatabase> {
  const embedded = config.databaseUrl
    ? null
    : await startEmbeddedDatabase({
        dataDir: path.join(config.dataDir, 'bench'),
        port: config.embeddedPgPort + 1,
        logger,
        database: 'postgres',
      });
  const serverUrl = config.databaseUrl ?? embedded!.url;
  const name = `${prefix}_${Date.now().toString(36)}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`create database "${name}"`);
  return {
    url: Object.assign(new URL(serverUrl), { pathname: `/${name}` }).toString(),
    source: embedded ? 'embedded' : 'DATABASE_URL',
    async version() {
      const { rows } = await admin.query<{ v: string }>(
        `select current_setting('server_version') as v`,
      );
      return rows[0]?.v ?? 'unknown';
    },
    async drop() {
      // BENCH_KEEP_DATABASE=1 leaves the database in place, to study its plans afterwards.
      if (process.env.BENCH_KEEP_DATABASE) {
        process.stderr.write(`kept database ${name}\n`);
        await admin.end();
        return;
      }
      await admin.query(`drop database if exists "${name}" with (force)`).catch(() => undefined);
      await admin.end();
      await embedded?.stop();
    },
  };
}

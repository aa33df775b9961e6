import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';

/**
 * A database of a test file's own, on the server of the suite's shared one: for tests that
 * change what every tenant sees (dropping partitions, migrating from an older schema).
 */
export function scratchDatabase(prefix: string) {
  const shared = inject('databaseUrl');
  const name = `${prefix}_${randomBytes(4).toString('hex')}`;
  const admin = async (sql: string) => {
    const client = new pg.Client({ connectionString: shared });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  return {
    url: Object.assign(new URL(shared), { pathname: `/${name}` }).toString(),
    create: () => admin(`create database "${name}"`),
    drop: () => admin(`drop database if exists "${name}" with (force)`),
  };
}

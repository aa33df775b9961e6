import { appendFile, chmod, cp, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmbeddedDatabase } from '../src/db/embedded.js';
import {
  distributionAt,
  packagedDistribution,
  treeHash,
  type PgDistribution,
} from '../src/db/pg-binaries.js';
import { placement, relocatedDataRoot, searchable } from '../src/db/pg-placement.js';
import { createLogger } from '../src/logger.js';
import { freePort } from './ports.js';

// `npm start` and `npm test` as root with the checkout in a directory the `postgres` user cannot
// enter (a fresh machine's /root is 0700): PostgreSQL must run from places that user can reach.
const asRoot = process.getuid?.() === 0;

const ROOT_DIR = { mode: 0o40755, uid: 0, gid: 0 };
const postgresUser = { uid: 101, gids: [104] };

describe('which paths the postgres user can reach', () => {
  it.each([
    ['a 0700 directory of root', 0o40700, 0, 0, false],
    ['a 0701 directory of root', 0o40701, 0, 0, true],
    ['a 0710 directory of its group', 0o40710, 0, 104, true],
    ['a 0710 directory of another group', 0o40710, 0, 7, false],
    ['its own 0700 directory', 0o40700, 101, 104, true],
    // The owner's bits decide for the owner, even when the others' bits would let anyone in.
    ['its own 0077 directory', 0o40077, 101, 104, false],
  ])('%s', (_name, mode, uid, gid, expected) => {
    expect(searchable([ROOT_DIR, { mode, uid, gid }, ROOT_DIR], postgresUser)).toBe(expected);
  });

  it('root passes everywhere', () => {
    expect(searchable([{ mode: 0o40700, uid: 5, gid: 5 }], { uid: 0, gids: [0] })).toBe(true);
  });
});

describe('what moves', () => {
  const base = '/var/tmp';
  const decide = (asRoot: boolean, binariesReachable: boolean, dataReachable: boolean) =>
    placement({ asRoot, binariesReachable, dataReachable, dataDir: '/root/warden/.data', base });

  it('nothing when PostgreSQL runs as this user, or when the postgres user reaches everything', () => {
    const inPlace = {
      relocateBinaries: false,
      pgDir: '/root/warden/.data/pg',
      dataRelocated: false,
    };
    expect(decide(false, false, false)).toEqual(inPlace);
    expect(decide(true, true, true)).toEqual(inPlace);
  });

  it('the binaries alone when only they are out of reach (npm test: data in the temp dir)', () => {
    expect(decide(true, false, true)).toEqual({
      relocateBinaries: true,
      pgDir: '/root/warden/.data/pg',
      dataRelocated: false,
    });
  });

  it('the cluster to a directory derived from the data directory when that is out of reach', () => {
    const plan = decide(true, false, false);
    expect(plan.relocateBinaries).toBe(true);
    expect(plan.dataRelocated).toBe(true);
    expect(plan.pgDir).toMatch(/^\/var\/tmp\/warden-[0-9a-f]{16}\/pg$/);
    // The same data directory, however it is spelled, always finds the same cluster (restarts,
    // the CLI); another one gets its own.
    expect(plan.pgDir).toBe(path.join(relocatedDataRoot(base, '/root/warden/./.data/'), 'pg'));
    expect(relocatedDataRoot(base, '/root/other/.data')).not.toBe(path.dirname(plan.pgDir));
    expect(decide(true, true, false).pgDir).toBe(plan.pgDir);
  });

  it("a copy of the binaries hashes like the package's, and a changed byte is noticed", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'warden-hash-'));
    try {
      await writeFile(path.join(dir, 'a'), 'one');
      await cp(dir, `${dir}-copy`, { recursive: true });
      expect(await treeHash(`${dir}-copy`)).toBe(await treeHash(dir));
      await appendFile(path.join(`${dir}-copy`, 'a'), '!');
      expect(await treeHash(`${dir}-copy`)).not.toBe(await treeHash(dir));
    } finally {
      await rm(`${dir}-copy`, { recursive: true, force: true });
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('the embedded database with the checkout in a 0700 directory', () => {
  let locked: string;
  let base: string;
  let distribution: PgDistribution;

  beforeAll(async () => {
    // The 0700 directory plays /root: the data directory and (a copy of) the package's
    // PostgreSQL are inside it.
    locked = await mkdtemp(path.join(tmpdir(), 'warden-0700-'));
    await chmod(locked, 0o700);
    const packaged = await packagedDistribution();
    await cp(packaged.dir, path.join(locked, 'native'), {
      recursive: true,
      verbatimSymlinks: true,
    });
    distribution = distributionAt(packaged, path.join(locked, 'native'));
    // A relocation base of this test's own, so the shared copy under /var/tmp is left alone.
    base = await mkdtemp(path.join(tmpdir(), 'warden-base-'));
    await chmod(base, 0o755);
  });
  afterAll(async () => {
    await rm(locked, { recursive: true, force: true });
    await rm(base, { recursive: true, force: true });
  });

  /** Starts the database, runs the statements, stops it; the last statement's rows. */
  async function startAndQuery(...sql: string[]): Promise<{ pgDir: string; rows: unknown[] }> {
    const port = await freePort();
    const db = await startEmbeddedDatabase({
      dataDir: path.join(locked, 'data'),
      port,
      logger: createLogger('silent'),
      database: 'warden_root_check',
      distribution,
      relocationBase: base,
    });
    try {
      const client = new pg.Client({ connectionString: db.url });
      await client.connect();
      try {
        let rows: unknown[] = [];
        for (const statement of sql) rows = (await client.query(statement)).rows;
        return { pgDir: db.pgDir, rows };
      } finally {
        await client.end();
      }
    } finally {
      await db.stop();
    }
  }

  it(
    asRoot
      ? 'as root, runs from copies the postgres user can reach, and keeps its data across restarts'
      : 'runs in place as this user',
    async () => {
      const first = await startAndQuery(
        'create table kept (v int)',
        'insert into kept values (1)',
        'select 1 as one',
      );
      expect(first.rows).toEqual([{ one: 1 }]);
      if (!asRoot) {
        expect(first.pgDir).toBe(path.join(locked, 'data', 'pg'));
        return;
      }
      expect(first.pgDir.startsWith(`${base}/warden-`)).toBe(true);
      const copies = (await readdir(base)).filter((n) => n.startsWith('warden-pg-'));
      expect(copies).toHaveLength(1);
      const copy = path.join(base, copies[0]!);
      expect(await treeHash(copy)).toBe(await treeHash(distribution.dir));

      // A damaged copy is not reused: it is replaced before PostgreSQL runs from it again.
      await appendFile(path.join(copy, 'share', 'postgresql', 'postgres.bki'), '-- damaged\n');
      const second = await startAndQuery('select v from kept');
      expect(second.pgDir).toBe(first.pgDir);
      expect(second.rows).toEqual([{ v: 1 }]);
      expect(await treeHash(copy)).toBe(await treeHash(distribution.dir));
    },
    120_000,
  );
});

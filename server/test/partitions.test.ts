import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { inject } from 'vitest';
import {
  PartitionMaintainer,
  addMonths,
  eventPartitions,
  partitionName,
} from '../src/db/partitions.js';
import { seedTenant, startTestServer, type SeededTenant, type TestServer } from './harness.js';

let server: TestServer;
let tenant: SeededTenant;

beforeAll(async () => {
  server = await startTestServer();
  tenant = await seedTenant(server);
});
afterAll(async () => {
  await server?.close();
});

const SCORE = `mutation($input: TransactionInput!) {
  scoreTransaction(input: $input) { transactionId replayed } }`;
const BATCH = `mutation($inputs: [TransactionInput!]!) {
  scoreTransactions(inputs: $inputs) { items { result { transactionId replayed } error { code } } } }`;

async function rows<T>(sql: string, params: unknown[] = []): Promise<T[]> {
  return server.orm.em.fork().getConnection().execute<T[]>(sql, params);
}

async function partitionExists(month: string): Promise<boolean> {
  const [row] = await rows<{ oid: string | null }>('select to_regclass(?)::text as oid', [
    partitionName(month),
  ]);
  return row!.oid !== null;
}

function score(input: Record<string, unknown>) {
  return server.gql<{ scoreTransaction: { transactionId: string; replayed: boolean } }>(
    SCORE,
    { input: { amount: 20, currency: 'USD', ...input } },
    { auth: tenant.keys.LIVE.secret },
  );
}

describe('partitioned decision store', () => {
  it('has the partitions of the previous month to three months ahead once the server runs', async () => {
    const now = new Date();
    for (const k of [-1, 0, 1, 2, 3]) expect(await partitionExists(addMonths(now, k))).toBe(true);
    const [parent] = await rows<{ kind: string }>(
      `select relkind::text as kind from pg_class where relname = 'scored_event'`,
    );
    expect(parent!.kind).toBe('p');
    // No DEFAULT partition: it would stop later months from being created.
    const defaults = await rows(
      `select 1 from pg_partitioned_table where partrelid = 'scored_event'::regclass and partdefid <> 0`,
    );
    expect(defaults).toEqual([]);
  });

  it('lets replicas create the same new months at once', async () => {
    // Each maintainer stands for a replica with its own cache; all race for 2013-07 and 2013-08.
    const dates = [new Date('2013-07-05T00:00:00Z'), new Date('2013-08-05T00:00:00Z')];
    const replicas = [1, 2, 3, 4, 5, 6].map(() => new PartitionMaintainer());
    const outcomes = await Promise.allSettled(
      replicas.map((r) => r.ensureMonths(server.orm.em.fork(), dates)),
    );
    expect(outcomes.map((o) => (o.status === 'rejected' ? String(o.reason) : 'ok'))).toEqual(
      replicas.map(() => 'ok'),
    );
    expect(await partitionExists('2013-07')).toBe(true);
    expect(await partitionExists('2013-08')).toBe(true);
  });

  it('creates a month without waiting for transactions open on scored_event', async () => {
    // A transaction that read and wrote scored_event and is still open: CREATE TABLE … PARTITION
    // OF would wait for it (and every score would queue behind); ATTACH PARTITION does not.
    const holder = new pg.Client({ connectionString: inject('databaseUrl') });
    await holder.connect();
    try {
      await holder.query('begin');
      await holder.query('select count(*) from scored_event');
      await holder.query(`set local lock_timeout = '0'`);
      const created = eventPartitions.ensureMonths(server.orm.em.fork(), [
        new Date('2011-03-05T00:00:00Z'),
      ]);
      const waited = await Promise.race([
        created.then(() => false),
        new Promise<boolean>((resolve) => setTimeout(() => resolve(true), 10_000)),
      ]);
      expect(waited).toBe(false);
      expect(await partitionExists('2011-03')).toBe(true);
    } finally {
      await holder.query('rollback').catch(() => undefined);
      await holder.end();
    }
  });

  it('creates the month of a historical replay on demand and reads the event back', async () => {
    const userId = `hist-${randomUUID()}`;
    const res = await score({ userId, occurredAt: '2018-04-01T00:00:00Z', amount: 31 });
    expect(res.errors).toBeUndefined();
    const id = res.data!.scoreTransaction.transactionId;
    expect(await partitionExists('2018-04')).toBe(true);
    const read = await server.gql<{ transaction: { id: string; userId: string; amount: number } }>(
      'query($id: UUID!) { transaction(id: $id) { id userId amount } }',
      { id },
      { auth: await tenant.token('ANALYST') },
    );
    expect(read.data?.transaction).toEqual({ id, userId, amount: 31 });
    const [stored] = await rows<{ partition: string }>(
      `select tableoid::regclass::text as partition from scored_event where tenant_id = ? and id = ?`,
      [tenant.id, id],
    );
    expect(stored!.partition).toBe('scored_event_y2018m04');
  });

  it('a batch spanning several unknown months is stored whole', async () => {
    const userId = `span-${randomUUID()}`;
    const times = ['2017-01-15T00:00:00Z', '2017-02-15T00:00:00Z', '2017-03-15T00:00:00Z'];
    const res = await server.gql<{
      scoreTransactions: { items: { result: { transactionId: string } | null }[] };
    }>(
      BATCH,
      { inputs: times.map((occurredAt) => ({ userId, occurredAt, amount: 5, currency: 'USD' })) },
      { auth: tenant.keys.LIVE.secret },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.scoreTransactions.items.every((i) => i.result)).toBe(true);
    for (const month of ['2017-01', '2017-02', '2017-03'])
      expect(await partitionExists(month)).toBe(true);
  });

  it('compresses event documents with lz4 in every partition, new ones included, where the server has lz4', async () => {
    const [server_] = await rows<{ lz4: boolean }>(
      `select 'lz4' = any(enumvals) as lz4 from pg_settings where name = 'default_toast_compression'`,
    );
    const expected = server_!.lz4 ? 'l' : '';
    // A month no migration saw: created on demand by the score below.
    const userId = `lz4-${randomUUID()}`;
    const res = await score({ userId, occurredAt: '2016-06-01T00:00:00Z', amount: 12 });
    expect(res.errors).toBeUndefined();
    const columns = await rows<{ rel: string; column: string; method: string }>(
      `select a.attrelid::regclass::text as rel, a.attname as column, a.attcompression::text as method
         from pg_attribute a
        where a.attname in ('result', 'input', 'snapshot')
          and (a.attrelid = 'scored_event'::regclass
               or a.attrelid in (select inhrelid from pg_inherits
                                  where inhparent = 'scored_event'::regclass))`,
    );
    expect(columns.map((c) => c.rel)).toContain('scored_event_y2016m06');
    expect(columns.length).toBeGreaterThan(3 * 5);
    expect(columns.filter((c) => c.method !== expected)).toEqual([]);
    // The stored explanation is wide enough to be compressed, and with that method.
    const [stored] = await rows<{ method: string | null }>(
      `select pg_column_compression(result) as method from scored_event
        where tenant_id = ? and user_id = ? and occurred_at = '2016-06-01T00:00:00Z'`,
      [tenant.id, userId],
    );
    expect(stored!.method).toBe(server_!.lz4 ? 'lz4' : 'pglz');
  });

  it('gives every partition, new ones included, frequent insert vacuums', async () => {
    await score({ userId: `vac-${randomUUID()}`, occurredAt: '2015-03-01T00:00:00Z' });
    const partitions = await rows<{ name: string; options: string[] | null }>(
      `select c.relname as name, c.reloptions as options from pg_inherits i
         join pg_class c on c.oid = i.inhrelid
        where i.inhparent = 'scored_event'::regclass`,
    );
    expect(partitions.map((p) => p.name)).toContain('scored_event_y2015m03');
    expect(
      partitions.filter(
        (p) =>
          !p.options?.includes('autovacuum_vacuum_insert_threshold=10000') ||
          !p.options?.includes('autovacuum_vacuum_insert_scale_factor=0.01'),
      ),
    ).toEqual([]);
  });
});

describe('a month dropped by another process', () => {
  it('is created again when an event of that month comes back', async () => {
    const userId = `dropped-${randomUUID()}`;
    const at = '2016-05-10T00:00:00Z';
    expect((await score({ userId, occurredAt: at })).errors).toBeUndefined();
    expect(await partitionExists('2016-05')).toBe(true);
    // What `warden retention` run elsewhere does; this process still remembers the month.
    await rows(`drop table ${partitionName('2016-05')}`);
    const again = await score({ userId, occurredAt: at });
    expect(again.errors).toBeUndefined();
    expect(await partitionExists('2016-05')).toBe(true);
  });
});

describe('references across months', () => {
  it('replays the same payload and conflicts on another month, as before partitioning', async () => {
    const reference = `xm-${randomUUID()}`;
    const userId = `xm-${randomUUID()}`;
    const first = await score({ userId, reference, occurredAt: '2026-12-01T10:00:00Z' });
    expect(first.data?.scoreTransaction.replayed).toBe(false);
    const id = first.data!.scoreTransaction.transactionId;

    const again = await score({ userId, reference, occurredAt: '2026-12-01T10:00:00Z' });
    expect(again.data?.scoreTransaction).toEqual({ transactionId: id, replayed: true });

    // The same reference with a time in another month (another partition) is another payload.
    const moved = await score({ userId, reference, occurredAt: '2018-06-01T10:00:00Z' });
    expect(moved.errors?.[0]?.extensions?.code).toBe('CONFLICT');

    const refs = await rows<{ event_id: string }>(
      'select event_id from event_reference where tenant_id = ? and reference = ?',
      [tenant.id, reference],
    );
    expect(refs).toEqual([{ event_id: id }]);
    const events = await rows('select 1 from scored_event where tenant_id = ? and reference = ?', [
      tenant.id,
      reference,
    ]);
    expect(events).toHaveLength(1);
  });

  it('concurrent first calls with one reference in different months store one event', async () => {
    const reference = `race-xm-${randomUUID()}`;
    const results = await Promise.all(
      ['2019-01-10T00:00:00Z', '2019-02-10T00:00:00Z', '2019-03-10T00:00:00Z'].map((occurredAt) =>
        score({ userId: `race-${randomUUID()}`, reference, occurredAt }),
      ),
    );
    const stored = results.filter((r) => !r.errors);
    expect(stored).toHaveLength(1);
    for (const r of results.filter((r) => r.errors))
      expect(r.errors![0]!.extensions?.code).toBe('CONFLICT');
    const events = await rows('select 1 from scored_event where tenant_id = ? and reference = ?', [
      tenant.id,
      reference,
    ]);
    expect(events).toHaveLength(1);
  });
});

import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scratchDatabase } from './scratch-database.js';
import { runCli } from '../src/cli/run.js';
import { addMonths, eventPartitions, partitionName } from '../src/db/partitions.js';
import { openOrm, type Orm } from '../src/db/orm.js';
import { runTenantRetention } from '../src/modules/retention/tenant-retention.js';
import { dropPartitions } from '../src/modules/retention/partition-retention.js';
import { Housekeeping, RETENTION_LOCK_KEY } from '../src/modules/retention/housekeeping.js';
import { createLogger } from '../src/logger.js';
import { vacuumClosedMonths } from '../src/db/partition-vacuum.js';

// Retention drops partitions for every tenant, so it runs on a database of its own rather than
// the one the other test files share.
const scratch = scratchDatabase('warden_retention');
const url = scratch.url;
const env = { DATABASE_URL: url, JWT_SECRET: 'x'.repeat(40), LOG_LEVEL: 'silent' };
let orm: Orm;

async function cli(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    env,
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
  });
  return { code, stdout, stderr };
}

const q = <T = Record<string, unknown>>(sql: string, params: unknown[] = []) =>
  orm.em.fork().getConnection().execute<T[]>(sql, params);

async function exists(month: string) {
  const [row] = await q<{ oid: string | null }>('select to_regclass(?)::text as oid', [
    partitionName(month),
  ]);
  return row!.oid !== null;
}

async function tenant(retentionMonths: number | null = null) {
  const id = randomUUID();
  await q(
    'insert into tenant (id, slug, name, created_at, retention_months) values (?, ?, ?, now(), ?)',
    [id, `r-${id.slice(0, 8)}`, 'Retention', retentionMonths],
  );
  return id;
}

/**
 * One event confirmed as fraud, with a reference, its fraud report, a review case with one case
 * event, and one feedback.
 */
async function event(tenantId: string, at: Date) {
  await eventPartitions.ensureMonths(orm.em.fork(), [at]);
  const id = randomUUID();
  const caseId = randomUUID();
  const reference = `ref-${id}`;
  await q(
    `insert into scored_event (id, tenant_id, mode, kind, user_id, reference, payload_hash, occurred_at,
       input, risk_score, risk_level, decision, result, processing_time_ms, created_at)
     values (?, ?, 'LIVE', 'TRANSACTION', 'u', ?, 'h', ?, '{}', 50, 'MEDIUM', 'REVIEW', '{}', 1, now())`,
    [id, tenantId, reference, at],
  );
  await q(
    `insert into event_reference (tenant_id, mode, reference, event_id, payload_hash, occurred_at, created_at)
     values (?, 'LIVE', ?, ?, 'h', ?, now())`,
    [tenantId, reference, id, at],
  );
  await q(
    `insert into fraud_report (tenant_id, mode, event_id, user_id, occurred_at, reported_at)
     values (?, 'LIVE', ?, 'u', ?, now())`,
    [tenantId, id, at],
  );
  await q(
    `insert into review_case (id, tenant_id, mode, event_id, user_id, decision, risk_score, priority,
       priority_rank, sla_due_at, created_at, updated_at)
     values (?, ?, 'LIVE', ?, 'u', 'REVIEW', 50, 'LOW', 1, now(), now(), now())`,
    [caseId, tenantId, id],
  );
  await q(
    `insert into case_event (id, tenant_id, case_id, type, actor_label, created_at)
     values (?, ?, ?, 'OPENED', 'test', now())`,
    [randomUUID(), tenantId, caseId],
  );
  await q(
    `insert into feedback (id, tenant_id, mode, event_id, feedback_type, tenant_action, occurred_at,
       idempotency_key, payload_hash, author_kind, author_id, author_label, tx_decision,
       tx_risk_score, tx_occurred_at, created_at)
     values (?, ?, 'LIVE', ?, 'TENANT_ACTION', 'APPROVE', now(), ?, 'h', 'API_KEY', ?, 'k', 'REVIEW',
       50, ?, now())`,
    [randomUUID(), tenantId, id, `k-${id}`, randomUUID(), at],
  );
  return id;
}

/** What {@link left} finds of one event made by {@link event}. */
const ONE_EVENT_LEFT = { events: 1, refs: 1, frauds: 1, cases: 1, case_events: 1, feedback: 1 };

async function left(tenantId: string) {
  const [row] = await q<Record<string, number>>(
    `select (select count(*) from scored_event where tenant_id = ?)::int as events,
       (select count(*) from event_reference where tenant_id = ?)::int as refs,
       (select count(*) from fraud_report where tenant_id = ?)::int as frauds,
       (select count(*) from review_case where tenant_id = ?)::int as cases,
       (select count(*) from case_event where tenant_id = ?)::int as case_events,
       (select count(*) from feedback where tenant_id = ?)::int as feedback`,
    [tenantId, tenantId, tenantId, tenantId, tenantId, tenantId],
  );
  return row!;
}

beforeAll(async () => {
  await scratch.create();
  expect((await cli('migrate')).code).toBe(0);
  orm = await openOrm({ url, poolMax: 2 });
});
afterAll(async () => {
  await orm?.close(true);
  await scratch.drop();
});

describe('warden retention', () => {
  it('refuses fewer than one month', async () => {
    const res = await cli('retention', '--keep-months', '0');
    expect(res.code).toBe(2);
    expect(res.stderr).toMatch(/--keep-months must be a whole number of months, at least 1/);
  });

  it('drops old monthly partitions with what points at their events, and keeps recent data', async () => {
    const t = await tenant();
    await event(t, new Date('2019-01-20T00:00:00Z'));
    await event(t, new Date('2019-01-21T00:00:00Z'));
    const recent = await event(t, new Date());

    const dry = await cli('retention', '--keep-months', '12', '--dry-run', '--json');
    expect(dry.code).toBe(0);
    expect(JSON.parse(dry.stdout).dropped).toContainEqual({
      partition: 'scored_event_y2019m01',
      month: '2019-01',
      events: 2,
      references: 2,
      cases: 2,
      feedback: 2,
    });
    expect(await exists('2019-01')).toBe(true);

    const res = await cli('retention', '--keep-months', '12');
    expect(res).toMatchObject({ code: 0, stderr: '' });
    expect(res.stdout).toMatch(/Dropped \d+ partition\(s\) older than 12 full month\(s\)/);
    expect(res.stdout).toMatch(
      /scored_event_y2019m01: 2 event\(s\), 2 reference\(s\), 2 case\(s\), 2 feedback/,
    );
    expect(await exists('2019-01')).toBe(false);
    expect(await left(t)).toEqual(ONE_EVENT_LEFT);
    const [kept] = await q<{ id: string }>('select id from scored_event where tenant_id = ?', [t]);
    expect(kept!.id).toBe(recent);
    for (const k of [-1, 0, 1, 2, 3]) expect(await exists(addMonths(new Date(), k))).toBe(true);

    const again = await cli('retention', '--keep-months', '12');
    expect(again.stdout).toMatch(/nothing to drop/);
  });
});

describe('per-tenant retention', () => {
  it("deletes in chunks the events older than a tenant's retention, and drops partitions no tenant uses", async () => {
    const now = new Date();
    const old = new Date(`${addMonths(now, -5)}-10T00:00:00Z`);
    const short = await tenant(2);
    const forever = await tenant(null);
    for (let i = 0; i < 3; i++) await event(short, old);
    await event(short, now);
    await event(forever, old);

    const report = await runTenantRetention(orm.em.fork(), { chunk: 2 });
    expect(report.deleted[short]).toBe(3);
    expect(await left(short)).toEqual(ONE_EVENT_LEFT);
    // The tenant keeping everything still has its row there: the partition stays.
    expect(await left(forever)).toMatchObject({ events: 1, refs: 1, cases: 1 });
    expect(await exists(addMonths(now, -5))).toBe(true);

    await q('update tenant set retention_months = 3 where id = ?', [forever]);
    const second = await runTenantRetention(orm.em.fork());
    expect(second.deleted[forever]).toBe(1);
    expect(second.droppedPartitions).toContain(partitionName(addMonths(now, -5)));
    expect(await exists(addMonths(now, -5))).toBe(false);
    expect(await left(short)).toMatchObject({ events: 1 });
  });
});

describe('dropping a partition found empty', () => {
  it('keeps it when an event arrived since it was found empty', async () => {
    const t = await tenant();
    // The per-tenant job saw 2017-06 empty; a backdated event of another tenant lands there.
    await eventPartitions.ensureMonths(orm.em.fork(), [new Date('2017-06-10T00:00:00Z')]);
    await event(t, new Date('2017-06-10T00:00:00Z'));
    const dropped = await dropPartitions(
      orm.em.fork(),
      [{ partition: partitionName('2017-06'), month: '2017-06' }],
      false,
      { onlyIfEmpty: true },
    );
    expect(dropped).toEqual([]);
    expect(await exists('2017-06')).toBe(true);
  });
});

describe('warden citus distribute', () => {
  it('exits 1 and says what is missing when the database has no citus extension', async () => {
    const main = path.resolve(import.meta.dirname, '../dist/cli/main.js');
    const run = promisify(execFile)(process.execPath, [main, 'citus', 'distribute'], {
      env: { ...process.env, ...env },
    });
    await expect(run).rejects.toMatchObject({
      code: 1,
      stderr:
        'error: the citus extension is not installed in this database; see docs/scale-out.md\n',
    });
  });
});

describe('the hourly retention job', () => {
  it('runs on one replica at a time: skipped while another holds the lock', async () => {
    const housekeeping = new Housekeeping(orm, createLogger('silent'));
    const other = new pg.Client({ connectionString: url });
    await other.connect();
    try {
      await other.query('select pg_advisory_lock($1)', [RETENTION_LOCK_KEY]);
      expect(await housekeeping.retentionOnce()).toBe(false);
      await other.query('select pg_advisory_unlock($1)', [RETENTION_LOCK_KEY]);
      expect(await housekeeping.retentionOnce()).toBe(true);
    } finally {
      await other.end();
    }
  });

  it('vacuums the partitions of ended months with rows no vacuum has seen, not the current month', async () => {
    const id = await tenant();
    const ended = addMonths(new Date(), -2);
    const old = await event(id, new Date(`${ended}-10T00:00:00Z`));
    const now = await event(id, new Date());
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      // Changes made on this connection, and its statistics flushed: both partitions now hold
      // a row no vacuum has seen, whatever the pool's connections have reported so far.
      await client.query(
        'update scored_event set processing_time_ms = processing_time_ms + 1 where id = any($1)',
        [[old, now]],
      );
      await client.query('select pg_stat_force_next_flush()');
      await client.query('select 1');
      const vacuumed = await vacuumClosedMonths(client);
      expect(vacuumed).toContain(partitionName(ended));
      expect(vacuumed).not.toContain(partitionName(addMonths(new Date(), 0)));
      const { rows } = await client.query<{ pages: number; visible: number }>(
        'select relpages as pages, relallvisible as visible from pg_class where relname = $1',
        [partitionName(ended)],
      );
      expect(rows[0]!.pages).toBeGreaterThan(0);
      expect(rows[0]!.visible).toBe(rows[0]!.pages);
    } finally {
      await client.end();
    }
  });
});

import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { enrichmentRequest } from '../src/modules/scoring/enrichment.js';
import type { NormalizedTransaction } from '../src/modules/scoring/ingest.js';

/**
 * The enrichment must read scored_event through each entity's own index even when the planner
 * knows nothing about the table (never analyzed: a new table, or autovacuum off), with generic
 * and custom plans alike. Before, such plans took the list or metrics index for the per-user and
 * per-recipient windows and read the tenant's whole history for every event.
 */
const ENTITY_INDEXES = new Set([
  'scored_event_user_index',
  'scored_event_device_index',
  'scored_event_ip_index',
  'scored_event_email_index',
  'scored_event_phone_index',
  'scored_event_recipient_index',
  'scored_event_recipient_fraud_index',
  'scored_event_user_fraud_index',
]);

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Index Name'?: string;
  'Index Cond'?: string;
  Plans?: PlanNode[];
}

/** scored_event or one of its monthly partitions. */
const EVENTS = /^scored_event(_y\d{4}m\d{2})?$/;

function scansOf(node: PlanNode, out: PlanNode[] = []): PlanNode[] {
  if (EVENTS.test(node['Relation Name'] ?? '')) out.push(node);
  for (const child of node.Plans ?? []) scansOf(child, out);
  return out;
}

/** One event with every identifier set, so every look-up of the statement is planned. */
const event = {
  userId: 'u1',
  occurredAt: new Date('2026-01-01T00:00:00Z'),
  occurredAtGiven: true,
  deviceId: 'd1',
  ip: '10.0.0.1',
  recipient: { key: 'MERCHANT:m1', value: 'm1', country: 'FR' },
  email: 'a@example.com',
  emailDomain: 'example.com',
  phone: '+33600000000',
  sessionId: 's1',
  country: 'FR',
  ipCountry: 'FR',
  reference: 'ref-1',
} as unknown as NormalizedTransaction;

let client: pg.Client;

/** Bind values as SQL literals, for EXECUTE of a statement prepared with PREPARE. */
function literalsOf(values: unknown[]): string[] {
  return values.map((v) =>
    v === null ? 'null' : client.escapeLiteral(v instanceof Date ? v.toISOString() : String(v)),
  );
}

beforeAll(async () => {
  client = new pg.Client({ connectionString: inject('databaseUrl') });
  await client.connect();
});
afterAll(async () => {
  await client?.end();
});

describe('the enrichment plan without statistics', () => {
  for (const mode of ['force_generic_plan', 'auto']) {
    it(`uses only per-entity indexes of scored_event (plan_cache_mode ${mode})`, async () => {
      const { sql, values } = enrichmentRequest(
        '00000000-0000-4000-8000-000000000001',
        'LIVE',
        [event],
        20,
      );
      await client.query('begin');
      try {
        // Forget what the planner knows about scored_event, for this transaction only.
        // scored_event and each of its monthly partitions.
        await client.query(
          `with t as (select 'scored_event'::regclass::oid as oid
                      union all select inhrelid from pg_inherits
                       where inhparent = 'scored_event'::regclass)
           , s as (delete from pg_statistic where starelid in (select oid from t))
           update pg_class set reltuples = -1, relpages = 0 where oid in (select oid from t)`,
        );
        await client.query(`set local plan_cache_mode = ${mode}`);
        // The server's statement is a protocol-level one; PREPARE / EXECUTE plans it the same
        // way and lets EXPLAIN show the plan the connection would cache.
        await client.query(`prepare enrichment_probe as ${sql.text}`);
        const literals = literalsOf(sql.values(values));
        const { rows } = await client.query<{ 'QUERY PLAN': { Plan: PlanNode }[] }>(
          `explain (format json) execute enrichment_probe(${literals.join(', ')})`,
        );
        // A partition's index is named after its partition; its parent is scored_event's.
        const parents = await client.query<{ child: string; parent: string }>(
          `select c.relname as child, p.relname as parent from pg_inherits i
             join pg_class c on c.oid = i.inhrelid join pg_class p on p.oid = i.inhparent
            where p.relkind = 'I'`,
        );
        const parentOf = new Map(parents.rows.map((r) => [r.child, r.parent]));
        const scans = scansOf(rows[0]!['QUERY PLAN'][0]!.Plan);
        expect(scans.length).toBeGreaterThanOrEqual(10);
        for (const scan of scans) {
          expect(scan['Node Type']).toMatch(/^Index (Only )?Scan$/);
          const index = scan['Index Name']!;
          const parent = parentOf.get(index) ?? index;
          expect(ENTITY_INDEXES).toContain(parent);
          // Each entity's own index, on its own column: a recipient look-up once took the
          // customers' fraud index on (tenant_id, mode) and filtered the tenant's every fraud.
          if (parent === 'scored_event_user_fraud_index')
            expect(scan['Index Cond']).toMatch(/user_id/);
          if (parent === 'scored_event_recipient_fraud_index')
            expect(scan['Index Cond']).toMatch(/recipient_key/);
        }
      } finally {
        await client.query('rollback');
        // PREPARE outlives the transaction.
        await client.query('deallocate all');
      }
    });
  }
});

describe('the months a score starts', () => {
  /** Partitions the plan of `items` starts under a generic plan, once PostgreSQL pruned it. */
  async function startedPartitions(items: NormalizedTransaction[]): Promise<Set<string>> {
    const { sql, values } = enrichmentRequest(
      '00000000-0000-4000-8000-000000000001',
      'LIVE',
      items,
      20,
    );
    await client.query(`prepare months_probe as ${sql.text}`);
    const literals = literalsOf(sql.values(values));
    // EXPLAIN starts the executor, which drops the partitions its conditions rule out.
    const { rows } = await client.query<{ 'QUERY PLAN': { Plan: PlanNode }[] }>(
      `explain (format json) execute months_probe(${literals.join(', ')})`,
    );
    await client.query('deallocate months_probe');
    return new Set(scansOf(rows[0]!['QUERY PLAN'][0]!.Plan).map((s) => s['Relation Name']!));
  }

  it('starts only the months its windows reach, not every partition', async () => {
    await client.query('begin');
    try {
      // Months far from the events below; rolled back with the transaction.
      for (const [name, from, to] of [
        ['scored_event_y2003m01', '2003-01-01', '2003-02-01'],
        ['scored_event_y2040m01', '2040-01-01', '2040-02-01'],
      ]) {
        await client.query(
          `create table ${name} (like scored_event including defaults including constraints)`,
        );
        await client.query(
          `alter table scored_event attach partition ${name} for values from ('${from}') to ('${to}')`,
        );
      }
      await client.query('set local plan_cache_mode = force_generic_plan');
      const untimed = { ...event, occurredAtGiven: false, occurredAt: new Date() };
      for (const items of [[event], [untimed], [event, untimed]]) {
        const started = await startedPartitions(items as NormalizedTransaction[]);
        expect(started.size).toBeGreaterThan(0);
        expect(started).not.toContain('scored_event_y2003m01');
        expect(started).not.toContain('scored_event_y2040m01');
      }
      // An event of that month reaches it, and its windows still read it.
      const old = { ...event, occurredAt: new Date('2003-01-15T00:00:00Z') };
      const started = await startedPartitions([old as NormalizedTransaction]);
      expect(started).toContain('scored_event_y2003m01');
      expect(started).not.toContain('scored_event_y2040m01');
    } finally {
      await client.query('rollback');
      await client.query('deallocate all');
    }
  });
});

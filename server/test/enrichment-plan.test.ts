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
  'scored_event_reference_unique',
]);

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Index Name'?: string;
  Plans?: PlanNode[];
}

function scansOf(node: PlanNode, out: PlanNode[] = []): PlanNode[] {
  if (node['Relation Name'] === 'scored_event') out.push(node);
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
      const { statement, values } = enrichmentRequest(
        '00000000-0000-4000-8000-000000000001',
        'LIVE',
        [event],
        20,
      );
      await client.query('begin');
      try {
        // Forget what the planner knows about scored_event, for this transaction only.
        await client.query(
          `delete from pg_statistic where starelid = 'scored_event'::regclass;
           update pg_class set reltuples = -1, relpages = 0 where oid = 'scored_event'::regclass`,
        );
        await client.query(`set local plan_cache_mode = ${mode}`);
        await client.query(statement.prepare);
        const { rows } = await client.query<{ 'QUERY PLAN': { Plan: PlanNode }[] }>(
          `explain (format json) ${statement.execute(values)}`,
        );
        const scans = scansOf(rows[0]!['QUERY PLAN'][0]!.Plan);
        expect(scans.length).toBeGreaterThanOrEqual(10);
        for (const scan of scans) {
          expect(scan['Node Type']).toMatch(/^Index (Only )?Scan$/);
          expect(ENTITY_INDEXES).toContain(scan['Index Name']);
        }
      } finally {
        await client.query('rollback');
        // PREPARE outlives the transaction.
        await client.query('deallocate all');
      }
    });
  }
});

import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openOrm, type Orm } from '../src/db/orm.js';
import { scratchDatabase } from './scratch-database.js';

// The learning migration on a database that already holds confirmed frauds: their report time
// is taken from their first fraud feedback, so they count as reports from the first score on.
const scratch = scratchDatabase('warden_learned_models_migration');
let orm: Orm;

const q = <T = Record<string, unknown>>(sql: string, params: unknown[] = []) =>
  orm.em.fork().getConnection().execute<T[]>(sql, params);

beforeAll(async () => {
  await scratch.create();
  orm = await openOrm({ url: scratch.url, poolMax: 2 });
});
afterAll(async () => {
  await orm?.close(true);
  await scratch.drop();
});

describe('Migration20261209000000LearnedModels', () => {
  it('backfills fraud_reported_at of confirmed frauds from their first fraud feedback', async () => {
    await orm.getMigrator().up({ to: 'Migration20261208500000HistoryIndexes' });
    const tenant = randomUUID();
    await q(`insert into tenant (id, slug, name, created_at) values (?, 'lm', 'LM', now())`, [
      tenant,
    ]);
    const at = new Date(Date.now() - 5 * 86_400_000);
    const [fraud, cleared] = [randomUUID(), randomUUID()];
    for (const [id, confirmed] of [
      [fraud, true],
      [cleared, false],
    ] as const) {
      await q(
        `insert into scored_event (id, tenant_id, mode, kind, user_id, payload_hash, occurred_at,
           input, risk_score, risk_level, decision, result, processing_time_ms, fraud_confirmed, created_at)
         values (?, ?, 'LIVE', 'TRANSACTION', 'u', 'h', ?, '{}', 10, 'LOW', 'ALLOW', '{}', 1, ?, now())`,
        [id, tenant, at, confirmed],
      );
    }
    const feedback = (event: string, action: string, daysAfter: number) =>
      q(
        `insert into feedback (id, tenant_id, mode, event_id, feedback_type, tenant_action,
           occurred_at, idempotency_key, payload_hash, author_kind, author_id, author_label,
           tx_decision, tx_risk_score, tx_occurred_at, created_at)
         values (?, ?, 'LIVE', ?, 'TENANT_ACTION', ?, ?, ?, 'h', 'API_KEY', ?, 'k', 'ALLOW', 10, ?, now())`,
        [
          randomUUID(),
          tenant,
          event,
          action,
          new Date(at.getTime() + daysAfter * 86_400_000),
          randomUUID(),
          randomUUID(),
          at,
        ],
      );
    await feedback(fraud, 'CHARGEBACK', 3);
    await feedback(fraud, 'CHARGEBACK', 4);
    await feedback(cleared, 'APPROVE', 1);

    await orm.getMigrator().up();

    const rows = await q<{ id: string; reported: Date | null }>(
      `select id, fraud_reported_at as reported from scored_event where tenant_id = ?`,
      [tenant],
    );
    const byId = new Map(rows.map((r) => [r.id, r.reported]));
    expect(new Date(byId.get(fraud)!).getTime()).toBe(at.getTime() + 3 * 86_400_000);
    expect(byId.get(cleared)).toBeNull();
  });
});

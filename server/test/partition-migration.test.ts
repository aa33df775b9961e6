import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scratchDatabase } from './scratch-database.js';
import { addMonths } from '../src/db/partitions.js';
import { openOrm, type Orm } from '../src/db/orm.js';

// The partitioning and key migrations on a database that already holds events, cases and
// feedback: migrated to just before them, filled, then migrated to the end.
const scratch = scratchDatabase('warden_partition_migration');
const url = scratch.url;
let orm: Orm;

const q = <T = Record<string, unknown>>(sql: string, params: unknown[] = []) =>
  orm.em.fork().getConnection().execute<T[]>(sql, params);

beforeAll(async () => {
  await scratch.create();
  orm = await openOrm({ url, poolMax: 2 });
});
afterAll(async () => {
  await orm?.close(true);
  await scratch.drop();
});

describe('partitioning an existing decision store', () => {
  it('keeps every row, fills event_reference and keeps references unique', async () => {
    await orm.getMigrator().up({ to: 'Migration20261207300000People' });
    const tenant = randomUUID();
    await q(`insert into tenant (id, slug, name, created_at) values (?, 'pm', 'PM', now())`, [
      tenant,
    ]);
    const times = ['2015-06-03T10:00:00Z', '2015-06-20T10:00:00Z', '2021-02-01T00:00:00Z'];
    const ids: string[] = [];
    for (const [i, at] of times.entries()) {
      const id = randomUUID();
      ids.push(id);
      await q(
        `insert into scored_event (id, tenant_id, mode, kind, user_id, reference, payload_hash,
           occurred_at, input, risk_score, risk_level, decision, result, processing_time_ms, created_at)
         values (?, ?, 'LIVE', 'TRANSACTION', 'u', ?, 'h', ?, '{}', 10, 'LOW', 'ALLOW', '{}', 1, now())`,
        [id, tenant, i === 2 ? null : `ref-${i}`, at],
      );
    }
    await q(
      `insert into review_case (id, tenant_id, mode, event_id, user_id, decision, risk_score, priority,
         priority_rank, sla_due_at, created_at, updated_at)
       values (?, ?, 'LIVE', ?, 'u', 'ALLOW', 10, 'LOW', 1, now(), now(), now())`,
      [randomUUID(), tenant, ids[0]],
    );

    await orm.getMigrator().up();

    const partitions = (
      await q<{ name: string }>(
        `select c.relname as name from pg_inherits i join pg_class c on c.oid = i.inhrelid
          where i.inhparent = 'scored_event'::regclass order by 1`,
      )
    ).map((r) => r.name);
    const now = new Date();
    const ahead = [-1, 0, 1, 2, 3].map((k) => {
      const m = addMonths(now, k);
      return `scored_event_y${m.slice(0, 4)}m${m.slice(5, 7)}`;
    });
    expect(partitions).toEqual(
      [...new Set(['scored_event_y2015m06', 'scored_event_y2021m02', ...ahead])].sort(),
    );
    const events = await q<{ id: string }>('select id from scored_event order by occurred_at');
    expect(events.map((e) => e.id)).toEqual(ids);
    const refs = await q<{ reference: string; event_id: string }>(
      'select reference, event_id from event_reference order by reference',
    );
    expect(refs).toEqual([
      { reference: 'ref-0', event_id: ids[0] },
      { reference: 'ref-1', event_id: ids[1] },
    ]);
    expect(await q('select 1 from review_case where event_id = ?', [ids[0]])).toHaveLength(1);
    await expect(
      q(
        `insert into event_reference (tenant_id, mode, reference, event_id, payload_hash, occurred_at, created_at)
         values (?, 'LIVE', 'ref-0', ?, 'h', now(), now())`,
        [tenant, randomUUID()],
      ),
    ).rejects.toMatchObject({ code: '23505' });
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { openOrm, type Orm } from '../src/db/orm.js';
import { entitySchemaDiff } from '../src/db/schema-diff.js';

let orm: Orm;
beforeAll(async () => {
  orm = await openOrm({ url: inject('databaseUrl'), poolMax: 2 });
});
afterAll(async () => {
  await orm?.close(true);
});

describe('migrations', () => {
  it('are all applied, and the migrated schema matches the entities exactly', async () => {
    expect(await orm.getMigrator().getPendingMigrations()).toEqual([]);
    // Keys the database widens with tenant_id (docs/scale-out.md) count as the entities' keys.
    const diff = await entitySchemaDiff(orm);
    expect(diff.trim()).toBe('');
  });

  it('declare a tenant_id on every tenant-owned table', async () => {
    const rows = await orm.em.getConnection().execute<{ table_name: string }[]>(
      `select table_name from information_schema.columns
          where table_schema = 'public' and column_name = 'tenant_id'
            and table_name not in (select inhrelid::regclass::text from pg_inherits)
          order by table_name`,
    );
    expect(rows.map((r) => r.table_name)).toEqual([
      'api_key',
      'app_user',
      'audit_entry',
      'case_event',
      'customer',
      'customer_device',
      'customer_recipient',
      'event_reference',
      'feedback',
      'fraud_report',
      'list_entry',
      'model_version',
      'policy_version',
      'review_case',
      'scored_event',
      'tenant_policy',
      'webhook_delivery',
      'webhook_endpoint',
    ]);
  });
});

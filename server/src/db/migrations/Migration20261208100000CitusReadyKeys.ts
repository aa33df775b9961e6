import { Migration } from '@mikro-orm/migrations';

/** Tenant tables whose primary key was `id` alone. */
const WIDENED_KEYS = [
  'audit_entry',
  'case_event',
  'customer',
  'feedback',
  'list_entry',
  'review_case',
  'webhook_delivery',
  'webhook_endpoint',
];

/** Foreign keys on a tenant id or a platform table, recreated without ON UPDATE CASCADE. */
const SIMPLE_KEYS: [table: string, column: string, target: string, onDelete: string][] = [
  ['api_key', 'tenant_id', 'tenant', 'cascade'],
  ['app_user', 'tenant_id', 'tenant', 'cascade'],
  ['audit_entry', 'tenant_id', 'tenant', 'cascade'],
  ['case_event', 'tenant_id', 'tenant', 'cascade'],
  ['customer', 'tenant_id', 'tenant', 'cascade'],
  ['customer_device', 'tenant_id', 'tenant', 'cascade'],
  ['customer_recipient', 'tenant_id', 'tenant', 'cascade'],
  ['feedback', 'tenant_id', 'tenant', 'cascade'],
  ['list_entry', 'tenant_id', 'tenant', 'cascade'],
  ['review_case', 'tenant_id', 'tenant', 'cascade'],
  ['review_case', 'assignee_id', 'app_user', 'set null'],
  ['tenant_policy', 'tenant_id', 'tenant', 'cascade'],
  ['webhook_delivery', 'tenant_id', 'tenant', 'cascade'],
  ['webhook_endpoint', 'tenant_id', 'tenant', 'cascade'],
];

/**
 * Keys that a database sharded by tenant (Citus) can enforce: on every tenant table each
 * primary key, unique constraint and foreign key between tenant tables includes tenant_id, so
 * all the rows one key covers live on the same shard. Ids are random UUIDs, so widening
 * `primary key (id)` to `(tenant_id, id)` admits no row the old key refused. The ORM still maps
 * `id` alone as the primary key; the wider database key only adds the tenant.
 *
 * No foreign key keeps ON UPDATE CASCADE (Citus refuses it on distributed tables, and no key
 * here is ever updated); ON DELETE behaviour stays as it was.
 */
export class Migration20261208100000CitusReadyKeys extends Migration {
  override async up(): Promise<void> {
    // The two foreign keys between tenant tables depend on the primary keys being replaced.
    this.addSql(`alter table "case_event" drop constraint "case_event_case_id_foreign"`);
    this.addSql(
      `alter table "webhook_delivery" drop constraint "webhook_delivery_endpoint_id_foreign"`,
    );
    for (const table of WIDENED_KEYS) {
      this.addSql(
        `alter table "${table}" drop constraint "${table}_pkey", add constraint "${table}_pkey" primary key ("tenant_id", "id")`,
      );
    }
    this.addSql(
      `alter table "review_case" drop constraint "review_case_event_id_unique", add constraint "review_case_tenant_id_event_id_unique" unique ("tenant_id", "event_id")`,
    );
    for (const [table, column, target, onDelete] of SIMPLE_KEYS) {
      const name = `${table}_${column}_foreign`;
      this.addSql(
        `alter table "${table}" drop constraint "${name}", add constraint "${name}" foreign key ("${column}") references "${target}" ("id") on delete ${onDelete}`,
      );
    }
    this.addSql(
      `alter table "case_event" add constraint "case_event_case_id_foreign" foreign key ("tenant_id", "case_id") references "review_case" ("tenant_id", "id") on delete cascade`,
    );
    this.addSql(
      `alter table "webhook_delivery" add constraint "webhook_delivery_endpoint_id_foreign" foreign key ("tenant_id", "endpoint_id") references "webhook_endpoint" ("tenant_id", "id") on delete cascade`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "case_event" drop constraint "case_event_case_id_foreign"`);
    this.addSql(
      `alter table "webhook_delivery" drop constraint "webhook_delivery_endpoint_id_foreign"`,
    );
    for (const [table, column, target, onDelete] of SIMPLE_KEYS) {
      const name = `${table}_${column}_foreign`;
      this.addSql(
        `alter table "${table}" drop constraint "${name}", add constraint "${name}" foreign key ("${column}") references "${target}" ("id") on update cascade on delete ${onDelete}`,
      );
    }
    this.addSql(
      `alter table "review_case" drop constraint "review_case_tenant_id_event_id_unique", add constraint "review_case_event_id_unique" unique ("event_id")`,
    );
    for (const table of WIDENED_KEYS) {
      this.addSql(
        `alter table "${table}" drop constraint "${table}_pkey", add constraint "${table}_pkey" primary key ("id")`,
      );
    }
    this.addSql(
      `alter table "case_event" add constraint "case_event_case_id_foreign" foreign key ("case_id") references "review_case" ("id") on update cascade on delete cascade`,
    );
    this.addSql(
      `alter table "webhook_delivery" add constraint "webhook_delivery_endpoint_id_foreign" foreign key ("endpoint_id") references "webhook_endpoint" ("id") on update cascade on delete cascade`,
    );
  }
}

import { Migration } from '@mikro-orm/migrations';

/**
 * Webhooks: tenants' endpoints and the delivery log (one row per event and endpoint, written in
 * the event's transaction). pg-boss keeps its job tables in the `pgboss` schema, which it
 * creates and migrates itself. Generated from the entities.
 */
export class Migration20261125300000Webhooks extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "webhook_endpoint" ("id" uuid not null, "tenant_id" uuid not null, "mode" text check ("mode" in ('LIVE', 'TEST')) not null, "url" varchar(2000) not null, "events" jsonb not null, "secret" varchar(80) not null, "disabled_at" timestamptz null, "created_at" timestamptz not null, constraint "webhook_endpoint_pkey" primary key ("id"))`,
    );
    this.addSql(
      `create index "webhook_endpoint_tenant_id_mode_index" on "webhook_endpoint" ("tenant_id", "mode")`,
    );
    this.addSql(
      `create table "webhook_delivery" ("id" uuid not null, "tenant_id" uuid not null, "endpoint_id" uuid not null, "event_type" varchar(64) not null, "payload" jsonb not null, "status" text check ("status" in ('PENDING', 'DELIVERED', 'FAILED')) not null default 'PENDING', "attempts" int not null default 0, "last_status_code" int null, "last_error" varchar(500) null, "last_attempt_at" timestamptz null, "delivered_at" timestamptz null, "queued_at" timestamptz null, "created_at" timestamptz not null, constraint "webhook_delivery_pkey" primary key ("id"))`,
    );
    this.addSql(
      `create index "webhook_delivery_status_queued_at_index" on "webhook_delivery" ("status", "queued_at")`,
    );
    this.addSql(
      `create index "webhook_delivery_endpoint_id_created_at_index" on "webhook_delivery" ("endpoint_id", "created_at")`,
    );
    this.addSql(
      `alter table "webhook_endpoint" add constraint "webhook_endpoint_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade on delete cascade`,
    );
    this.addSql(
      `alter table "webhook_delivery" add constraint "webhook_delivery_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade on delete cascade`,
    );
    this.addSql(
      `alter table "webhook_delivery" add constraint "webhook_delivery_endpoint_id_foreign" foreign key ("endpoint_id") references "webhook_endpoint" ("id") on update cascade on delete cascade`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "webhook_delivery" cascade`);
    this.addSql(`drop table if exists "webhook_endpoint" cascade`);
  }
}

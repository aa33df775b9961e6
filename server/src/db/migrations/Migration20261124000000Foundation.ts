import { Migration } from '@mikro-orm/migrations';

/**
 * Tenants, console users, API keys, the audit trail and login-failure tracking.
 * Generated from the entities with `getCreateSchemaSQL()` and reviewed; a test checks that the
 * migrated schema and the entities agree.
 */
export class Migration20261124000000Foundation extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "login_failure" (
        "id" bigserial primary key,
        "email" varchar(255) not null,
        "ip" varchar(64) not null,
        "created_at" timestamptz not null)`,
    );
    this.addSql(
      `create index "login_failure_ip_created_at_index" on "login_failure" ("ip",
        "created_at")`,
    );
    this.addSql(
      `create index "login_failure_email_created_at_index" on "login_failure" ("email",
        "created_at")`,
    );
    this.addSql(
      `create table "tenant" (
        "id" uuid not null,
        "slug" varchar(63) not null,
        "name" varchar(255) not null,
        "created_at" timestamptz not null, constraint "tenant_pkey" primary key ("id"))`,
    );
    this.addSql(`alter table "tenant" add constraint "tenant_slug_unique" unique ("slug")`);
    this.addSql(
      `create table "audit_entry" (
        "id" uuid not null,
        "tenant_id" uuid not null,
        "actor_type" text check ("actor_type" in ('USER', 'API_KEY', 'SYSTEM')) not null,
        "actor_id" varchar(255) null,
        "actor_label" varchar(255) not null,
        "action" varchar(64) not null,
        "entity_type" varchar(64) not null,
        "entity_id" varchar(255) not null,
        "before" jsonb null,
        "after" jsonb null,
        "created_at" timestamptz not null, constraint "audit_entry_pkey" primary key ("id"))`,
    );
    this.addSql(
      `create index "audit_entry_tenant_id_created_at_index" on "audit_entry" ("tenant_id",
        "created_at")`,
    );
    this.addSql(
      `create table "api_key" (
        "id" uuid not null,
        "tenant_id" uuid not null,
        "name" varchar(255) not null,
        "mode" text check ("mode" in ('LIVE', 'TEST')) not null,
        "prefix" varchar(32) not null,
        "key_hash" varchar(64) not null,
        "created_at" timestamptz not null,
        "last_used_at" timestamptz null,
        "revoked_at" timestamptz null, constraint "api_key_pkey" primary key ("id"))`,
    );
    this.addSql(
      `alter table "api_key" add constraint "api_key_key_hash_unique" unique ("key_hash")`,
    );
    this.addSql(`create index "api_key_tenant_id_index" on "api_key" ("tenant_id")`);
    this.addSql(
      `create table "app_user" (
        "id" uuid not null,
        "tenant_id" uuid not null,
        "email" varchar(255) not null,
        "password_hash" text not null,
        "role" text check ("role" in ('PLATFORM_ADMIN', 'TENANT_ADMIN', 'ANALYST', 'COMPLIANCE')) not null,
        "created_at" timestamptz not null,
        "last_login_at" timestamptz null,
        "disabled_at" timestamptz null, constraint "app_user_pkey" primary key ("id"))`,
    );
    this.addSql(`alter table "app_user" add constraint "app_user_email_unique" unique ("email")`);
    this.addSql(`create index "app_user_tenant_id_index" on "app_user" ("tenant_id")`);
    this.addSql(
      `alter table "audit_entry" add constraint "audit_entry_tenant_id_foreign" foreign key ("tenant_id") references "tenant" (
        "id") on update cascade on delete cascade`,
    );
    this.addSql(
      `alter table "api_key" add constraint "api_key_tenant_id_foreign" foreign key ("tenant_id") references "tenant" (
        "id") on update cascade on delete cascade`,
    );
    this.addSql(
      `alter table "app_user" add constraint "app_user_tenant_id_foreign" foreign key ("tenant_id") references "tenant" (
        "id") on update cascade on delete cascade`,
    );
  }

  override async down(): Promise<void> {
    for (const table of ['login_failure', 'audit_entry', 'api_key', 'app_user', 'tenant']) {
      this.addSql(`drop table if exists "${table}" cascade;`);
    }
  }
}

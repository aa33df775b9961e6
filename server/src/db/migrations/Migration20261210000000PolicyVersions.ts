import { Migration } from '@mikro-orm/migrations';

/**
 * Policy as data: a tenant's rule settings, custom rules, thresholds and case settings become
 * numbered, immutable `policy_version` rows; `tenant_policy` keeps what is not versioned (the
 * currency settings), which version each mode scores with and whether a LIVE publish needs a
 * second administrator's approval. Every scored event records the version that decided it
 * (0: the built-in defaults, before any version) and the snapshot of what it was scored with, so
 * that a draft can be backtested on it. `platform_policy` holds the platform's defaults for the
 * built-in rules, which tenants inherit unless they override them.
 * A tenant's existing settings become its version 1, published to both modes.
 */
export class Migration20261210000000PolicyVersions extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "policy_version" (
      "id" uuid not null,
      "tenant_id" uuid not null,
      "number" int not null,
      "status" text check ("status" in ('DRAFT', 'PUBLISHED')) not null,
      "base_number" int not null default 0,
      "document" jsonb not null,
      "note" text null,
      "created_by" varchar(255) not null,
      "created_at" timestamptz not null,
      "edited_by" varchar(255) not null,
      "edited_at" timestamptz not null,
      "approved_by" varchar(255) null,
      "approved_at" timestamptz null,
      "published_by" varchar(255) null,
      "published_at" timestamptz null,
      constraint "policy_version_pkey" primary key ("tenant_id", "id"))`);
    this.addSql(
      `alter table "policy_version" add constraint "policy_version_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on delete cascade`,
    );
    this.addSql(
      `create unique index "policy_version_number_unique" on "policy_version" ("tenant_id", "number")`,
    );
    this.addSql(
      `alter table "tenant_policy" add column "live_version" int not null default 0, add column "test_version" int not null default 0, add column "require_approval" boolean not null default false`,
    );
    this.addSql(`insert into "policy_version" ("id", "tenant_id", "number", "status", "document",
        "note", "created_by", "created_at", "edited_by", "edited_at", "published_by", "published_at")
      select gen_random_uuid(), "tenant_id", 1, 'PUBLISHED',
        jsonb_build_object('transaction_thresholds', "transaction_thresholds",
          'account_thresholds', "account_thresholds", 'case_settings', "case_settings",
          'rule_overrides', "rule_overrides", 'custom_rules', '[]'::jsonb),
        'settings before policy versions', 'migration', now(), 'migration', now(), 'migration', now()
        from "tenant_policy"
       where "transaction_thresholds" is not null or "account_thresholds" is not null
          or "case_settings" is not null or "rule_overrides" <> '{}'::jsonb`);
    this.addSql(`update "tenant_policy" tp set "live_version" = 1, "test_version" = 1
      where exists (select 1 from "policy_version" v where v."tenant_id" = tp."tenant_id")`);
    this.addSql(
      `alter table "tenant_policy" drop column "transaction_thresholds", drop column "account_thresholds", drop column "case_settings", drop column "rule_overrides"`,
    );
    this.addSql(`create table "platform_policy" (
      "id" smallint not null default 1 check ("id" = 1),
      "rule_overrides" jsonb not null,
      "updated_by" varchar(255) not null,
      "updated_at" timestamptz not null,
      constraint "platform_policy_pkey" primary key ("id"))`);
    this.addSql(
      `alter table "scored_event" add column "policy_version" int not null default 0, add column "snapshot" jsonb null`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "scored_event" drop column "policy_version", drop column "snapshot"`);
    this.addSql(`drop table "platform_policy"`);
    this.addSql(
      `alter table "tenant_policy" add column "transaction_thresholds" jsonb null, add column "account_thresholds" jsonb null, add column "case_settings" jsonb null, add column "rule_overrides" jsonb not null default '{}'::jsonb`,
    );
    this.addSql(`update "tenant_policy" tp set
        "transaction_thresholds" = v."document"->'transaction_thresholds',
        "account_thresholds" = v."document"->'account_thresholds',
        "case_settings" = v."document"->'case_settings',
        "rule_overrides" = coalesce(v."document"->'rule_overrides', '{}'::jsonb)
      from "policy_version" v where v."tenant_id" = tp."tenant_id" and v."number" = tp."live_version"`);
    this.addSql(
      `alter table "tenant_policy" drop column "live_version", drop column "test_version", drop column "require_approval"`,
    );
    this.addSql(`drop table "policy_version"`);
  }
}

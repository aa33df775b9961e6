import { Migration } from '@mikro-orm/migrations';

/**
 * Review cases: one per routed transaction (opened in the scoring transaction), their timeline,
 * and the tenant's case settings. Generated from the entities.
 */
export class Migration20261125200000Cases extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "review_case" ("id" uuid not null, "tenant_id" uuid not null, "mode" text check ("mode" in ('LIVE', 'TEST')) not null, "event_id" uuid not null, "user_id" varchar(255) not null, "decision" text check ("decision" in ('ALLOW', 'REVIEW', 'CHALLENGE', 'BLOCK')) not null, "risk_score" smallint not null, "amount_base" double precision null, "priority" text check ("priority" in ('CRITICAL', 'HIGH', 'MEDIUM', 'LOW')) not null, "priority_rank" smallint not null, "status" text check ("status" in ('OPEN', 'IN_REVIEW', 'RESOLVED')) not null default 'OPEN', "sla_due_at" timestamptz not null, "assignee_id" uuid null, "assigned_at" timestamptz null, "resolution_label" text check ("resolution_label" in ('TRUE_FRAUD', 'FALSE_POSITIVE', 'SUSPICIOUS', 'LEGITIMATE')) null, "resolution_confidence" text check ("resolution_confidence" in ('CONFIRMED', 'PROBABLE', 'POSSIBLE')) null, "resolution_note" varchar(2000) null, "resolved_by_id" uuid null, "resolved_by_label" varchar(255) null, "resolved_at" timestamptz null, "feedback_id" uuid null, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "review_case_pkey" primary key ("id"))`,
    );
    this.addSql(
      `create index "review_case_tenant_id_assignee_id_index" on "review_case" ("tenant_id", "assignee_id")`,
    );
    this.addSql(
      `create index "review_case_tenant_id_mode_status_priority_rank_cr_ff585_index" on "review_case" ("tenant_id", "mode", "status", "priority_rank", "created_at")`,
    );
    this.addSql(
      `alter table "review_case" add constraint "review_case_event_id_unique" unique ("event_id")`,
    );
    this.addSql(
      `create table "case_event" ("id" uuid not null, "tenant_id" uuid not null, "case_id" uuid not null, "type" text check ("type" in ('OPENED', 'ASSIGNED', 'UNASSIGNED', 'NOTE', 'RESOLVED')) not null, "actor_id" uuid null, "actor_label" varchar(255) not null, "note" varchar(2000) null, "data" jsonb null, "created_at" timestamptz not null, constraint "case_event_pkey" primary key ("id"))`,
    );
    this.addSql(
      `create index "case_event_case_id_created_at_index" on "case_event" ("case_id", "created_at")`,
    );
    this.addSql(
      `alter table "review_case" add constraint "review_case_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade on delete cascade`,
    );
    this.addSql(
      `alter table "review_case" add constraint "review_case_event_id_foreign" foreign key ("event_id") references "scored_event" ("id") on update cascade on delete cascade`,
    );
    this.addSql(
      `alter table "review_case" add constraint "review_case_assignee_id_foreign" foreign key ("assignee_id") references "app_user" ("id") on update cascade on delete set null`,
    );
    this.addSql(
      `alter table "case_event" add constraint "case_event_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade on delete cascade`,
    );
    this.addSql(
      `alter table "case_event" add constraint "case_event_case_id_foreign" foreign key ("case_id") references "review_case" ("id") on update cascade on delete cascade`,
    );
    this.addSql(`alter table "tenant_policy" add column "case_settings" jsonb null`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "tenant_policy" drop column "case_settings"`);
    this.addSql(`drop table if exists "case_event" cascade`);
    this.addSql(`drop table if exists "review_case" cascade`);
  }
}

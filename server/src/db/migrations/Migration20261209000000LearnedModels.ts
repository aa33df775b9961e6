import { Migration } from '@mikro-orm/migrations';

/**
 * Learning from labels: each scored transaction keeps the feature vector it was scored with
 * (what a model trains on), its unrounded score (what ranks events within one integer score)
 * the probability the tenant's model gave it, and when its fraud was reported (the deciding
 * feedback's time: recent reports are the strongest evidence on a recipient or a customer);
 * `model_version` holds the trained models.
 * At most one ACTIVE and one SHADOW model per tenant and mode.
 */
export class Migration20261209000000LearnedModels extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table "scored_event" add column "features" real[] null, add column "risk_score_exact" double precision null, add column "model_score" real null, add column "fraud_reported_at" timestamptz null`,
    );
    // Fraud reports by report time, per customer (PRIOR_FRAUD) and per recipient
    // (RECIPIENT_FLAGGED): a range scan of the last 7 days' reports. The predicates differ (each
    // names its own column) so that a look-up by recipient can never take the customers' index
    // on (tenant_id, mode) alone and filter every confirmed fraud of the tenant, which the
    // planner did with two identical predicates.
    this.addSql(
      `create index "scored_event_user_fraud_index" on "scored_event" ("tenant_id", "mode", "user_id", "fraud_reported_at") where "fraud_confirmed" and "user_id" is not null`,
    );
    this.addSql(`drop index "scored_event_recipient_fraud_index"`);
    this.addSql(
      `create index "scored_event_recipient_fraud_index" on "scored_event" ("tenant_id", "mode", "recipient_key", "fraud_reported_at") where "fraud_confirmed" and "recipient_key" is not null`,
    );
    // Frauds confirmed before this migration: reported when their first fraud feedback was.
    this.addSql(`update "scored_event" e set "fraud_reported_at" = d."occurred_at"
      from (select distinct on ("tenant_id", "event_id") "tenant_id", "event_id", "occurred_at"
              from "feedback"
             where "analyst_label" = 'TRUE_FRAUD' or "tenant_action" = 'CHARGEBACK'
             order by "tenant_id", "event_id", "occurred_at") d
     where e."fraud_confirmed" and e."tenant_id" = d."tenant_id" and e."id" = d."event_id"`);
    this.addSql(`create table "model_version" (
      "id" uuid not null,
      "tenant_id" uuid not null,
      "mode" text check ("mode" in ('LIVE', 'TEST')) not null,
      "number" int not null,
      "status" text check ("status" in ('TRAINING', 'READY', 'SHADOW', 'ACTIVE', 'RETIRED', 'FAILED')) not null,
      "algorithm" varchar(32) not null,
      "window_from" timestamptz not null,
      "window_to" timestamptz not null,
      "progress" real not null default 0,
      "events" int not null default 0,
      "frauds" int not null default 0,
      "validation" jsonb null,
      "features" jsonb null,
      "spec" jsonb null,
      "error" text null,
      "requested_by" varchar(255) not null,
      "created_at" timestamptz not null,
      "trained_at" timestamptz null,
      "activated_at" timestamptz null,
      constraint "model_version_pkey" primary key ("tenant_id", "id"))`);
    this.addSql(
      `alter table "model_version" add constraint "model_version_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on delete cascade`,
    );
    this.addSql(
      `create unique index "model_version_number_unique" on "model_version" ("tenant_id", "mode", "number")`,
    );
    this.addSql(
      `create unique index "model_version_live_unique" on "model_version" ("tenant_id", "mode", "status") where "status" in ('ACTIVE', 'SHADOW')`,
    );
    this.addSql(`alter table "tenant" add column "model_retrain_days" int null`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "tenant" drop column "model_retrain_days"`);
    this.addSql(`drop table "model_version"`);
    this.addSql(`drop index "scored_event_user_fraud_index"`);
    this.addSql(`drop index "scored_event_recipient_fraud_index"`);
    this.addSql(
      `create index "scored_event_recipient_fraud_index" on "scored_event" ("tenant_id", "mode", "recipient_key") where "fraud_confirmed"`,
    );
    this.addSql(
      `alter table "scored_event" drop column "features", drop column "risk_score_exact", drop column "model_score", drop column "fraud_reported_at"`,
    );
  }
}

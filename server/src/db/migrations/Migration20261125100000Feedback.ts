import { Migration } from '@mikro-orm/migrations';

/**
 * Feedback: integrators' outcomes and analysts' labels on scored transactions, with the copies of
 * decision, score and time that let metrics read this table alone; and a covering index over
 * scored events by time for the metrics and analytics windows. Generated from the entities.
 */
export class Migration20261125100000Feedback extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "feedback" ("id" uuid not null, "tenant_id" uuid not null, "mode" text check ("mode" in ('LIVE', 'TEST')) not null, "event_id" uuid not null, "feedback_type" text check ("feedback_type" in ('TENANT_ACTION', 'ANALYST_LABEL')) not null, "tenant_action" text check ("tenant_action" in ('APPROVE', 'DECLINE', 'MANUAL_REVIEW', 'CHARGEBACK', 'REFUND', 'CANCELLED')) null, "analyst_label" text check ("analyst_label" in ('TRUE_FRAUD', 'FALSE_POSITIVE', 'SUSPICIOUS', 'LEGITIMATE')) null, "confidence" text check ("confidence" in ('CONFIRMED', 'PROBABLE', 'POSSIBLE')) null, "notes" varchar(2000) null, "occurred_at" timestamptz not null, "idempotency_key" varchar(255) not null, "payload_hash" varchar(64) not null, "author_kind" text check ("author_kind" in ('USER', 'API_KEY')) not null, "author_id" uuid not null, "author_label" varchar(255) not null, "tx_decision" text check ("tx_decision" in ('ALLOW', 'REVIEW', 'CHALLENGE', 'BLOCK')) not null, "tx_risk_score" smallint not null, "tx_occurred_at" timestamptz not null, "created_at" timestamptz not null, constraint "feedback_pkey" primary key ("id"))`,
    );
    this.addSql(
      `create index "feedback_tenant_id_mode_tx_occurred_at_index" on "feedback" ("tenant_id", "mode", "tx_occurred_at")`,
    );
    this.addSql(
      `create index "feedback_tenant_id_mode_occurred_at_index" on "feedback" ("tenant_id", "mode", "occurred_at")`,
    );
    this.addSql(
      `create index "feedback_tenant_id_event_id_created_at_index" on "feedback" ("tenant_id", "event_id", "created_at")`,
    );
    this.addSql(
      `alter table "feedback" add constraint "feedback_tenant_id_idempotency_key_unique" unique ("tenant_id", "idempotency_key")`,
    );
    this.addSql(
      `alter table "feedback" add constraint "feedback_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade on delete cascade`,
    );
    this.addSql(
      `alter table "feedback" add constraint "feedback_event_id_foreign" foreign key ("event_id") references "scored_event" ("id") on update cascade on delete cascade`,
    );
    this.addSql(
      `create index "scored_event_metrics_index" on "scored_event" ("tenant_id", "mode", "kind", "occurred_at") include ("decision", "risk_score", "amount_base", "fraud_confirmed")`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "scored_event_metrics_index"`);
    this.addSql(`drop table if exists "feedback" cascade`);
  }
}

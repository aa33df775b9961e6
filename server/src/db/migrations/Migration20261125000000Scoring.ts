import { Migration } from '@mikro-orm/migrations';

/**
 * Scoring: scored events (the durable transactions), customers with running profiles,
 * sender→recipient and customer→device relationships, lists and tenant policy. Generated from the
 * entities and reviewed; the partial indexes serve the velocity and linkage look-ups by event time
 * and are declared on the entities as well, so the schema check stays exact.
 */
export class Migration20261125000000Scoring extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "scored_event" ("id" uuid not null, "tenant_id" uuid not null, "mode" text check ("mode" in ('LIVE', 'TEST')) not null, "kind" text check ("kind" in ('TRANSACTION', 'ACCOUNT')) not null, "user_id" varchar(255) not null, "reference" varchar(255) null, "payload_hash" varchar(64) not null, "occurred_at" timestamptz not null, "amount" double precision null, "currency" varchar(3) null, "amount_base" double precision null, "type" varchar(32) null, "channel" varchar(64) null, "device_id" varchar(255) null, "session_id" varchar(255) null, "ip" varchar(64) null, "email" varchar(255) null, "phone" varchar(32) null, "recipient_key" varchar(300) null, "country" varchar(2) null, "latitude" double precision null, "longitude" double precision null, "input" jsonb not null, "risk_score" smallint not null, "risk_level" text check ("risk_level" in ('LOW', 'MEDIUM', 'HIGH', 'CRITICAL')) not null, "decision" text check ("decision" in ('ALLOW', 'REVIEW', 'CHALLENGE', 'BLOCK')) not null, "result" jsonb not null, "processing_time_ms" real not null, "fraud_confirmed" boolean not null default false, "created_at" timestamptz not null, constraint "scored_event_pkey" primary key ("id"))`,
    );
    this.addSql(
      `create index "scored_event_tenant_id_mode_created_at_id_index" on "scored_event" ("tenant_id", "mode", "created_at", "id")`,
    );
    this.addSql(
      `create index "scored_event_tenant_id_mode_user_id_occurred_at_index" on "scored_event" ("tenant_id", "mode", "user_id", "occurred_at")`,
    );
    this.addSql(
      `create unique index "scored_event_reference_unique" on "scored_event" ("tenant_id", "mode", "reference") where "reference" is not null`,
    );
    this.addSql(
      `create index "scored_event_recipient_fraud_index" on "scored_event" ("tenant_id", "mode", "recipient_key") where "fraud_confirmed"`,
    );
    this.addSql(
      `create index "scored_event_device_index" on "scored_event" ("tenant_id", "mode", "device_id", "occurred_at") where "device_id" is not null`,
    );
    this.addSql(
      `create index "scored_event_ip_index" on "scored_event" ("tenant_id", "mode", "ip", "occurred_at") where "ip" is not null`,
    );
    this.addSql(
      `create index "scored_event_recipient_index" on "scored_event" ("tenant_id", "mode", "recipient_key", "occurred_at") where "recipient_key" is not null`,
    );
    this.addSql(
      `create index "scored_event_email_index" on "scored_event" ("tenant_id", "mode", "email", "occurred_at") where "email" is not null`,
    );
    this.addSql(
      `create index "scored_event_phone_index" on "scored_event" ("tenant_id", "mode", "phone", "occurred_at") where "phone" is not null`,
    );
    this.addSql(
      `create table "list_entry" ("id" uuid not null, "tenant_id" uuid not null, "mode" text check ("mode" in ('LIVE', 'TEST')) not null, "list" text check ("list" in ('ALLOW', 'DENY', 'WATCH')) not null, "kind" text check ("kind" in ('USER', 'EMAIL', 'EMAIL_DOMAIN', 'PHONE', 'IP', 'CIDR', 'DEVICE', 'RECIPIENT', 'COUNTRY')) not null, "value" varchar(300) not null, "reason" varchar(2000) null, "author_label" varchar(255) not null, "expires_at" timestamptz null, "created_at" timestamptz not null, "removed_at" timestamptz null, constraint "list_entry_pkey" primary key ("id"))`,
    );
    this.addSql(
      `create index "list_entry_tenant_id_mode_kind_value_index" on "list_entry" ("tenant_id", "mode", "kind", "value")`,
    );
    this.addSql(
      `create table "customer_recipient" ("tenant_id" uuid not null, "mode" text check ("mode" in ('LIVE', 'TEST')) not null, "user_id" varchar(255) not null, "recipient_key" varchar(300) not null, "times_sent" int not null, "total_amount" double precision not null, "first_sent_at" timestamptz not null, "last_sent_at" timestamptz not null, constraint "customer_recipient_pkey" primary key ("tenant_id", "mode", "user_id", "recipient_key"))`,
    );
    this.addSql(
      `create table "customer" ("id" uuid not null, "tenant_id" uuid not null, "mode" text check ("mode" in ('LIVE', 'TEST')) not null, "external_id" varchar(255) not null, "onboarded" boolean not null default false, "email" varchar(255) null, "phone" varchar(32) null, "country" varchar(2) null, "date_of_birth" date null, "account_opened_at" timestamptz null, "kyc_level" varchar(32) null, "segment" varchar(64) null, "tx_count" int not null default 0, "amount_mean" double precision not null default 0, "amount_m2" double precision not null default 0, "amount_max" double precision not null default 0, "amount_total" double precision not null default 0, "first_seen_at" timestamptz null, "last_seen_at" timestamptz null, "hour_histogram" jsonb not null, "patterns" jsonb not null, "recipient_count" int not null default 0, "last_latitude" double precision null, "last_longitude" double precision null, "last_located_at" timestamptz null, "fraud_count" int not null default 0, "chargeback_count" int not null default 0, "dispute_count" int not null default 0, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "customer_pkey" primary key ("id"))`,
    );
    this.addSql(
      `alter table "customer" add constraint "customer_tenant_id_mode_external_id_unique" unique ("tenant_id", "mode", "external_id")`,
    );
    this.addSql(
      `create table "customer_device" ("tenant_id" uuid not null, "mode" text check ("mode" in ('LIVE', 'TEST')) not null, "user_id" varchar(255) not null, "device_id" varchar(255) not null, "times_seen" int not null, "first_seen_at" timestamptz not null, "last_seen_at" timestamptz not null, constraint "customer_device_pkey" primary key ("tenant_id", "mode", "user_id", "device_id"))`,
    );
    this.addSql(
      `create table "tenant_policy" ("tenant_id" uuid not null, "base_currency" varchar(3) not null default 'USD', "currency_rates" jsonb not null, "transaction_thresholds" jsonb null, "account_thresholds" jsonb null, "rule_overrides" jsonb not null, "updated_at" timestamptz not null, constraint "tenant_policy_pkey" primary key ("tenant_id"))`,
    );
    this.addSql(
      `alter table "scored_event" add constraint "scored_event_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade on delete cascade`,
    );
    this.addSql(
      `alter table "list_entry" add constraint "list_entry_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade on delete cascade`,
    );
    this.addSql(
      `alter table "customer_recipient" add constraint "customer_recipient_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade on delete cascade`,
    );
    this.addSql(
      `alter table "customer" add constraint "customer_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade on delete cascade`,
    );
    this.addSql(
      `alter table "customer_device" add constraint "customer_device_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade on delete cascade`,
    );
    this.addSql(
      `alter table "tenant_policy" add constraint "tenant_policy_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade on delete cascade`,
    );
  }

  override async down(): Promise<void> {
    for (const table of [
      'list_entry',
      'scored_event',
      'customer_device',
      'customer_recipient',
      'customer',
      'tenant_policy',
    ]) {
      this.addSql(`drop table if exists "${table}" cascade;`);
    }
  }
}

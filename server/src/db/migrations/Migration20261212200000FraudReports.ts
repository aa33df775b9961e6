import { Migration } from '@mikro-orm/migrations';

/**
 * Confirmed frauds, one row per event, beside the event's own flag: a score reads the fraud
 * reported on its customer's and its recipient's transactions of the last 400 days, and on the
 * partitioned decision store that look-up walked a partial index in every month of the span
 * (in the card replay five B-tree descents per look-up, almost all finding nothing; fourteen
 * for a tenant keeping 13 months). Here it is one index range. Filled from the events confirmed
 * as fraud so far.
 */
export class Migration20261212200000FraudReports extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "fraud_report" ("tenant_id" uuid not null, "mode" text check ("mode" in ('LIVE', 'TEST')) not null, "event_id" uuid not null, "user_id" varchar(255) not null, "recipient_key" varchar(300) null, "occurred_at" timestamptz not null, "reported_at" timestamptz null, constraint "fraud_report_pkey" primary key ("tenant_id", "event_id"))`,
    );
    this.addSql(
      `create index "fraud_report_user_index" on "fraud_report" ("tenant_id", "mode", "user_id", "reported_at")`,
    );
    this.addSql(
      `create index "fraud_report_recipient_index" on "fraud_report" ("tenant_id", "mode", "recipient_key", "reported_at") where "recipient_key" is not null`,
    );
    this.addSql(
      `alter table "fraud_report" add constraint "fraud_report_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on delete cascade`,
    );
    this.addSql(
      `insert into "fraud_report" ("tenant_id", "mode", "event_id", "user_id", "recipient_key", "occurred_at", "reported_at")
       select "tenant_id", "mode", "id", "user_id", "recipient_key", "occurred_at", "fraud_reported_at"
         from "scored_event" where "fraud_confirmed"`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table "fraud_report"`);
  }
}

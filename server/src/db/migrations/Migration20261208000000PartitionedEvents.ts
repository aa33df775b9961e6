import { Migration } from '@mikro-orm/migrations';

/** The secondary indexes of scored_event, by name, as they were before partitioning. */
const EVENT_INDEXES = [
  `create index "scored_event_tenant_id_mode_created_at_id_index" on "scored_event" ("tenant_id", "mode", "created_at", "id")`,
  `create index "scored_event_tenant_id_mode_user_id_occurred_at_index" on "scored_event" ("tenant_id", "mode", "user_id", "occurred_at")`,
  `create index "scored_event_recipient_fraud_index" on "scored_event" ("tenant_id", "mode", "recipient_key") where "fraud_confirmed"`,
  `create index "scored_event_device_index" on "scored_event" ("tenant_id", "mode", "device_id", "occurred_at") where "device_id" is not null`,
  `create index "scored_event_ip_index" on "scored_event" ("tenant_id", "mode", "ip", "occurred_at") where "ip" is not null`,
  `create index "scored_event_recipient_index" on "scored_event" ("tenant_id", "mode", "recipient_key", "occurred_at") where "recipient_key" is not null`,
  `create index "scored_event_email_index" on "scored_event" ("tenant_id", "mode", "email", "occurred_at") where "email" is not null`,
  `create index "scored_event_phone_index" on "scored_event" ("tenant_id", "mode", "phone", "occurred_at") where "phone" is not null`,
  `create index "scored_event_metrics_index" on "scored_event" ("tenant_id", "mode", "kind", "occurred_at") include ("decision", "risk_score", "amount_base", "fraud_confirmed")`,
];

/**
 * The decision store becomes a table partitioned by month of `occurred_at`, so old months can be
 * dropped whole (retention) and recent months stay small. Runs on databases that already hold
 * events: a partitioned copy is built beside the old table with one partition per month present
 * in the data plus the previous month to three months ahead, the rows are copied, and the copy
 * takes the old table's name and index names.
 *
 * There is no DEFAULT partition: a row in it would stop a later month's partition from being
 * created (PostgreSQL refuses a new partition whose range holds rows of the default one), and the
 * server creates the months it needs before writing (see db/partitions.ts).
 *
 * The primary key becomes (tenant_id, id, occurred_at): a unique key on a partitioned table must
 * contain the partition key. Two consequences:
 * - feedback.event_id and review_case.event_id can no longer reference scored_event (no unique
 *   key on id alone). Their foreign keys are dropped; the server writes an event and its case in
 *   one statement and checks the event before writing feedback, and retention deletes the
 *   dependents of the events it removes.
 * - The unique index on (tenant_id, mode, reference) cannot exist either, since it lacks
 *   occurred_at and a replay may carry another time. References move to `event_reference`,
 *   whose primary key keeps a duplicate reference a unique violation (23505) exactly as before.
 */
export class Migration20261208000000PartitionedEvents extends Migration {
  override async up(): Promise<void> {
    this.addSql(`lock table "scored_event" in access exclusive mode`);
    this.addSql(
      `create table "scored_event_partitioned" (like "scored_event" including defaults including constraints) partition by range ("occurred_at")`,
    );
    this.addSql(`do $$
      declare m date;
      begin
        for m in
          select distinct date_trunc('month', "occurred_at" at time zone 'UTC')::date from "scored_event"
          union
          select (date_trunc('month', now() at time zone 'UTC') + make_interval(months => k))::date
            from generate_series(-1, 3) as k
        loop
          execute format('create table %I partition of "scored_event_partitioned" for values from (%L) to (%L)',
            'scored_event_y' || to_char(m, 'YYYY') || 'm' || to_char(m, 'MM'),
            to_char(m, 'YYYY-MM-DD') || ' 00:00:00+00',
            to_char((m + interval '1 month')::date, 'YYYY-MM-DD') || ' 00:00:00+00');
        end loop;
      end $$`);
    this.addSql(`insert into "scored_event_partitioned" select * from "scored_event"`);
    this.addSql(
      `create table "event_reference" ("tenant_id" uuid not null, "mode" text check ("mode" in ('LIVE', 'TEST')) not null, "reference" varchar(255) not null, "event_id" uuid not null, "payload_hash" varchar(64) not null, "occurred_at" timestamptz not null, "created_at" timestamptz not null, constraint "event_reference_pkey" primary key ("tenant_id", "mode", "reference"))`,
    );
    this.addSql(
      `insert into "event_reference" ("tenant_id", "mode", "reference", "event_id", "payload_hash", "occurred_at", "created_at")
        select "tenant_id", "mode", "reference", "id", "payload_hash", "occurred_at", "created_at"
        from "scored_event" where "reference" is not null`,
    );
    this.addSql(
      `alter table "event_reference" add constraint "event_reference_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on delete cascade`,
    );
    this.addSql(`alter table "feedback" drop constraint "feedback_event_id_foreign"`);
    this.addSql(`alter table "review_case" drop constraint "review_case_event_id_foreign"`);
    this.addSql(`drop table "scored_event"`);
    this.addSql(`alter table "scored_event_partitioned" rename to "scored_event"`);
    this.addSql(
      `alter table "scored_event" add constraint "scored_event_pkey" primary key ("tenant_id", "id", "occurred_at")`,
    );
    this.addSql(
      `alter table "scored_event" add constraint "scored_event_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on delete cascade`,
    );
    for (const sql of EVENT_INDEXES) this.addSql(sql);
  }

  override async down(): Promise<void> {
    this.addSql(
      `create table "scored_event_plain" (like "scored_event" including defaults including constraints)`,
    );
    this.addSql(`insert into "scored_event_plain" select * from "scored_event"`);
    this.addSql(`drop table "scored_event" cascade`);
    this.addSql(`alter table "scored_event_plain" rename to "scored_event"`);
    this.addSql(`alter table "scored_event" add constraint "scored_event_pkey" primary key ("id")`);
    this.addSql(
      `alter table "scored_event" add constraint "scored_event_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade on delete cascade`,
    );
    for (const sql of EVENT_INDEXES) this.addSql(sql);
    this.addSql(
      `create unique index "scored_event_reference_unique" on "scored_event" ("tenant_id", "mode", "reference") where "reference" is not null`,
    );
    this.addSql(
      `alter table "feedback" add constraint "feedback_event_id_foreign" foreign key ("event_id") references "scored_event" ("id") on update cascade on delete cascade`,
    );
    this.addSql(
      `alter table "review_case" add constraint "review_case_event_id_foreign" foreign key ("event_id") references "scored_event" ("id") on update cascade on delete cascade`,
    );
    this.addSql(`drop table if exists "event_reference"`);
  }
}

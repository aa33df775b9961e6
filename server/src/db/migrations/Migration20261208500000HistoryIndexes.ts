import { Migration } from '@mikro-orm/migrations';

/**
 * Scoring reads each entity's history through that entity's own index, whatever the planner
 * knows. Before statistics exist (a new table, autovacuum off, or a plan cached by a connection
 * opened on an empty table) every index led by (tenant_id, mode) is estimated at one row, and the
 * planner used to pick the transaction-list or metrics index for the per-user and per-recipient
 * windows: each scored event then read the tenant's whole history. The indexes kept for lists,
 * metrics and per-user reads are made partial on a condition their readers state and the
 * enrichment's look-ups never imply, so the enrichment can only use the per-entity indexes.
 */
export class Migration20261208500000HistoryIndexes extends Migration {
  override async up(): Promise<void> {
    // Transaction lists filter by kind and page newest first by (created_at, id).
    this.addSql(`drop index if exists "scored_event_tenant_id_mode_created_at_id_index"`);
    this.addSql(
      `create index "scored_event_list_index" on "scored_event" ("tenant_id", "mode", "kind", "created_at", "id") where "kind" is not null`,
    );
    // Metrics read transactions by event time, always within a range of it (which a look-up of
    // one transaction by id never states).
    this.addSql(`drop index if exists "scored_event_metrics_index"`);
    this.addSql(
      `create index "scored_event_metrics_index" on "scored_event" ("tenant_id", "mode", "occurred_at") include ("decision", "risk_score", "amount_base", "fraud_confirmed") where "kind" = 'TRANSACTION' and "occurred_at" is not null`,
    );
    // A user's events: usable only by a query naming the user.
    this.addSql(`drop index if exists "scored_event_tenant_id_mode_user_id_occurred_at_index"`);
    this.addSql(
      `create index "scored_event_user_index" on "scored_event" ("tenant_id", "mode", "user_id", "occurred_at") where "user_id" is not null`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "scored_event_user_index"`);
    this.addSql(
      `create index "scored_event_tenant_id_mode_user_id_occurred_at_index" on "scored_event" ("tenant_id", "mode", "user_id", "occurred_at")`,
    );
    this.addSql(`drop index if exists "scored_event_metrics_index"`);
    this.addSql(
      `create index "scored_event_metrics_index" on "scored_event" ("tenant_id", "mode", "kind", "occurred_at") include ("decision", "risk_score", "amount_base", "fraud_confirmed")`,
    );
    this.addSql(`drop index if exists "scored_event_list_index"`);
    this.addSql(
      `create index "scored_event_tenant_id_mode_created_at_id_index" on "scored_event" ("tenant_id", "mode", "created_at", "id")`,
    );
  }
}

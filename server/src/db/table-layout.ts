/**
 * Where each table of the `public` schema lives once the database is sharded by tenant with
 * Citus. Read by `warden citus distribute` and by the schema invariants test, which fails on a
 * table missing here.
 */

/** Tenant tables: sharded by tenant_id and co-located, so a tenant's joins stay on one node. */
export const DISTRIBUTED_TABLES = [
  'scored_event',
  'event_reference',
  'fraud_report',
  'customer',
  'customer_device',
  'customer_recipient',
  'list_entry',
  'tenant_policy',
  'feedback',
  'review_case',
  'case_event',
  'webhook_endpoint',
  'webhook_delivery',
  'audit_entry',
  'model_version',
  'policy_version',
] as const;

/** Platform tables, small and read by every tenant: copied whole to every node. */
export const REFERENCE_TABLES = [
  'tenant',
  'app_user',
  'api_key',
  'reputation_entry',
  'platform_policy',
] as const;

/** Tables that stay on the coordinator only: per-process bookkeeping, never joined to tenants. */
export const LOCAL_TABLES = [
  'login_failure',
  'login_lockout',
  'rate_limit_counter',
  'mikro_orm_migrations',
] as const;

/** The column every distributed table is sharded by. */
export const DISTRIBUTION_COLUMN = 'tenant_id';

/**
 * The table the others are co-located with. `create_distributed_table` is called on it first,
 * then on the rest with `colocate_with => 'scored_event'`.
 */
export const COLOCATION_ANCHOR = 'scored_event';

export type TableKind = 'distributed' | 'reference' | 'local';

/** The table's kind, or null when it is not classified. */
export function tableKind(name: string): TableKind | null {
  if ((DISTRIBUTED_TABLES as readonly string[]).includes(name)) return 'distributed';
  if ((REFERENCE_TABLES as readonly string[]).includes(name)) return 'reference';
  if ((LOCAL_TABLES as readonly string[]).includes(name)) return 'local';
  return null;
}

/**
 * scored_event's per-entity indexes, which every score's look-ups walk (see enrichment.ts): one
 * per entity a window, a history or a linkage is kept for, partial on the entity being known.
 */
export const PER_ENTITY_INDEXES = [
  ['user', 'user_id'],
  ['device', 'device_id'],
  ['ip', 'ip'],
  ['recipient', 'recipient_key'],
  ['email', 'email'],
  ['phone', 'phone'],
] as const;

/**
 * What the look-ups read besides the key, carried in the index so they need not visit the table:
 * the kind they keep to, the amount they sum and the fraud evidence they count; the other
 * entities' look-ups also read the user (linkage and fan-in count distinct users).
 */
export const USER_INDEX_INCLUDE = ['kind', 'amount_base', 'fraud_confirmed', 'fraud_reported_at'];
export const ENTITY_INDEX_INCLUDE = [...USER_INDEX_INCLUDE, 'user_id'];

/** The index on (tenant, mode, entity, event time) of one entity. */
export function perEntityIndex(name: string, column: string, include: readonly string[]): string {
  const covering = include.length ? ` include (${include.map((c) => `"${c}"`).join(', ')})` : '';
  return `create index "scored_event_${name}_index" on "scored_event" ("tenant_id", "mode", "${column}", "occurred_at")${covering} where "${column}" is not null`;
}

/**
 * SQL fragments for `event_reference`, the table that keeps scoring idempotent by reference now
 * that scored_event is partitioned by month (a unique index there would have to include the
 * event time, and a replay may carry another time).
 */

/**
 * A CTE body for the batch write (persist.ts): the references of the batch's events. A reference
 * stored by a concurrent call raises a unique violation (23505), which the scoring service
 * answers by running the batch again, now as a replay.
 */
export const INSERT_EVENT_REFERENCES = `
  insert into event_reference (tenant_id, mode, reference, event_id, payload_hash, occurred_at,
    created_at)
  select $tenant, $mode, e.reference, e.id, e.payload_hash, e.occurred_at, e.created_at
  from jsonb_to_recordset($events::jsonb) as e(id uuid, reference text, payload_hash text,
    occurred_at timestamptz, created_at timestamptz)
  where e.reference is not null
  returning 1`;

/** The stored event of a reference (`{ id, hash }` or null), for the enrichment read. */
export function existingReference(reference: string): string {
  return `(select jsonb_build_object('id', event_id, 'hash', payload_hash) from event_reference
       where tenant_id = $tenant and mode = $mode and reference = ${reference})`;
}

/**
 * Deletes the references of the events in relation `events` (a CTE or partition name with
 * tenant_id, mode, reference and id columns), for retention.
 */
export function deleteReferencesOf(events: string): string {
  return `delete from event_reference r using ${events} d
  where d.reference is not null and r.tenant_id = d.tenant_id and r.mode = d.mode
    and r.reference = d.reference and r.event_id = d.id`;
}

import { Sql } from '../../db/executor.js';
import { deleteCasesOf } from '../cases/case.store.js';
import { deleteFeedbackOf } from '../feedback/feedback.store.js';
import { deleteReferencesOf } from '../scoring/event-reference.store.js';
import { deleteFraudReportsOf } from '../scoring/fraud-report.store.js';
import { deleteEventsOf } from '../scoring/scored-event.store.js';

/**
 * Retention's statements, composed from the owners' fragments: events go with the rows that
 * point at them (their references, fraud reports, review cases with their case events,
 * feedback). Webhook deliveries only carry a copy of the event and stay.
 */

/** scored_event's partitions, by name. */
export const LIST_PARTITIONS = new Sql(`
  select c.relname as name from pg_inherits i join pg_class c on c.oid = i.inhrelid
  where i.inhparent = 'scored_event'::regclass order by 1`);

/**
 * The dependents of every event of one partition, deleted before the partition is dropped (its
 * name is computed from a month, never user input).
 */
export function deletePartitionDependents(partition: string): Sql[] {
  const events = `"${partition}"`;
  return [
    deleteReferencesOf(events),
    deleteFraudReportsOf(events),
    deleteCasesOf(events),
    deleteFeedbackOf(events),
  ].map((text) => new Sql(text, { once: true }));
}

/** How long a drop waits for its partition's lock before giving up for this run. */
export const DROP_LOCK_TIMEOUT = new Sql("set local lock_timeout = '5s'");

/**
 * Locks one partition against every reader and writer of its month (other months go on); the
 * drop itself takes scored_event's lock only at the end, for an instant.
 */
export function lockPartition(partition: string): Sql {
  return new Sql(`lock table "${partition}" in access exclusive mode`, { once: true });
}

/** Drops one partition. */
export function dropPartition(partition: string): Sql {
  return new Sql(`drop table "${partition}"`, { once: true });
}

/** Whether one partition holds any row. */
export function partitionUsed(partition: string): Sql {
  return new Sql(`select exists (select 1 from "${partition}") as used`, { once: true });
}

/** Counts of what dropping one partition removes. */
export function countPartition(partition: string): Sql {
  return new Sql(
    `select
    (select count(*) from "${partition}")::int as events,
    (select count(*) from event_reference r join "${partition}" e on e.reference is not null
      and r.tenant_id = e.tenant_id and r.mode = e.mode and r.reference = e.reference
      and r.event_id = e.id)::int as "references",
    (select count(*) from review_case c join "${partition}" e
      on c.tenant_id = e.tenant_id and c.event_id = e.id)::int as cases,
    (select count(*) from feedback f join "${partition}" e
      on f.tenant_id = e.tenant_id and f.event_id = e.id)::int as feedback`,
    { once: true },
  );
}

/** Tenants with a retention setting. */
export const TENANTS_WITH_RETENTION = new Sql(
  'select id, retention_months from tenant where retention_months is not null order by id',
);

/**
 * One chunk of a tenant's events older than `$cutoff`, deleted with their dependents in one
 * statement; returns how many events went.
 */
export const DELETE_TENANT_CHUNK = new Sql(`
with doomed as (
  select tenant_id, id, mode, reference from scored_event
  where tenant_id = $tenant and occurred_at < $cutoff limit $chunk
), refs as (${deleteReferencesOf('doomed')}
), frauds as (${deleteFraudReportsOf('doomed')}
), cases as (${deleteCasesOf('doomed')}
), fb as (${deleteFeedbackOf('doomed')}
), ev as (${deleteEventsOf('doomed')}
)
select count(*)::int as deleted from ev`);

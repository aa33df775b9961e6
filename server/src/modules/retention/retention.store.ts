/**
 * SQL of retention. Events are removed with the rows that point at them: their references,
 * review cases (case_event rows follow through their foreign key) and feedback. Webhook
 * deliveries only carry a copy of the event and stay.
 */

/** scored_event's partitions, by name. */
export const LIST_PARTITIONS = `
  select c.relname as name from pg_inherits i join pg_class c on c.oid = i.inhrelid
  where i.inhparent = 'scored_event'::regclass order by 1`;

/** The dependents of every event of one partition (its name is interpolated, never user input). */
export function deletePartitionDependents(partition: string): string[] {
  return [
    `delete from event_reference r using "${partition}" e
      where e.reference is not null and r.tenant_id = e.tenant_id and r.mode = e.mode
        and r.reference = e.reference and r.event_id = e.id`,
    `delete from review_case c using "${partition}" e
      where c.tenant_id = e.tenant_id and c.event_id = e.id`,
    `delete from feedback f using "${partition}" e
      where f.tenant_id = e.tenant_id and f.event_id = e.id`,
  ];
}

/** Counts of what dropping one partition removes. */
export function countPartition(partition: string): string {
  return `select
    (select count(*) from "${partition}")::int as events,
    (select count(*) from event_reference r join "${partition}" e on e.reference is not null
      and r.tenant_id = e.tenant_id and r.mode = e.mode and r.reference = e.reference
      and r.event_id = e.id)::int as "references",
    (select count(*) from review_case c join "${partition}" e
      on c.tenant_id = e.tenant_id and c.event_id = e.id)::int as cases,
    (select count(*) from feedback f join "${partition}" e
      on f.tenant_id = e.tenant_id and f.event_id = e.id)::int as feedback`;
}

/**
 * One chunk of a tenant's events older than the cutoff, deleted with their dependents in one
 * statement. Parameters: tenant id, cutoff, chunk size. Returns how many events went.
 */
export const DELETE_TENANT_CHUNK = `
with doomed as (
  select tenant_id, id, mode, reference from scored_event
  where tenant_id = ? and occurred_at < ? limit ?
), refs as (
  delete from event_reference r using doomed d
  where d.reference is not null and r.tenant_id = d.tenant_id and r.mode = d.mode
    and r.reference = d.reference and r.event_id = d.id
), cases as (
  delete from review_case c using doomed d where c.tenant_id = d.tenant_id and c.event_id = d.id
), fb as (
  delete from feedback f using doomed d where f.tenant_id = d.tenant_id and f.event_id = d.id
), ev as (
  delete from scored_event e using doomed d
  where e.tenant_id = d.tenant_id and e.id = d.id and e.occurred_at < ?
  returning 1
)
select count(*)::int as deleted from ev`;

import { sqlInterval } from '../../engine/windows.js';

/**
 * All SQL of `fraud_report`, the confirmed frauds beside their events' own flags: the fragments
 * that keep it in step with scored_event's flag (composed into the flag's statement), the
 * look-up scoring makes, and retention's delete.
 */

/**
 * Keeps fraud_report in step with `updated`, a CTE of the events whose flag was just set
 * (tenant_id, mode, id, user_id, recipient_key, occurred_at, fraud_confirmed,
 * fraud_reported_at): a confirmed event gets or updates its row, any other loses it. Two CTE
 * bodies, `reported` and `withdrawn`, for the flag's statement.
 */
export function keepFraudReports(updated: string): string {
  return `reported as (
      insert into fraud_report (tenant_id, mode, event_id, user_id, recipient_key, occurred_at,
        reported_at)
      select tenant_id, mode, id, user_id, recipient_key, occurred_at, fraud_reported_at
        from ${updated} where fraud_confirmed
      on conflict (tenant_id, event_id) do update set reported_at = excluded.reported_at
      returning 1),
    withdrawn as (
      delete from fraud_report r using ${updated} u
       where not u.fraud_confirmed and r.tenant_id = u.tenant_id and r.event_id = u.id
      returning 1)`;
}

/**
 * Fraud reported on an entity's transactions up to the event (`all`) and in the `recentMs`
 * before it (`r7`), by when it was reported, over the events of the last `spanMs`: a
 * correlated sub-select for the enrichment, where `i.t` is the event's time. `column` is
 * user_id or recipient_key.
 */
export function reportsOf(
  column: 'user_id' | 'recipient_key',
  value: string,
  recentMs: number,
  spanMs: number,
): string {
  return `
  (select jsonb_build_object(
      'r7', count(*) filter (where reported_at > i.t - ${sqlInterval(recentMs)}),
      'all', count(*))
     from fraud_report
    where tenant_id = $tenant and mode = $mode and ${column} = ${value}
      and reported_at <= i.t and occurred_at > i.t - ${sqlInterval(spanMs)})`;
}

/**
 * Deletes the fraud reports of the events in relation `events` (a CTE or partition name with
 * tenant_id and id columns), for retention.
 */
export function deleteFraudReportsOf(events: string): string {
  return `delete from fraud_report r using ${events} d
  where r.tenant_id = d.tenant_id and r.event_id = d.id`;
}

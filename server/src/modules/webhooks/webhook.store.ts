import { Sql } from '../../db/executor.js';

/**
 * All SQL of the webhook module: deliveries are written here (also as a fragment inside the
 * transactions of the events they announce) and claimed and settled by the dispatcher.
 * Endpoints are persisted through their MikroORM entity (the entity is their store).
 */

/**
 * Writes one delivery per subscribed, enabled endpoint for each event in `$hooks` (a JSON list
 * of `{ event_type, payload }`), for tenant `$tenant` and mode `$mode`. A fragment (a CTE body)
 * for the write of the event itself, so an event and its deliveries commit together.
 */
export const INSERT_DELIVERIES = `
  insert into webhook_delivery (id, tenant_id, endpoint_id, event_type, payload, status, attempts, created_at)
  select gen_random_uuid(), $tenant, w.id, h.event_type, h.payload, 'PENDING', 0, now()
    from jsonb_to_recordset($hooks::jsonb) as h(event_type text, payload jsonb)
    join webhook_endpoint w on w.tenant_id = $tenant and w.mode = $mode and w.disabled_at is null
     and jsonb_exists(w.events, h.event_type)
  returning 1`;

/** {@link INSERT_DELIVERIES} on its own; returns `{ n }`, the deliveries written. */
export const DELIVER = new Sql(
  `with hooks as (${INSERT_DELIVERIES}) select count(*)::int as n from hooks`,
);

/**
 * The event types some enabled endpoint of `$tenant` / `$mode` subscribes to, as an SQL
 * expression (a JSON list): scoring reads it with the other facts of a score, in the same
 * statement, so the write carries only the events someone will receive and wakes the dispatchers
 * only then.
 */
export const SUBSCRIBED_TYPES = `(
  select coalesce(jsonb_agg(distinct e), '[]'::jsonb)
    from webhook_endpoint w cross join jsonb_array_elements_text(w.events) as e
   where w.tenant_id = $tenant and w.mode = $mode and w.disabled_at is null)`;

/** The event types read through {@link SUBSCRIBED_TYPES}. */
export function subscribedTypes(types: unknown): Set<string> {
  return new Set((types as string[] | null | undefined) ?? []);
}

/** Tenants with pending deliveries nobody queued (or lost long ago). */
export const TENANTS_WITH_PENDING = new Sql(`
  select distinct tenant_id from webhook_delivery
   where status = 'PENDING' and (queued_at is null or queued_at < now() - interval '15 minutes')`);

/**
 * Marks up to `$limit` of one tenant's pending deliveries nobody queued (or lost long ago) as
 * queued; their ids. Per tenant, so that on Citus the claim (and its FOR UPDATE) stays on the
 * tenant's shard.
 */
export const CLAIM_PENDING = new Sql(`
  update webhook_delivery set queued_at = now()
   where tenant_id = $tenant
     and id in (select id from webhook_delivery
                 where tenant_id = $tenant and status = 'PENDING'
                   and (queued_at is null or queued_at < now() - interval '15 minutes')
                 order by created_at limit $limit for update skip locked)
   returning id`);

/** One delivery with what its attempt needs from the endpoint. */
export const DELIVERY_FOR_ATTEMPT = new Sql(`
  select d.id, d.status, d.event_type, d.payload, e.url, e.secret, e.disabled_at
    from webhook_delivery d
    join webhook_endpoint e on e.tenant_id = d.tenant_id and e.id = d.endpoint_id
   where d.id = $id`);

/** Records an attempt: `$outcome` is delivered, failed or retry (stays PENDING). */
export const RECORD_ATTEMPT = new Sql(`
  update webhook_delivery set attempts = attempts + 1, last_status_code = $status,
    last_error = $error, last_attempt_at = now(),
    status = case $outcome::text when 'delivered' then 'DELIVERED' when 'failed' then 'FAILED'
             else 'PENDING' end,
    delivered_at = case when $outcome::text = 'delivered' then now() else delivered_at end
  where id = $id`);

/** One webhook event before it is fanned out to endpoints. */
export interface HookEvent {
  event_type: string;
  payload: Record<string, unknown>;
}

export function hookEvent(type: string, data: Record<string, unknown>, at = new Date()): HookEvent {
  return { event_type: type, payload: { type, createdAt: at.toISOString(), data } };
}

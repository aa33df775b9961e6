/**
 * Writes one delivery per subscribed, enabled endpoint for each event in `$hooks` (a JSON list
 * of `{ event_type, payload }`), for tenant `$tenant` and mode `$mode`. Used inside the
 * transaction of the event itself (a CTE of the scoring write, the case resolution), so an
 * event and its deliveries commit together.
 */
export const INSERT_DELIVERIES = `
  insert into webhook_delivery (id, tenant_id, endpoint_id, event_type, payload, status, attempts, created_at)
  select gen_random_uuid(), $tenant, w.id, h.event_type, h.payload, 'PENDING', 0, now()
    from jsonb_to_recordset($hooks::jsonb) as h(event_type text, payload jsonb)
    join webhook_endpoint w on w.tenant_id = $tenant and w.mode = $mode and w.disabled_at is null
     and jsonb_exists(w.events, h.event_type)
  returning 1`;

/** One webhook event before it is fanned out to endpoints. */
export interface HookEvent {
  event_type: string;
  payload: Record<string, unknown>;
}

export function hookEvent(type: string, data: Record<string, unknown>, at = new Date()): HookEvent {
  return { event_type: type, payload: { type, createdAt: at.toISOString(), data } };
}

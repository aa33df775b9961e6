import { QUEUE_EVENT_TYPES, type QueueEventType } from '../domain/cases.js';
import type { Mode } from '../domain/modes.js';
import { Sql, bind, type Bound } from './executor.js';
import { PgListener, type ListenerOptions } from './listener.js';

/**
 * How replicas tell each other about changes: every channel, its payload format, the statement
 * that announces and the subscription that hears, in this one module. Today it is PostgreSQL
 * NOTIFY/LISTEN: a notice sent inside a transaction is delivered to every replica when that
 * transaction commits, never when it rolls back. Moving to another bus (NATS…) means replacing
 * this module only.
 *
 * Notices are sent as statements of their own (never from inside a CTE: a distributed
 * PostgreSQL such as Citus cannot run pg_notify there), placed in the same round-trip as the
 * writes they announce.
 */

/** A channel and the payload it carries. */
export interface Channel<P> {
  readonly name: string;
  encode(payload: P): string;
  /** The payload, or null when the text is not one this channel carries. */
  decode(text: string): P | null;
}

/** A channel whose payload is a plain identifier (or empty). */
function idChannel(name: string): Channel<string> {
  return { name, encode: (id) => id, decode: (text) => text };
}

/** A key was revoked: payload is the key's id; every replica's key cache forgets it. */
export const API_KEY_CHANNEL = idChannel('warden_api_key');

/** A tenant was enabled or disabled: payload is the tenant's id. */
export const TENANT_CHANNEL = idChannel('warden_tenant');

/** Deliveries were written: payload empty; wakes every replica's webhook dispatcher. */
export const WEBHOOK_CHANNEL = idChannel('warden_webhook');

/** What a case change announces; subscribers load the case itself. */
export interface CaseNotice {
  type: QueueEventType;
  tenantId: string;
  mode: Mode;
  caseId: string;
}

const QUEUE_TYPES = new Set<string>(QUEUE_EVENT_TYPES);

/** A review case was opened, updated or resolved. */
export const CASE_CHANNEL: Channel<CaseNotice> = {
  name: 'warden_case',
  encode: (n) =>
    JSON.stringify({ type: n.type, tenantId: n.tenantId, mode: n.mode, caseId: n.caseId }),
  decode: (text) => {
    let v: Partial<CaseNotice> | null;
    try {
      v = JSON.parse(text) as Partial<CaseNotice> | null;
    } catch {
      return null;
    }
    if (
      typeof v !== 'object' ||
      v === null ||
      typeof v.type !== 'string' ||
      !QUEUE_TYPES.has(v.type) ||
      typeof v.tenantId !== 'string' ||
      (v.mode !== 'LIVE' && v.mode !== 'TEST') ||
      typeof v.caseId !== 'string'
    )
      return null;
    return { type: v.type, tenantId: v.tenantId, mode: v.mode, caseId: v.caseId };
  },
};

const NOTIFY = new Sql('select pg_notify($channel, $payload)');
const NOTIFY_EACH = new Sql(
  'select count(pg_notify($channel, p)) from jsonb_array_elements_text($payloads::jsonb) as p',
);

/** The statement announcing `payload` on `channel`, to send inside the transaction. */
export function notify<P>(channel: Channel<P>, payload: P): Bound {
  return bind(NOTIFY, { channel: channel.name, payload: channel.encode(payload) });
}

/**
 * One statement announcing every payload on `channel`, in order (none when `payloads` is
 * empty: nothing to send).
 */
export function notifyEach<P>(channel: Channel<P>, payloads: readonly P[]): Bound[] {
  if (payloads.length === 0) return [];
  if (payloads.length === 1) return [notify(channel, payloads[0]!)];
  return [
    bind(NOTIFY_EACH, {
      channel: channel.name,
      payloads: JSON.stringify(payloads.map((p) => channel.encode(p))),
    }),
  ];
}

/** A running subscription; `listening` is true while notices are being received. */
export interface Subscription {
  readonly listening: boolean;
  stop(): Promise<void>;
}

/**
 * Hears `channel` on a dedicated connection to `connectionString`, reconnecting when it is
 * lost (see the options: notices may be missed while down, so caches reset on `onUp`/`onDown`).
 * Payloads the channel does not recognise are dropped. Resolves once the first attempt is over.
 */
export async function listen<P>(
  connectionString: string,
  channel: Channel<P>,
  onMessage: (payload: P) => void,
  options: Omit<ListenerOptions, 'onMessage'> = {},
): Promise<Subscription> {
  const listener = new PgListener(connectionString, channel.name, {
    ...options,
    onMessage: (text) => {
      const payload = channel.decode(text);
      if (payload !== null) onMessage(payload);
    },
  });
  await listener.start();
  return listener;
}

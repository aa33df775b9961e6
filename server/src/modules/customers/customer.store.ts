import { Sql } from '../../db/executor.js';
import type { Profile } from '../scoring/profile-update.js';

/**
 * All SQL that writes customer, customer_recipient and customer_device: scoring's profile and
 * relationship upserts (fragments of its batch write), onboarding, and feedback's counters.
 * Onboarding details are then set through the customer's MikroORM entity.
 */

/**
 * Upserts each customer's running profile in `$customers` (see {@link profilesJson}) for
 * `$tenant` / `$mode` at `$now`: created when new (not onboarded), onboarding data untouched.
 * A fragment (a CTE body) of scoring's batch write.
 */
export const UPSERT_PROFILES = `
  insert into customer (id, tenant_id, mode, external_id, onboarded, tx_count, amount_mean, amount_m2,
    amount_max, amount_total, first_seen_at, last_seen_at, hour_histogram, patterns, recipient_count,
    last_latitude, last_longitude, last_located_at, fraud_count, chargeback_count, dispute_count,
    created_at, updated_at)
  select c.id, $tenant, $mode, c.external_id, false, c.tx_count, c.amount_mean, c.amount_m2, c.amount_max,
    c.amount_total, c.first_seen_at, c.last_seen_at, c.hour_histogram, c.patterns, c.recipient_count,
    c.last_latitude, c.last_longitude, c.last_located_at, 0, 0, 0, $now, $now
  from jsonb_to_recordset($customers::jsonb) as c(id uuid, external_id text, tx_count int,
    amount_mean float8, amount_m2 float8, amount_max float8, amount_total float8,
    first_seen_at timestamptz, last_seen_at timestamptz, hour_histogram jsonb, patterns jsonb,
    recipient_count int, last_latitude float8, last_longitude float8, last_located_at timestamptz)
  on conflict (tenant_id, mode, external_id) do update set
    tx_count = excluded.tx_count, amount_mean = excluded.amount_mean, amount_m2 = excluded.amount_m2,
    amount_max = excluded.amount_max, amount_total = excluded.amount_total,
    first_seen_at = excluded.first_seen_at, last_seen_at = excluded.last_seen_at,
    hour_histogram = excluded.hour_histogram, patterns = excluded.patterns,
    recipient_count = excluded.recipient_count, last_latitude = excluded.last_latitude,
    last_longitude = excluded.last_longitude, last_located_at = excluded.last_located_at,
    updated_at = excluded.updated_at
  returning 1`;

/**
 * Adds the sender→recipient sends in `$relationships` (see {@link contactsJson}) to the stored
 * relationships of `$tenant` / `$mode`. A fragment (a CTE body).
 */
export const ADD_RELATIONSHIPS = `
  insert into customer_recipient (tenant_id, mode, user_id, recipient_key, times_sent, total_amount,
    first_sent_at, last_sent_at)
  select $tenant, $mode, r.user_id, r.recipient_key, r.n, r.total, r.first_at, r.last_at
  from jsonb_to_recordset($relationships::jsonb) as r(user_id text, recipient_key text, n int,
    total float8, first_at timestamptz, last_at timestamptz)
  on conflict (tenant_id, mode, user_id, recipient_key) do update set
    times_sent = customer_recipient.times_sent + excluded.times_sent,
    total_amount = customer_recipient.total_amount + excluded.total_amount,
    first_sent_at = least(customer_recipient.first_sent_at, excluded.first_sent_at),
    last_sent_at = greatest(customer_recipient.last_sent_at, excluded.last_sent_at)
  returning 1`;

/**
 * Adds the customer→device sightings in `$devices` to the stored ones of `$tenant` / `$mode`.
 * A fragment (a CTE body).
 */
export const ADD_DEVICES = `
  insert into customer_device (tenant_id, mode, user_id, device_id, times_seen, first_seen_at, last_seen_at)
  select $tenant, $mode, d.user_id, d.device_id, d.n, d.first_at, d.last_at
  from jsonb_to_recordset($devices::jsonb) as d(user_id text, device_id text, n int,
    first_at timestamptz, last_at timestamptz)
  on conflict (tenant_id, mode, user_id, device_id) do update set
    times_seen = customer_device.times_seen + excluded.times_seen,
    first_seen_at = least(customer_device.first_seen_at, excluded.first_seen_at),
    last_seen_at = greatest(customer_device.last_seen_at, excluded.last_seen_at)
  returning 1`;

/** The `$customers` value of {@link UPSERT_PROFILES}: each customer's final profile. */
export function profilesJson(profiles: ReadonlyMap<string, Profile>): string {
  return JSON.stringify(
    [...profiles].map(([externalId, p]) => ({
      id: p.id,
      external_id: externalId,
      tx_count: p.stats.count,
      amount_mean: p.stats.mean,
      amount_m2: p.stats.m2,
      amount_max: p.stats.max,
      amount_total: p.stats.total,
      first_seen_at: p.firstSeenAt?.toISOString() ?? null,
      last_seen_at: p.lastSeenAt?.toISOString() ?? null,
      hour_histogram: p.histogram,
      patterns: p.patterns,
      recipient_count: p.recipientCount,
      last_latitude: p.lastLocation?.lat ?? null,
      last_longitude: p.lastLocation?.lon ?? null,
      last_located_at: p.lastLocation?.at.toISOString() ?? null,
    })),
  );
}

/** One scored event as relationships and devices count it. */
export interface Contact {
  userId: string;
  recipientKey: string | null;
  deviceId: string | null;
  at: Date;
  amountBase: number;
}

interface Pair {
  n: number;
  total: number;
  first: number;
  last: number;
}

function aggregate(map: Map<string, Pair>, key: string, at: number, amount: number): void {
  const p = map.get(key);
  if (p) {
    p.n += 1;
    p.total += amount;
    p.first = Math.min(p.first, at);
    p.last = Math.max(p.last, at);
  } else map.set(key, { n: 1, total: amount, first: at, last: at });
}

const SEP = '\u0000';

/**
 * The `$relationships` and `$devices` values of {@link ADD_RELATIONSHIPS} and
 * {@link ADD_DEVICES}: the batch's events aggregated per pair, one row each.
 */
export function contactsJson(contacts: readonly Contact[]): {
  relationships: string;
  devices: string;
} {
  const relationships = new Map<string, Pair>();
  const devices = new Map<string, Pair>();
  for (const c of contacts) {
    const at = c.at.getTime();
    if (c.recipientKey)
      aggregate(relationships, `${c.userId}${SEP}${c.recipientKey}`, at, c.amountBase);
    if (c.deviceId) aggregate(devices, `${c.userId}${SEP}${c.deviceId}`, at, 0);
  }
  const iso = (ms: number) => new Date(ms).toISOString();
  return {
    relationships: JSON.stringify(
      [...relationships].map(([key, p]) => {
        const [user_id, recipient_key] = key.split(SEP);
        return {
          user_id,
          recipient_key,
          n: p.n,
          total: p.total,
          first_at: iso(p.first),
          last_at: iso(p.last),
        };
      }),
    ),
    devices: JSON.stringify(
      [...devices].map(([key, p]) => {
        const [user_id, device_id] = key.split(SEP);
        return { user_id, device_id, n: p.n, first_at: iso(p.first), last_at: iso(p.last) };
      }),
    ),
  };
}

/**
 * Marks `$externalId` of `$tenant` / `$mode` onboarded, creating it with an empty profile when
 * scoring has not seen it yet (a profile it has is kept).
 */
export const ONBOARD = new Sql(`
  insert into customer (id, tenant_id, mode, external_id, onboarded, hour_histogram, patterns,
    created_at, updated_at)
  values (gen_random_uuid(), $tenant, $mode, $externalId, true, $histogram::jsonb,
    '{"channels":{},"countries":{}}'::jsonb, now(), now())
  on conflict (tenant_id, mode, external_id) do update set onboarded = true, updated_at = now()`);

/**
 * Adjusts a customer's evidence counters, for feedback: `$delta` is added to fraud_count (never
 * below zero) and `$chargeback` to chargeback_count, for `$user` of `$tenant` / `$mode`.
 */
export const ADJUST_COUNTERS = new Sql(`
  update customer set fraud_count = greatest(0, fraud_count + $delta),
    chargeback_count = chargeback_count + $chargeback, updated_at = now()
  where tenant_id = $tenant and mode = $mode and external_id = $user`);

import type { EntityManager } from '@mikro-orm/postgresql';
import { query } from '../../db/sql.js';
import type { Mode } from '../../domain/modes.js';
import { travel } from '../../engine/geo.js';
import type { ListMatch, ScoringContext, Window } from '../../engine/types.js';
import type { PolicyRow } from '../policy/policy.js';
import type { NormalizedTransaction } from './ingest.js';

/** The customer row as stored (snake_case). */
export interface CustomerRow {
  id: string;
  onboarded: boolean;
  country: string | null;
  account_opened_at: string | null;
  tx_count: number;
  amount_mean: number;
  amount_m2: number;
  amount_max: number;
  amount_total: number;
  first_seen_at: string | null;
  last_seen_at: string | null;
  hour_histogram: number[];
  patterns: { channels: Record<string, number>; countries: Record<string, number> };
  recipient_count: number;
  last_latitude: number | null;
  last_longitude: number | null;
  last_located_at: string | null;
  fraud_count: number;
}

interface WindowRow {
  c1h: number;
  s1h: number;
  c24h: number;
  s24h: number;
  small10m?: number;
}

interface EnrichmentRow {
  customer: CustomerRow | null;
  policy: PolicyRow | null;
  user_w: WindowRow;
  device_w: WindowRow | null;
  ip_w: WindowRow | null;
  recipient_w: WindowRow | null;
  users_per_device: number;
  users_per_ip: number;
  users_per_email: number;
  users_per_phone: number;
  session_device: string | null;
  device_known: boolean | null;
  relationship: { times_sent: number; first_sent_at: string; last_sent_at: string } | null;
  fan_in: number;
  recipient_fraud: number;
  lists: ListMatch[];
  existing: { id: string; hash: string } | null;
}

/** What enrichment read, for the engine and for persistence. */
export interface Enrichment {
  context: ScoringContext;
  customer: CustomerRow | null;
  policy: PolicyRow | null;
  /** An event already stored under the same reference (a retry). */
  existing: { id: string; hash: string } | null;
}

const window = (alias: string, column: string, extra = '') => `
  (select jsonb_build_object(
      'c1h', count(*) filter (where occurred_at > $t::timestamptz - interval '1 hour'),
      's1h', coalesce(sum(amount_base) filter (where occurred_at > $t::timestamptz - interval '1 hour'), 0),
      'c24h', count(*),
      's24h', coalesce(sum(amount_base), 0)${extra})
    from scored_event
   where tenant_id = $tenant and mode = $mode and ${column} = $${alias}
     and occurred_at > $t::timestamptz - interval '24 hours' and occurred_at <= $t::timestamptz)`;

const linkage = (alias: string, column: string) => `
  (select count(distinct user_id) from scored_event
    where tenant_id = $tenant and mode = $mode and ${column} = $${alias}
      and occurred_at > $t::timestamptz - interval '30 days' and occurred_at <= $t::timestamptz
      and user_id <> $user)`;

/** CARD_TESTING's small-amount parameter: the tenant's override, else the default. */
const SMALL_AMOUNT = `coalesce((select (rule_overrides #>> '{CARD_TESTING,params,smallAmount}')::float
   from tenant_policy where tenant_id = $tenant), $small)`;

/**
 * Stage 2 in one statement: the customer's profile, velocity windows per user / device / IP /
 * recipient, 30-day linkage, the sender→recipient relationship, the recipient's fan-in and fraud
 * history, list matches and the tenant's policy. Windows are by event time and end at the event.
 */
const ENRICHMENT_SQL = `
select
  (select to_jsonb(c) from customer c
    where c.tenant_id = $tenant and c.mode = $mode and c.external_id = $user) as customer,
  (select to_jsonb(p) from tenant_policy p where p.tenant_id = $tenant) as policy,
  ${window('user', 'user_id', `, 'small10m', count(*) filter (where occurred_at > $t::timestamptz - interval '10 minutes' and amount_base <= ${SMALL_AMOUNT})`)} as user_w,
  case when $device::text is null then null else ${window('device', 'device_id')} end as device_w,
  case when $ip::text is null then null else ${window('ip', 'ip')} end as ip_w,
  case when $recipient::text is null then null else ${window('recipient', 'recipient_key')} end as recipient_w,
  case when $device::text is null then 0 else ${linkage('device', 'device_id')} end as users_per_device,
  case when $ip::text is null then 0 else ${linkage('ip', 'ip')} end as users_per_ip,
  case when $email::text is null then 0 else ${linkage('email', 'email')} end as users_per_email,
  case when $phone::text is null then 0 else ${linkage('phone', 'phone')} end as users_per_phone,
  (select device_id from scored_event
    where tenant_id = $tenant and mode = $mode and user_id = $user and session_id = $session
      and device_id is not null and occurred_at <= $t::timestamptz
    order by occurred_at desc limit 1) as session_device,
  case when $device::text is null then null else exists (
    select 1 from customer_device
     where tenant_id = $tenant and mode = $mode and user_id = $user and device_id = $device) end as device_known,
  (select to_jsonb(r) from customer_recipient r
    where r.tenant_id = $tenant and r.mode = $mode and r.user_id = $user and r.recipient_key = $recipient) as relationship,
  case when $recipient::text is null then 0 else (
    select count(distinct user_id) from scored_event
     where tenant_id = $tenant and mode = $mode and recipient_key = $recipient and user_id <> $user
       and occurred_at > $t::timestamptz - interval '24 hours' and occurred_at <= $t::timestamptz) end as fan_in,
  case when $recipient::text is null then 0 else (
    select count(*) from scored_event
     where tenant_id = $tenant and mode = $mode and recipient_key = $recipient and fraud_confirmed) end as recipient_fraud,
  (select coalesce(jsonb_agg(jsonb_build_object('list', list, 'kind', kind, 'value', value, 'reason', reason)), '[]'::jsonb)
     from list_entry
    where tenant_id = $tenant and mode = $mode and removed_at is null
      and (expires_at is null or expires_at > now())
      and ((kind = 'USER' and value = $user)
        or (kind = 'DEVICE' and value = $device)
        or (kind = 'IP' and value = $ip)
        or (kind = 'CIDR' and $ip::text is not null and $ip::inet <<= value::inet)
        or (kind = 'EMAIL' and value = $email)
        or (kind = 'EMAIL_DOMAIN' and value = $domain)
        or (kind = 'PHONE' and value = $phone)
        or (kind = 'RECIPIENT' and value = $recipientValue)
        or (kind = 'COUNTRY' and value in ($country, $recipientCountry)))) as lists,
  (select jsonb_build_object('id', id, 'hash', payload_hash) from scored_event
    where tenant_id = $tenant and mode = $mode and reference = $reference) as existing
`;

function toWindow(row: WindowRow | null): Window | null {
  if (!row) return null;
  return {
    count1h: Number(row.c1h),
    sum1h: Number(row.s1h),
    count24h: Number(row.c24h),
    sum24h: Number(row.s24h),
  };
}

const date = (value: string | null) => (value ? new Date(value) : null);

/**
 * Reads everything the engine needs for `t` in one round-trip. Must run inside the transaction
 * that holds the customer's advisory lock, so counts include every committed earlier event.
 */
export async function enrich(
  em: EntityManager,
  tenantId: string,
  mode: Mode,
  t: NormalizedTransaction,
  /** Default small amount of CARD_TESTING, used when the tenant has not overridden it. */
  defaultSmallAmount: number,
): Promise<Enrichment> {
  const [row] = await query<EnrichmentRow>(em, ENRICHMENT_SQL, {
    tenant: tenantId,
    mode,
    user: t.userId,
    t: t.occurredAt,
    small: defaultSmallAmount,
    device: t.deviceId,
    ip: t.ip,
    recipient: t.recipient?.key ?? null,
    recipientValue: t.recipient?.value ?? null,
    recipientCountry: t.recipient?.country ?? null,
    email: t.email,
    domain: t.emailDomain,
    phone: t.phone,
    session: t.sessionId,
    country: t.country,
    reference: t.reference,
  });
  if (!row) throw new Error('enrichment returned no row');
  const c = row.customer;
  const user = toWindow(row.user_w)!;
  const lastSeen = date(c?.last_seen_at ?? null);
  const secondsSinceLast =
    lastSeen && lastSeen.getTime() <= t.occurredAt.getTime()
      ? (t.occurredAt.getTime() - lastSeen.getTime()) / 1000
      : null;

  let distanceKm: number | null = null;
  let speedKmh: number | null = null;
  if (
    t.latitude !== null &&
    t.longitude !== null &&
    c?.last_latitude != null &&
    c.last_longitude != null &&
    c.last_located_at
  ) {
    const moved = travel(
      { lat: c.last_latitude, lon: c.last_longitude, at: new Date(c.last_located_at) },
      { lat: t.latitude, lon: t.longitude, at: t.occurredAt },
    );
    distanceKm = moved.distanceKm;
    speedKmh = moved.speedKmh;
  }

  const context: ScoringContext = {
    customer: c
      ? {
          stats: {
            count: c.tx_count,
            mean: c.amount_mean,
            m2: c.amount_m2,
            max: c.amount_max,
            total: c.amount_total,
          },
          firstSeenAt: date(c.first_seen_at),
          lastSeenAt: lastSeen,
          hourHistogram: c.hour_histogram,
          accountOpenedAt: date(c.account_opened_at),
          country: c.country,
          fraudCount: c.fraud_count,
        }
      : null,
    velocity: {
      user: {
        ...user,
        smallCount10m: Number(row.user_w.small10m ?? 0),
        secondsSinceLast,
        previousSessionDevice: row.session_device,
      },
      device: toWindow(row.device_w),
      ip: toWindow(row.ip_w),
      recipient: toWindow(row.recipient_w),
    },
    // Linkage counts other users; the engine's counts include this one.
    linkage: {
      usersPerDevice: t.deviceId ? Number(row.users_per_device) + 1 : 0,
      usersPerIp: t.ip ? Number(row.users_per_ip) + 1 : 0,
      usersPerEmail: t.email ? Number(row.users_per_email) + 1 : 0,
      usersPerPhone: t.phone ? Number(row.users_per_phone) + 1 : 0,
    },
    deviceKnown: row.device_known,
    recipient: t.recipient
      ? {
          isKnown: row.relationship !== null,
          timesSent: row.relationship?.times_sent ?? 0,
          firstSentAt: date(row.relationship?.first_sent_at ?? null),
          lastSentAt: date(row.relationship?.last_sent_at ?? null),
          fanIn24h: Number(row.fan_in) + 1,
          priorFraudCount: Number(row.recipient_fraud),
        }
      : null,
    geo: { ipCountry: null, distanceKm, speedKmh },
    listMatches: row.lists,
    reputation: { torExit: false, hostingAsn: false },
  };
  return { context, customer: c, policy: row.policy, existing: row.existing };
}

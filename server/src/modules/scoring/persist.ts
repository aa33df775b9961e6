import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { query } from '../../db/sql.js';
import type { Mode } from '../../domain/modes.js';
import { addAmount } from '../../engine/profile.js';
import type { EngineResult } from '../../engine/types.js';
import type { CustomerRow } from './enrichment.js';
import type { NormalizedTransaction } from './ingest.js';

export interface ScoredRecord {
  id: string;
  createdAt: Date;
}

export interface PersistInput {
  tenantId: string;
  mode: Mode;
  t: NormalizedTransaction;
  amountBase: number;
  result: EngineResult;
  derivedSignals: Record<string, unknown>;
  processingTimeMs: number;
  customer: CustomerRow | null;
  /** Whether this sender had paid this recipient before. */
  recipientKnown: boolean;
}

const bump = (counts: Record<string, number>, key: string | null) =>
  key ? { ...counts, [key]: (counts[key] ?? 0) + 1 } : counts;

/** The customer's profile after this event: O(1) from the previous one. */
export function nextProfile(
  c: CustomerRow | null,
  t: NormalizedTransaction,
  amountBase: number,
  recipientKnown: boolean,
) {
  const stats = addAmount(
    c
      ? {
          count: c.tx_count,
          mean: c.amount_mean,
          m2: c.amount_m2,
          max: c.amount_max,
          total: c.amount_total,
        }
      : { count: 0, mean: 0, m2: 0, max: 0, total: 0 },
    amountBase,
  );
  const histogram = c ? [...c.hour_histogram] : Array.from({ length: 24 }, () => 0);
  const hour = t.occurredAt.getUTCHours();
  histogram[hour] = (histogram[hour] ?? 0) + 1;
  const patterns = c?.patterns ?? { channels: {}, countries: {} };
  const at = t.occurredAt.getTime();
  const firstSeen = c?.first_seen_at ? Math.min(Date.parse(c.first_seen_at), at) : at;
  const lastSeen = c?.last_seen_at ? Math.max(Date.parse(c.last_seen_at), at) : at;
  const located = t.latitude !== null && t.longitude !== null;
  const newerLocation = located && (!c?.last_located_at || Date.parse(c.last_located_at) <= at);
  return {
    stats,
    histogram,
    patterns: {
      channels: bump(patterns.channels, t.channel),
      countries: bump(patterns.countries, t.country),
    },
    recipientCount: (c?.recipient_count ?? 0) + (t.recipient && !recipientKnown ? 1 : 0),
    firstSeenAt: new Date(firstSeen),
    lastSeenAt: new Date(lastSeen),
    lastLatitude: newerLocation ? t.latitude : (c?.last_latitude ?? null),
    lastLongitude: newerLocation ? t.longitude : (c?.last_longitude ?? null),
    lastLocatedAt: newerLocation
      ? t.occurredAt
      : c?.last_located_at
        ? new Date(c.last_located_at)
        : null,
  };
}

/**
 * Stage 5's write, one statement: the scored event, the customer's profile (created when the
 * customer is new, onboarding data untouched), and the sender→recipient and customer→device
 * relationships.
 */
const WRITE_SQL = `
with ev as (
  insert into scored_event (id, tenant_id, mode, kind, user_id, reference, payload_hash, occurred_at,
    amount, currency, amount_base, type, channel, device_id, session_id, ip, email, phone,
    recipient_key, country, latitude, longitude, input, risk_score, risk_level, decision, result,
    processing_time_ms, fraud_confirmed, created_at)
  values ($id, $tenant, $mode, 'TRANSACTION', $user, $reference, $hash, $t, $amount, $currency,
    $amountBase, $type, $channel, $device, $session, $ip, $email, $phone, $recipient, $country,
    $lat, $lon, $input::jsonb, $score, $level, $decision, $result::jsonb, $ms, false, $now)
  returning id
), cu as (
  insert into customer (id, tenant_id, mode, external_id, onboarded, tx_count, amount_mean, amount_m2,
    amount_max, amount_total, first_seen_at, last_seen_at, hour_histogram, patterns, recipient_count,
    last_latitude, last_longitude, last_located_at, fraud_count, chargeback_count, dispute_count,
    created_at, updated_at)
  values ($customerId, $tenant, $mode, $user, false, $count, $mean, $m2, $max, $total, $firstSeen,
    $lastSeen, $histogram::jsonb, $patterns::jsonb, $recipients, $lastLat, $lastLon, $lastLocated,
    0, 0, 0, $now, $now)
  on conflict (tenant_id, mode, external_id) do update set
    tx_count = excluded.tx_count, amount_mean = excluded.amount_mean, amount_m2 = excluded.amount_m2,
    amount_max = excluded.amount_max, amount_total = excluded.amount_total,
    first_seen_at = excluded.first_seen_at, last_seen_at = excluded.last_seen_at,
    hour_histogram = excluded.hour_histogram, patterns = excluded.patterns,
    recipient_count = excluded.recipient_count, last_latitude = excluded.last_latitude,
    last_longitude = excluded.last_longitude, last_located_at = excluded.last_located_at,
    updated_at = excluded.updated_at
), rel as (
  insert into customer_recipient (tenant_id, mode, user_id, recipient_key, times_sent, total_amount,
    first_sent_at, last_sent_at)
  select $tenant, $mode, $user, $recipient, 1, $amountBase, $t, $t where $recipient::text is not null
  on conflict (tenant_id, mode, user_id, recipient_key) do update set
    times_sent = customer_recipient.times_sent + 1,
    total_amount = customer_recipient.total_amount + excluded.total_amount,
    first_sent_at = least(customer_recipient.first_sent_at, excluded.first_sent_at),
    last_sent_at = greatest(customer_recipient.last_sent_at, excluded.last_sent_at)
), dev as (
  insert into customer_device (tenant_id, mode, user_id, device_id, times_seen, first_seen_at, last_seen_at)
  select $tenant, $mode, $user, $device, 1, $t, $t where $device::text is not null
  on conflict (tenant_id, mode, user_id, device_id) do update set
    times_seen = customer_device.times_seen + 1,
    first_seen_at = least(customer_device.first_seen_at, excluded.first_seen_at),
    last_seen_at = greatest(customer_device.last_seen_at, excluded.last_seen_at)
)
select id from ev`;

export async function persistScore(em: EntityManager, p: PersistInput): Promise<ScoredRecord> {
  const { t, result } = p;
  const profile = nextProfile(p.customer, t, p.amountBase, p.recipientKnown);
  const id = randomUUID();
  const now = new Date();
  await query(em, WRITE_SQL, {
    id,
    tenant: p.tenantId,
    mode: p.mode,
    user: t.userId,
    reference: t.reference,
    hash: t.payloadHash,
    t: t.occurredAt,
    amount: t.amount,
    currency: t.currency,
    amountBase: p.amountBase,
    type: t.type,
    channel: t.channel,
    device: t.deviceId,
    session: t.sessionId,
    ip: t.ip,
    email: t.email,
    phone: t.phone,
    recipient: t.recipient?.key ?? null,
    country: t.country,
    lat: t.latitude,
    lon: t.longitude,
    input: JSON.stringify(t.input),
    score: result.riskScore,
    level: result.riskLevel,
    decision: result.decision,
    result: JSON.stringify({
      matchedRules: result.matchedRules,
      allChecks: result.allChecks,
      signals: result.signals,
      checks: result.checks,
      shadowEvaluation: result.shadowEvaluation,
      derivedSignals: p.derivedSignals,
    }),
    ms: p.processingTimeMs,
    now,
    customerId: p.customer?.id ?? randomUUID(),
    count: profile.stats.count,
    mean: profile.stats.mean,
    m2: profile.stats.m2,
    max: profile.stats.max,
    total: profile.stats.total,
    firstSeen: profile.firstSeenAt,
    lastSeen: profile.lastSeenAt,
    histogram: JSON.stringify(profile.histogram),
    patterns: JSON.stringify(profile.patterns),
    recipients: profile.recipientCount,
    lastLat: profile.lastLatitude,
    lastLon: profile.lastLongitude,
    lastLocated: profile.lastLocatedAt,
  });
  return { id, createdAt: now };
}

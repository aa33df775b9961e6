import { Statement } from '../../db/pipeline.js';
import { priorityRank, type CasePriority } from '../../domain/cases.js';
import { INSERT_DELIVERIES, hookEvent } from '../webhooks/webhook.sql.js';
import { INSERT_EVENT_REFERENCES } from './event-reference.store.js';
import type { Mode } from '../../domain/modes.js';
import type { EngineResult } from '../../engine/types.js';
import type { NormalizedTransaction } from './ingest.js';
import type { Profile } from './profile-update.js';

/** One scored event ready to be written. */
export interface ScoredRow {
  id: string;
  /** The review case this score opens, if any. */
  reviewCase: { id: string; priority: CasePriority; slaDueAt: Date } | null;
  t: NormalizedTransaction;
  amountBase: number;
  result: EngineResult;
  derivedSignals: Record<string, unknown>;
  processingTimeMs: number;
  createdAt: Date;
}

/**
 * Stage 5's write for a whole batch, one statement: the scored events; each customer's final
 * profile (created when new, onboarding data untouched); sender→recipient and customer→device
 * relationships aggregated per pair.
 */
const WRITE_SQL = `
with ev as (
  insert into scored_event (id, tenant_id, mode, kind, user_id, reference, payload_hash, occurred_at,
    amount, currency, amount_base, type, channel, device_id, session_id, ip, email, phone,
    recipient_key, country, latitude, longitude, input, risk_score, risk_level, decision, result,
    processing_time_ms, fraud_confirmed, created_at)
  select e.id, $tenant, $mode, 'TRANSACTION', e.user_id, e.reference, e.payload_hash, e.occurred_at,
    e.amount, e.currency, e.amount_base, e.type, e.channel, e.device_id, e.session_id, e.ip, e.email,
    e.phone, e.recipient_key, e.country, e.latitude, e.longitude, e.input, e.risk_score, e.risk_level,
    e.decision, e.result, e.processing_time_ms, false, e.created_at
  from jsonb_to_recordset($events::jsonb) as e(id uuid, user_id text, reference text, payload_hash text,
    occurred_at timestamptz, amount float8, currency text, amount_base float8, type text, channel text,
    device_id text, session_id text, ip text, email text, phone text, recipient_key text, country text,
    latitude float8, longitude float8, input jsonb, risk_score smallint, risk_level text, decision text,
    result jsonb, processing_time_ms real, created_at timestamptz)
  returning 1
), refs as (${INSERT_EVENT_REFERENCES}
), cu as (
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
  returning 1
), rel as (
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
  returning 1
), dev as (
  insert into customer_device (tenant_id, mode, user_id, device_id, times_seen, first_seen_at, last_seen_at)
  select $tenant, $mode, d.user_id, d.device_id, d.n, d.first_at, d.last_at
  from jsonb_to_recordset($devices::jsonb) as d(user_id text, device_id text, n int,
    first_at timestamptz, last_at timestamptz)
  on conflict (tenant_id, mode, user_id, device_id) do update set
    times_seen = customer_device.times_seen + excluded.times_seen,
    first_seen_at = least(customer_device.first_seen_at, excluded.first_seen_at),
    last_seen_at = greatest(customer_device.last_seen_at, excluded.last_seen_at)
  returning 1
), cs as (
  insert into review_case (id, tenant_id, mode, event_id, user_id, decision, risk_score, amount_base,
    priority, priority_rank, status, sla_due_at, created_at, updated_at)
  select c.id, $tenant, $mode, c.event_id, c.user_id, c.decision, c.risk_score, c.amount_base,
    c.priority, c.priority_rank, 'OPEN', c.sla_due_at, c.created_at, c.created_at
  from jsonb_to_recordset($cases::jsonb) as c(id uuid, event_id uuid, user_id text, decision text,
    risk_score smallint, amount_base float8, priority text, priority_rank smallint,
    sla_due_at timestamptz, created_at timestamptz)
  returning 1
), hooks as (${INSERT_DELIVERIES}
), woken as (
  -- Wakes the webhook dispatchers once this transaction commits.
  select pg_notify('warden_webhook', '') where exists (select 1 from hooks)
), announced as (
  -- Delivered to every replica's listeners when this transaction commits.
  select pg_notify('warden_case', n) from jsonb_array_elements_text($notices::jsonb) as n
)
select (select count(*) from ev) as events, (select count(*) from cu) as customers,
  (select count(*) from rel) as relationships, (select count(*) from dev) as devices,
  (select count(*) from cs) as cases, (select count(*) from announced) as notices,
  (select count(*) from woken) as woken`;

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

const WRITE = new Statement('warden_p_write_transactions_v3', WRITE_SQL);

/** Stage 5's write for a batch (see WRITE_SQL), as a statement and its values. */
export function writeRequest(
  scope: { tenantId: string; mode: Mode },
  rows: readonly ScoredRow[],
  profiles: ReadonlyMap<string, Profile>,
) {
  const relationships = new Map<string, Pair>();
  const devices = new Map<string, Pair>();
  for (const { t, amountBase } of rows) {
    const at = t.occurredAt.getTime();
    if (t.recipient)
      aggregate(relationships, `${t.userId}${SEP}${t.recipient.key}`, at, amountBase);
    if (t.deviceId) aggregate(devices, `${t.userId}${SEP}${t.deviceId}`, at, 0);
  }
  const iso = (ms: number) => new Date(ms).toISOString();
  return {
    statement: WRITE,
    values: {
      tenant: scope.tenantId,
      mode: scope.mode,
      now: new Date(),
      events: JSON.stringify(
        rows.map((row) => {
          const { id, t, amountBase, result, derivedSignals, processingTimeMs, createdAt } = row;
          return {
            id,
            user_id: t.userId,
            reference: t.reference,
            payload_hash: t.payloadHash,
            occurred_at: t.occurredAt.toISOString(),
            amount: t.amount,
            currency: t.currency,
            amount_base: amountBase,
            type: t.type,
            channel: t.channel,
            device_id: t.deviceId,
            session_id: t.sessionId,
            ip: t.ip,
            email: t.email,
            phone: t.phone,
            recipient_key: t.recipient?.key ?? null,
            country: t.country,
            latitude: t.latitude,
            longitude: t.longitude,
            input: t.input,
            risk_score: result.riskScore,
            risk_level: result.riskLevel,
            decision: result.decision,
            result: {
              caseId: row.reviewCase?.id ?? null,
              matchedRules: result.matchedRules,
              allChecks: result.allChecks,
              signals: result.signals,
              checks: result.checks,
              shadowEvaluation: result.shadowEvaluation,
              derivedSignals,
            },
            processing_time_ms: processingTimeMs,
            created_at: createdAt.toISOString(),
          };
        }),
      ),
      cases: JSON.stringify(
        rows
          .filter((r) => r.reviewCase)
          .map((r) => ({
            id: r.reviewCase!.id,
            event_id: r.id,
            user_id: r.t.userId,
            decision: r.result.decision,
            risk_score: r.result.riskScore,
            amount_base: r.amountBase,
            priority: r.reviewCase!.priority,
            priority_rank: priorityRank(r.reviewCase!.priority),
            sla_due_at: r.reviewCase!.slaDueAt.toISOString(),
            created_at: r.createdAt.toISOString(),
          })),
      ),
      hooks: JSON.stringify(
        rows.flatMap((r) => {
          const base = {
            transactionId: r.id,
            mode: scope.mode,
            userId: r.t.userId,
            decision: r.result.decision,
            riskScore: r.result.riskScore,
            matchedRules: r.result.matchedRules.map((m) => m.code),
          };
          return [
            ...(r.result.decision === 'BLOCK'
              ? [hookEvent('transaction.blocked', base, r.createdAt)]
              : []),
            ...(r.reviewCase
              ? [
                  hookEvent(
                    'case.opened',
                    { ...base, caseId: r.reviewCase.id, priority: r.reviewCase.priority },
                    r.createdAt,
                  ),
                ]
              : []),
          ];
        }),
      ),
      notices: JSON.stringify(
        rows
          .filter((r) => r.reviewCase)
          .map((r) =>
            JSON.stringify({
              type: 'CASE_OPENED',
              tenantId: scope.tenantId,
              mode: scope.mode,
              caseId: r.reviewCase!.id,
            }),
          ),
      ),
      customers: JSON.stringify(
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
      ),
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
    },
  };
}

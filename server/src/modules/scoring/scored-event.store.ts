import { Sql } from '../../db/executor.js';
import type { EngineResult } from '../../engine/types.js';
import type { NormalizedTransaction } from './ingest.js';
import { storedChecks } from './stored-checks.js';
import { keepFraudReports } from './fraud-report.store.js';
import { sqlInterval } from '../../engine/windows.js';

/**
 * All SQL that writes scored_event: transactions (a fragment of scoring's batch write), account
 * events, and the fraud flag that feedback sets.
 */

/** One scored transaction ready to be written. */
export interface ScoredTransaction {
  id: string;
  /** The review case it opens, if any (stored in the result for `transaction(id)`). */
  caseId: string | null;
  t: NormalizedTransaction;
  amountBase: number;
  result: EngineResult;
  /** The feature vector it was scored with (engine/features.ts). */
  features: readonly number[];
  /** The model's fraud probability, when a model scored it. */
  modelScore: number | null;
  /** The policy version that decided it (0: the built-in defaults). */
  policyVersion: number;
  /** What the engine saw (engine/snapshot.ts), for backtests. */
  snapshot: unknown;
  derivedSignals: Record<string, unknown>;
  processingTimeMs: number;
  createdAt: Date;
}

/**
 * Inserts the transactions in `$events` (see {@link transactionEventsJson}) for `$tenant` /
 * `$mode`. A fragment (a CTE body) of scoring's batch write.
 */
export const INSERT_TRANSACTIONS = `
  insert into scored_event (id, tenant_id, mode, kind, user_id, reference, payload_hash, occurred_at,
    amount, currency, amount_base, type, channel, device_id, session_id, ip, email, phone,
    recipient_key, country, latitude, longitude, input, risk_score, risk_level, decision, result,
    processing_time_ms, fraud_confirmed, created_at, features, risk_score_exact, model_score,
    policy_version, snapshot)
  select e.id, $tenant, $mode, 'TRANSACTION', e.user_id, e.reference, e.payload_hash, e.occurred_at,
    e.amount, e.currency, e.amount_base, e.type, e.channel, e.device_id, e.session_id, e.ip, e.email,
    e.phone, e.recipient_key, e.country, e.latitude, e.longitude, e.input, e.risk_score, e.risk_level,
    e.decision, e.result, e.processing_time_ms, false, e.created_at, e.features, e.risk_score_exact,
    e.model_score, e.policy_version, e.snapshot
  from jsonb_to_recordset($events::jsonb) as e(id uuid, user_id text, reference text, payload_hash text,
    occurred_at timestamptz, amount float8, currency text, amount_base float8, type text, channel text,
    device_id text, session_id text, ip text, email text, phone text, recipient_key text, country text,
    latitude float8, longitude float8, input jsonb, risk_score smallint, risk_level text, decision text,
    result jsonb, processing_time_ms real, created_at timestamptz, features real[],
    risk_score_exact float8, model_score real, policy_version int, snapshot jsonb)
  returning 1`;

/** The `$events` value of {@link INSERT_TRANSACTIONS}. */
export function transactionEventsJson(rows: readonly ScoredTransaction[]): string {
  return JSON.stringify(
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
          caseId: row.caseId,
          matchedRules: result.matchedRules,
          allChecks: storedChecks(result.allChecks),
          signals: result.signals,
          checks: result.checks,
          shadowEvaluation: result.shadowEvaluation,
          derivedSignals,
        },
        processing_time_ms: processingTimeMs,
        created_at: createdAt.toISOString(),
        // Six significant digits: what real keeps, and a third of the JSON.
        features: row.features.map((v) => Number(v.toPrecision(6))),
        risk_score_exact: result.riskScoreExact,
        model_score: row.modelScore,
        policy_version: row.policyVersion,
        snapshot: row.snapshot,
      };
    }),
  );
}

/** Inserts one account event (kind ACCOUNT). */
export const INSERT_ACCOUNT_EVENT = new Sql(`
  insert into scored_event (id, tenant_id, mode, kind, user_id, payload_hash, occurred_at,
    type, device_id, session_id, ip, email, phone, country, latitude, longitude, input,
    risk_score, risk_level, decision, result, processing_time_ms, fraud_confirmed, created_at,
    policy_version, snapshot)
  values ($id, $tenant, $mode, 'ACCOUNT', $user, 'account', $at, $type, $device, $session,
    $ip, $email, $phone, $country, $lat, $lon, $input::jsonb, $score, $level, $decision,
    $result::jsonb, $ms, false, $created, $policyVersion, $snapshot::jsonb)`);

/**
 * The statement that sets one event's fraud flag and report time, for feedback's evidence, and
 * keeps the event's row of fraud_report in step.
 * `deciding` is an SQL query of one row `(fraud boolean, reported_at timestamptz)` that may use
 * `$tenant` and `$event` (for instance the event's latest decisive feedback); no row or a null
 * fraud counts as not fraud, and the report time is kept only for fraud (the first one, while
 * the event stays confirmed). Bind `{ tenant, event,
 * …what deciding uses }`; the statement returns one row `{ before, after }`, the flag before
 * and after (after is null when the event does not exist), so the caller can adjust the
 * customer's counters by the difference. Build it once, at module level.
 */
export function setFraudConfirmed(deciding: string): Sql {
  return new Sql(`
    with d as (${deciding}),
    updated as (
      update scored_event
         set fraud_confirmed = coalesce((select fraud from d), false),
             -- Reported once: a label after a chargeback (or the reverse) keeps the first time.
             fraud_reported_at = case when (select fraud from d)
               then case when fraud_confirmed then coalesce(fraud_reported_at, (select reported_at from d))
                         else (select reported_at from d) end end
       where tenant_id = $tenant and id = $event
       returning tenant_id, mode, id, user_id, recipient_key, occurred_at, fraud_confirmed,
         fraud_reported_at),
    ${keepFraudReports('updated')}
    select (select fraud_confirmed from scored_event where tenant_id = $tenant and id = $event) as before,
           (select fraud_confirmed from updated) as after`);
}

/**
 * Deletes the events in relation `events` (a CTE with tenant_id and id columns) that happened
 * before `$cutoff`, for retention; returns one row per event deleted.
 */
export function deleteEventsOf(events: string): string {
  return `delete from scored_event e using ${events} d
  where e.tenant_id = d.tenant_id and e.id = d.id and e.occurred_at < $cutoff
  returning 1`;
}

/**
 * One page of a model's training rows: the tenant's transactions that occurred in
 * [$from, $to) with their stored feature vector and fraud flag, in event-time order after the
 * keyset ($after_at, $after_id), at most $page rows.
 */
export const TRAINING_PAGE = new Sql(`
  select id, occurred_at::text as cursor, occurred_at, user_id, features::float8[] as features,
    fraud_confirmed as fraud
    from scored_event
   where tenant_id = $tenant and mode = $mode and kind = 'TRANSACTION' and features is not null
     and occurred_at >= $from and occurred_at < $to
     and (occurred_at, id) > ($after_at::timestamptz, $after_id::uuid)
   order by occurred_at, id
   limit $page`);

/** How many training rows a window holds (for progress). */
export const TRAINING_COUNT = new Sql(`
  select count(*)::int as n from scored_event
   where tenant_id = $tenant and mode = $mode and kind = 'TRANSACTION' and features is not null
     and occurred_at >= $from and occurred_at < $to`);

/**
 * Backtests read a window's events with what they were scored with: a cursor (`backtest`, in
 * the reading transaction) over `$tenant`'s `$mode` events that occurred in [`$from`, `$to`),
 * with their kind, time (epoch ms), snapshot as JSON text (null before snapshots were kept) and
 * fraud label as of now. Sent
 * unnamed: utility statements cannot be prepared.
 */
export const DECLARE_BACKTEST_CURSOR = new Sql(
  `declare backtest no scroll cursor for
  select id, kind, (extract(epoch from occurred_at) * 1000)::float8 as at,
    fraud_confirmed as fraud, snapshot::text as snapshot from scored_event
   where tenant_id = $tenant and mode = $mode and occurred_at >= $from and occurred_at < $to`,
  { once: true },
);

/** Rows per FETCH of the backtest cursor: a few megabytes of snapshots. */
export const BACKTEST_PAGE = 2_000;
export const FETCH_BACKTEST_CURSOR = new Sql(`fetch ${BACKTEST_PAGE} from backtest`, {
  once: true,
});

/** How many events of `$tenant`'s `$mode` occurred in [`$from`, `$to`). */
export const COUNT_EVENTS_IN_WINDOW = new Sql(`select count(*)::int as n from scored_event
  where tenant_id = $tenant and mode = $mode and occurred_at >= $from and occurred_at < $to`);

/**
 * The months a look-up of scored_event may read, as conditions PostgreSQL can evaluate when it
 * starts the statement. A score's look-ups name windows relative to each event, so without them
 * the statement's plan starts a scan of every monthly partition for every look-up: a single
 * score's enrichment took 0.8 ms with 6 partitions and 5.5 ms with 30. `$earliest` and `$latest`
 * are the earliest and latest event times the caller gave (null when none); an event without
 * its own time takes the turn's, which is after now(), the transaction's start, and long before
 * now() + 1 day. The conditions only widen each event's own window, so they change no count;
 * the upper one holds for every stored event anyway (none is more than 5 minutes ahead of when
 * it was scored), so look-ups bounded by report time rather than event time may use it too.
 */
const EARLIEST_GIVEN = '$earliest::timestamptz';
const LATEST_GIVEN = '$latest::timestamptz';
export const monthsFrom = (span: number) =>
  `occurred_at > least(${EARLIEST_GIVEN}, now()) - ${sqlInterval(span)}`;
export const MONTHS_TO = `occurred_at <= greatest(${LATEST_GIVEN}, now() + interval '1 day')`;

/** `$earliest` and `$latest` (see {@link monthsFrom}) of events given these times. */
export function givenTimeBounds(times: readonly Date[]): {
  earliest: Date | null;
  latest: Date | null;
} {
  if (times.length === 0) return { earliest: null, latest: null };
  let earliest = times[0]!.getTime();
  let latest = earliest;
  for (const t of times) {
    earliest = Math.min(earliest, t.getTime());
    latest = Math.max(latest, t.getTime());
  }
  return { earliest: new Date(earliest), latest: new Date(latest) };
}

import type { EntityManager } from '@mikro-orm/postgresql';
import { Sql, query } from '../../db/executor.js';
import type { AuthorKind } from '../../domain/feedback.js';
import { EVIDENCE_SQL } from '../../domain/fraud-evidence.js';
import type { Mode } from '../../domain/modes.js';
import { setFraudConfirmed } from '../scoring/scored-event.store.js';
import type { FeedbackEntity } from './feedback.entity.js';

/** The scored transaction a feedback is about, as the feedback copies it. */
export interface EventRow {
  id: string;
  mode: Mode;
  user_id: string;
  decision: FeedbackEntity['txDecision'];
  risk_score: number;
  occurred_at: Date;
}

/**
 * The transaction's row is locked: feedback on one transaction is applied one at a time, so the
 * fraud flag and the customer's counters follow the feedback exactly.
 */
const LOCK_TRANSACTION = new Sql(
  `select id, mode, user_id, decision, risk_score, occurred_at from scored_event
    where tenant_id = $tenant and id = $id and kind = 'TRANSACTION' and mode = $mode
    for update`,
);

const TRANSACTION_MODE = new Sql(
  `select mode from scored_event
    where tenant_id = $tenant and id = $id and kind = 'TRANSACTION'`,
);

/** A concurrent request with the same key may commit first: then nothing is inserted. */
const INSERT_FEEDBACK = new Sql(
  `insert into feedback (id, tenant_id, mode, event_id, feedback_type, tenant_action,
     analyst_label, confidence, notes, occurred_at, idempotency_key, payload_hash,
     author_kind, author_id, author_label, tx_decision, tx_risk_score, tx_occurred_at,
     created_at)
   values (gen_random_uuid(), $tenant, $mode, $event, $type, $action, $label, $confidence,
     $notes, $occurred, $key, $hash, $authorKind, $authorId, $authorLabel, $decision,
     $score, $txAt, clock_timestamp())
   on conflict (tenant_id, mode, idempotency_key) do nothing
   returning id`,
);

/** Locks and returns the tenant's transaction `id` of `mode`; null when there is none. */
export async function lockTransaction(
  em: EntityManager,
  tenantId: string,
  id: string,
  mode: Mode,
): Promise<EventRow | null> {
  const [row] = await query<EventRow>(em, LOCK_TRANSACTION, { tenant: tenantId, id, mode });
  return row ?? null;
}

/** The mode of the tenant's transaction `id`; null when there is no such transaction. */
export async function transactionMode(
  em: EntityManager,
  tenantId: string,
  id: string,
): Promise<Mode | null> {
  const [row] = await query<{ mode: Mode }>(em, TRANSACTION_MODE, { tenant: tenantId, id });
  return row?.mode ?? null;
}

export interface NewFeedback {
  tenantId: string;
  event: EventRow;
  feedbackType: string;
  tenantAction: string | null;
  analystLabel: string | null;
  confidence: string | null;
  notes: string | null;
  occurredAt: Date;
  idempotencyKey: string;
  payloadHash: string;
  author: { kind: AuthorKind; id: string; label: string };
}

/** Inserts a feedback; returns its id, or null when its idempotency key is already taken. */
export async function insertFeedback(em: EntityManager, f: NewFeedback): Promise<string | null> {
  const [row] = await query<{ id: string }>(em, INSERT_FEEDBACK, {
    tenant: f.tenantId,
    mode: f.event.mode,
    event: f.event.id,
    type: f.feedbackType,
    action: f.tenantAction,
    label: f.analystLabel,
    confidence: f.confidence,
    notes: f.notes,
    occurred: f.occurredAt,
    key: f.idempotencyKey,
    hash: f.payloadHash,
    authorKind: f.author.kind,
    authorId: f.author.id,
    authorLabel: f.author.label,
    decision: f.event.decision,
    score: f.event.risk_score,
    txAt: f.event.occurred_at,
  });
  return row?.id ?? null;
}

/**
 * Fraud evidence (domain/fraud-evidence.ts): the event's deciding feedback sets its
 * `fraud_confirmed`, and its time `fraud_reported_at`, through the statement of scored_event's owner.
 */
const APPLY_EVIDENCE = setFraudConfirmed(`
  select ${EVIDENCE_SQL.fraud} as fraud, occurred_at as reported_at from feedback
   where tenant_id = $tenant and event_id = $event and ${EVIDENCE_SQL.decisive}
   order by ${EVIDENCE_SQL.latestFirst}
   limit 1`);

const CHARGEBACK_REPORTS = new Sql(
  `select count(*)::int as n from feedback
    where tenant_id = $tenant and event_id = $event and tenant_action = 'CHARGEBACK'`,
);

/** Sets the event's fraud flag from its feedback; the flag before and after (null: no event). */
export async function applyFraudEvidence(
  em: EntityManager,
  scope: { tenant: string; event: string },
): Promise<{ before: boolean | null; after: boolean | null }> {
  const [row] = await query<{ before: boolean | null; after: boolean | null }>(
    em,
    APPLY_EVIDENCE,
    scope,
  );
  return row ?? { before: null, after: null };
}

/** How many chargebacks were reported for the event. */
export async function chargebackReports(
  em: EntityManager,
  scope: { tenant: string; event: string },
): Promise<number> {
  const [row] = await query<{ n: number }>(em, CHARGEBACK_REPORTS, scope);
  return row?.n ?? 0;
}

/**
 * Deletes the feedback of the events in relation `events` (a CTE or partition name with
 * tenant_id and id columns), for retention.
 */
export function deleteFeedbackOf(events: string): string {
  return `delete from feedback f using ${events} d
  where f.tenant_id = d.tenant_id and f.event_id = d.id`;
}

/**
 * The deciding feedback of every event of a tenant and mode that occurred in [$from, $to) and has
 * one: whether it says fraud
 * and how much it counts (`EVIDENCE_SQL.weight`; bind the tenant, mode and
 * EVIDENCE_WEIGHT_VALUES). Model training weighs its rows with it.
 */
export const DECIDING_EVIDENCE = new Sql(`
  select distinct on (event_id) event_id, ${EVIDENCE_SQL.fraud} as fraud, ${EVIDENCE_SQL.weight} as weight
    from feedback
   where tenant_id = $tenant and mode = $mode and ${EVIDENCE_SQL.decisive}
     and tx_occurred_at >= $from and tx_occurred_at < $to
   order by event_id, ${EVIDENCE_SQL.latestFirst}`);

import { Sql, bind, type Bound } from '../../db/executor.js';
import { CASE_CHANNEL, WEBHOOK_CHANNEL, notify, notifyEach } from '../../db/notifier.js';
import type { CasePriority } from '../../domain/cases.js';
import type { Mode } from '../../domain/modes.js';
import { OPEN_CASES, openedCasesJson } from '../cases/case.store.js';
import {
  ADD_DEVICES,
  ADD_RELATIONSHIPS,
  UPSERT_PROFILES,
  contactsJson,
  profilesJson,
} from '../customers/customer.store.js';
import { INSERT_DELIVERIES, hookEvent, type HookEvent } from '../webhooks/webhook.store.js';
import type { Profile } from './profile-update.js';
import {
  INSERT_TRANSACTIONS,
  transactionEventsJson,
  type ScoredTransaction,
} from './scored-event.store.js';
import { INSERT_EVENT_REFERENCES } from './event-reference.store.js';

/**
 * Stage 5, the write of a scored batch, composed from the fragments of each table's owner: it
 * holds no SQL of its own beyond putting them together.
 */

/** One scored event ready to be written, with the review case it opens, if any. */
export interface ScoredRow extends Omit<ScoredTransaction, 'caseId'> {
  reviewCase: { id: string; priority: CasePriority; slaDueAt: Date } | null;
}

/**
 * The whole batch in one statement: the scored events; each customer's final profile;
 * sender→recipient and customer→device relationships aggregated per pair; the review cases
 * opened; the webhook deliveries of subscribed endpoints.
 */
const WRITE = new Sql(`
with ev as (${INSERT_TRANSACTIONS}
), refs as (${INSERT_EVENT_REFERENCES}
), cu as (${UPSERT_PROFILES}
), rel as (${ADD_RELATIONSHIPS}
), dev as (${ADD_DEVICES}
), cs as (${OPEN_CASES}
), hooks as (${INSERT_DELIVERIES}
)
select (select count(*) from ev) as events, (select count(*) from cu) as customers,
  (select count(*) from rel) as relationships, (select count(*) from dev) as devices,
  (select count(*) from cs) as cases, (select count(*) from refs) as refs, (select count(*) from hooks) as deliveries`);

/** The webhook events a scored row raises. */
function hooksOf(mode: Mode, r: ScoredRow): HookEvent[] {
  const base = {
    transactionId: r.id,
    mode,
    userId: r.t.userId,
    decision: r.result.decision,
    riskScore: r.result.riskScore,
    matchedRules: r.result.matchedRules.map((m) => m.code),
  };
  const hooks: HookEvent[] = [];
  if (r.result.decision === 'BLOCK')
    hooks.push(hookEvent('transaction.blocked', base, r.createdAt));
  if (r.reviewCase)
    hooks.push(
      hookEvent(
        'case.opened',
        { ...base, caseId: r.reviewCase.id, priority: r.reviewCase.priority },
        r.createdAt,
      ),
    );
  return hooks;
}

/**
 * Stage 5's statements for a batch, to send with COMMIT: the write, then the announcements of
 * the cases it opens and, when deliveries were written, the wake-up of the webhook dispatchers
 * (`subscribed`: the event types some endpoint of the tenant wants, read before the write).
 */
export function writeStatements(
  scope: { tenantId: string; mode: Mode },
  rows: readonly ScoredRow[],
  profiles: ReadonlyMap<string, Profile>,
  subscribed: ReadonlySet<string>,
): Bound[] {
  if (rows.length === 0) return [];
  const opened = rows.filter((r) => r.reviewCase);
  const hooks = rows
    .flatMap((r) => hooksOf(scope.mode, r))
    .filter((h) => subscribed.has(h.event_type));
  const contacts = contactsJson(
    rows.map((r) => ({
      userId: r.t.userId,
      recipientKey: r.t.recipient?.key ?? null,
      deviceId: r.t.deviceId,
      at: r.t.occurredAt,
      amountBase: r.amountBase,
    })),
  );
  const write = bind(WRITE, {
    tenant: scope.tenantId,
    mode: scope.mode,
    now: new Date(),
    events: transactionEventsJson(rows.map((r) => ({ ...r, caseId: r.reviewCase?.id ?? null }))),
    customers: profilesJson(profiles),
    relationships: contacts.relationships,
    devices: contacts.devices,
    cases: openedCasesJson(
      opened.map((r) => ({
        id: r.reviewCase!.id,
        eventId: r.id,
        userId: r.t.userId,
        decision: r.result.decision,
        riskScore: r.result.riskScore,
        amountBase: r.amountBase,
        priority: r.reviewCase!.priority,
        slaDueAt: r.reviewCase!.slaDueAt,
        createdAt: r.createdAt,
      })),
    ),
    hooks: JSON.stringify(hooks),
  });
  return [
    write,
    ...notifyEach(
      CASE_CHANNEL,
      opened.map((r) => ({
        type: 'CASE_OPENED' as const,
        tenantId: scope.tenantId,
        mode: scope.mode,
        caseId: r.reviewCase!.id,
      })),
    ),
    ...(hooks.length ? [notify(WEBHOOK_CHANNEL, '')] : []),
  ];
}

import { Sql } from '../../db/executor.js';
import { priorityRank, type CasePriority } from '../../domain/cases.js';

/**
 * All SQL that writes review_case and case_event. Scoring opens cases through the
 * {@link OPEN_CASES} fragment inside its own write; the case service runs the statements.
 */

/** A case a score opens. */
export interface OpenedCase {
  id: string;
  eventId: string;
  userId: string;
  decision: string;
  riskScore: number;
  amountBase: number;
  priority: CasePriority;
  slaDueAt: Date;
  createdAt: Date;
}

/**
 * Opens the cases in `$cases` (see {@link openedCasesJson}) for `$tenant` / `$mode`. A fragment
 * (a CTE body): the cases commit with the events that open them.
 */
export const OPEN_CASES = `
  insert into review_case (id, tenant_id, mode, event_id, user_id, decision, risk_score, amount_base,
    priority, priority_rank, status, sla_due_at, created_at, updated_at)
  select c.id, $tenant, $mode, c.event_id, c.user_id, c.decision, c.risk_score, c.amount_base,
    c.priority, c.priority_rank, 'OPEN', c.sla_due_at, c.created_at, c.created_at
  from jsonb_to_recordset($cases::jsonb) as c(id uuid, event_id uuid, user_id text, decision text,
    risk_score smallint, amount_base float8, priority text, priority_rank smallint,
    sla_due_at timestamptz, created_at timestamptz)
  returning 1`;

/** The `$cases` value of {@link OPEN_CASES}. */
export function openedCasesJson(cases: readonly OpenedCase[]): string {
  return JSON.stringify(
    cases.map((c) => ({
      id: c.id,
      event_id: c.eventId,
      user_id: c.userId,
      decision: c.decision,
      risk_score: c.riskScore,
      amount_base: c.amountBase,
      priority: c.priority,
      priority_rank: priorityRank(c.priority),
      sla_due_at: c.slaDueAt.toISOString(),
      created_at: c.createdAt.toISOString(),
    })),
  );
}

/** Claims a case for `$user` unless resolved or held by someone else; returns its id if so. */
export const ASSIGN = new Sql(`
  update review_case set assignee_id = $user, assigned_at = now(), status = 'IN_REVIEW',
    updated_at = now()
  where tenant_id = $tenant and mode = $mode and id = $id and status <> 'RESOLVED'
    and (assignee_id is null or assignee_id = $user)
  returning id`);

/** Puts an unresolved case back in the open queue; returns its id if so. */
export const UNASSIGN = new Sql(`
  update review_case set assignee_id = null, assigned_at = null, status = 'OPEN', updated_at = now()
  where tenant_id = $tenant and mode = $mode and id = $id and status <> 'RESOLVED'
  returning id`);

/** Marks a case changed (a note); returns its id if it exists. */
export const TOUCH = new Sql(`
  update review_case set updated_at = now()
  where tenant_id = $tenant and mode = $mode and id = $id returning id`);

/** Locks a case for its resolution: `{ status, event_id }`. */
export const LOCK_FOR_RESOLUTION = new Sql(`
  select status, event_id from review_case
  where tenant_id = $tenant and mode = $mode and id = $id for update`);

/** Closes a case with its resolution. */
export const RESOLVE = new Sql(`
  update review_case set status = 'RESOLVED', resolution_label = $label,
    resolution_confidence = $confidence, resolution_note = $note, resolved_by_id = $user,
    resolved_by_label = $email, resolved_at = now(), feedback_id = $feedback, updated_at = now()
  where tenant_id = $tenant and id = $id`);

/** Why a change was refused: the case's status and assignee (`{ status, assignee }`). */
export const STATE = new Sql(`
  select c.status, u.email as assignee from review_case c left join app_user u on u.id = c.assignee_id
  where c.tenant_id = $tenant and c.mode = $mode and c.id = $id`);

/** One entry of a case's timeline. */
export const RECORD_EVENT = new Sql(`
  insert into case_event (id, tenant_id, case_id, type, actor_id, actor_label, note, data, created_at)
  values (gen_random_uuid(), $tenant, $case, $type, $actor, $label, $note, $data::jsonb,
    clock_timestamp())`);

/**
 * Deletes the review cases of the events in relation `events` (a CTE or partition name with
 * tenant_id and id columns), for retention; their case events follow by foreign key.
 */
export function deleteCasesOf(events: string): string {
  return `delete from review_case c using ${events} d
  where c.tenant_id = d.tenant_id and c.event_id = d.id`;
}

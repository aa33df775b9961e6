/**
 * Pure rules of the live review queue: how events from the `reviewQueue` subscription change the
 * list on screen, in what order cases show, and how SLA time reads. No React, no network.
 */

export type CaseStatus = 'OPEN' | 'IN_REVIEW' | 'RESOLVED';
export type CasePriority = 'CRITICAL' | 'HIGH' | 'MEDIUM' | 'LOW';
export type QueueEventType = 'CASE_OPENED' | 'CASE_UPDATED' | 'CASE_RESOLVED';

/** What the queue shows of a case. */
export interface QueueCase {
  id: string;
  status: CaseStatus;
  priority: CasePriority;
  riskScore: number;
  /** ISO 8601. */
  createdAt: string;
  slaDueAt: string;
  updatedAt: string;
  assignee?: { email: string } | null;
}

export interface QueueEvent<T extends QueueCase = QueueCase> {
  type: QueueEventType;
  case: T;
}

/** What the queue is filtered on (kept in the URL). */
export interface QueueFilter {
  statuses: CaseStatus[];
  assignee: 'ANYONE' | 'ME' | 'UNASSIGNED';
  minScore: number | null;
  priorities: CasePriority[];
}

export const DEFAULT_FILTER: QueueFilter = {
  statuses: ['OPEN', 'IN_REVIEW'],
  assignee: 'ANYONE',
  minScore: null,
  priorities: [],
};

const RANK: Record<CasePriority, number> = { CRITICAL: 1, HIGH: 2, MEDIUM: 3, LOW: 4 };

/** The server's order: priority first, then oldest first, then id. */
export function compareCases(a: QueueCase, b: QueueCase): number {
  return (
    RANK[a.priority] - RANK[b.priority] ||
    Date.parse(a.createdAt) - Date.parse(b.createdAt) ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

/** Whether a case belongs on screen under the filter (`me`: the viewer's e-mail). */
export function matches(c: QueueCase, filter: QueueFilter, me: string | null): boolean {
  if (!filter.statuses.includes(c.status)) return false;
  if (filter.assignee === 'UNASSIGNED' && c.assignee) return false;
  if (filter.assignee === 'ME' && c.assignee?.email !== me) return false;
  if (filter.minScore !== null && c.riskScore < filter.minScore) return false;
  if (filter.priorities.length > 0 && !filter.priorities.includes(c.priority)) return false;
  return true;
}

/**
 * Applies one live event: a new or changed case that matches is inserted or replaced in order;
 * one that no longer matches (resolved, taken by someone else under "mine"…) leaves. Replays
 * and out-of-order events are harmless: an older version of a case never replaces a newer one.
 */
export function applyEvent(
  list: readonly QueueCase[],
  event: QueueEvent,
  filter: QueueFilter,
  me: string | null,
): QueueCase[] {
  const incoming = event.case;
  const current = list.find((c) => c.id === incoming.id);
  if (current && Date.parse(current.updatedAt) > Date.parse(incoming.updatedAt)) {
    return [...list];
  }
  const rest = list.filter((c) => c.id !== incoming.id);
  if (!matches(incoming, filter, me)) return rest;
  return [...rest, incoming].sort(compareCases);
}

/** "12 min left", "1 h 05 min left", "overdue by 3 min". */
export function slaText(slaDueAt: string, now: number): string {
  const ms = Date.parse(slaDueAt) - now;
  const minutes = Math.round(Math.abs(ms) / 60_000);
  const span =
    minutes >= 60
      ? `${Math.floor(minutes / 60)} h ${String(minutes % 60).padStart(2, '0')} min`
      : `${minutes} min`;
  return ms >= 0 ? `${span} left` : `overdue by ${span}`;
}

/** The filter as URL search parameters, defaults left out, and back. */
export function filterToSearch(filter: QueueFilter): string {
  const p = new URLSearchParams();
  if (filter.statuses.join() !== DEFAULT_FILTER.statuses.join())
    p.set('status', filter.statuses.join(','));
  if (filter.assignee !== 'ANYONE') p.set('assignee', filter.assignee);
  if (filter.minScore !== null) p.set('minScore', String(filter.minScore));
  if (filter.priorities.length) p.set('priority', filter.priorities.join(','));
  const s = p.toString();
  return s ? `?${s}` : '';
}

const STATUSES: readonly CaseStatus[] = ['OPEN', 'IN_REVIEW', 'RESOLVED'];
const PRIORITIES: readonly CasePriority[] = ['CRITICAL', 'HIGH', 'MEDIUM', 'LOW'];

/** Reads a filter from a URL; anything unknown or malformed falls back to the default. */
export function filterFromSearch(search: string): QueueFilter {
  const p = new URLSearchParams(search);
  const list = <T extends string>(raw: string | null, allowed: readonly T[]): T[] =>
    (raw ?? '').split(',').filter((v): v is T => (allowed as readonly string[]).includes(v));
  const statuses = list(p.get('status'), STATUSES);
  const assignee = p.get('assignee');
  const min = Number(p.get('minScore'));
  return {
    statuses: statuses.length ? statuses : DEFAULT_FILTER.statuses,
    assignee: assignee === 'ME' || assignee === 'UNASSIGNED' ? assignee : 'ANYONE',
    minScore: p.has('minScore') && Number.isInteger(min) && min >= 0 && min <= 100 ? min : null,
    priorities: list(p.get('priority'), PRIORITIES),
  };
}

/** The row selected after moving `delta` rows (j: +1, k: −1), kept inside the list; -1 when empty. */
export function moveSelection(index: number, delta: number, length: number): number {
  if (length === 0) return -1;
  if (index < 0) return delta > 0 ? 0 : length - 1;
  return Math.max(0, Math.min(length - 1, index + delta));
}

/**
 * The open-case counter after a live event: the server's total when the page loaded, plus the
 * cases that entered the list, minus those that left. `before`/`after` are the list around
 * the event.
 */
export function countAfter(
  count: number,
  before: readonly QueueCase[],
  after: readonly QueueCase[],
): number {
  const had = new Set(before.map((c) => c.id));
  const has = new Set(after.map((c) => c.id));
  let next = count;
  for (const id of has) if (!had.has(id)) next += 1;
  for (const id of had) if (!has.has(id)) next -= 1;
  return Math.max(next, after.length);
}

/** The case to open after one is resolved: the first other case in queue order, if any. */
export function nextCaseId(ids: readonly string[], resolvedId: string): string | null {
  return ids.find((id) => id !== resolvedId) ?? null;
}

/** What the queue page holds: the rows on screen and the open-case counter. */
export interface QueueState<T extends QueueCase = QueueCase> {
  rows: T[];
  count: number;
}

export type QueueAction<T extends QueueCase = QueueCase> =
  | { type: 'loaded'; rows: T[]; count: number }
  | {
      type: 'event';
      event: { type: QueueEventType; case: T };
      filter: QueueFilter;
      me: string | null;
    };

/** The queue page's reducer: a (re)load replaces everything; a live event merges and recounts. */
export function queueReducer<T extends QueueCase>(
  state: QueueState<T>,
  action: QueueAction<T>,
): QueueState<T> {
  if (action.type === 'loaded') return { rows: action.rows, count: action.count };
  const rows = applyEvent(state.rows, action.event, action.filter, action.me) as T[];
  return { rows, count: countAfter(state.count, state.rows, rows) };
}

/** The `ReviewQueueFilter` variables for a filter; `openOnly` drops resolved cases (next-case lookup). */
export function filterToVariables(filter: QueueFilter, { openOnly = false } = {}) {
  const open = filter.statuses.filter((s) => s !== 'RESOLVED');
  return {
    status: openOnly ? (open.length ? open : DEFAULT_FILTER.statuses) : filter.statuses,
    assignee: filter.assignee,
    minScore: filter.minScore,
    priority: filter.priorities.length ? filter.priorities : null,
  };
}

/** Review case vocabulary; the names are API. */
export const CASE_STATUSES = ['OPEN', 'IN_REVIEW', 'RESOLVED'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

/** In queue order: CRITICAL first. */
export const CASE_PRIORITIES = ['CRITICAL', 'HIGH', 'MEDIUM', 'LOW'] as const;
export type CasePriority = (typeof CASE_PRIORITIES)[number];

export const CASE_EVENT_TYPES = ['OPENED', 'ASSIGNED', 'UNASSIGNED', 'NOTE', 'RESOLVED'] as const;
export type CaseEventType = (typeof CASE_EVENT_TYPES)[number];

export const QUEUE_EVENT_TYPES = ['CASE_OPENED', 'CASE_UPDATED', 'CASE_RESOLVED'] as const;
export type QueueEventType = (typeof QUEUE_EVENT_TYPES)[number];

/** Per-tenant case settings (tenant policy), with their defaults. */
export interface CaseSettings {
  /** Open a case for BLOCK decisions too (REVIEW and CHALLENGE always open one). */
  openOnBlock: boolean;
  /** Hours from opening to the SLA due time. */
  slaHours: number;
}

export const DEFAULT_CASE_SETTINGS: CaseSettings = { openOnBlock: false, slaHours: 4 };

/**
 * A case's priority from its score and amount (in the tenant's base currency): a high score or
 * a large amount raises it.
 */
export function priorityOf(riskScore: number, amountBase: number | null): CasePriority {
  const amount = amountBase ?? 0;
  if (riskScore >= 85 || amount >= 10_000) return 'CRITICAL';
  if (riskScore >= 70 || amount >= 2_000) return 'HIGH';
  if (riskScore >= 55 || amount >= 500) return 'MEDIUM';
  return 'LOW';
}

/** 1 for CRITICAL … 4 for LOW: the queue sorts on it. */
export function priorityRank(priority: CasePriority): number {
  return CASE_PRIORITIES.indexOf(priority) + 1;
}

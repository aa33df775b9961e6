import { mostSevere, severity, type Decision, type RiskLevel, type Thresholds } from './types.js';

/** clamp(0..100), rounded to an integer. */
export function clampScore(raw: number): number {
  if (!Number.isFinite(raw)) return raw > 0 ? 100 : 0;
  return Math.min(100, Math.max(0, Math.round(raw)));
}

/** LOW < 30 ≤ MEDIUM < 60 ≤ HIGH < 85 ≤ CRITICAL. */
export function riskLevelOf(score: number): RiskLevel {
  if (score >= 85) return 'CRITICAL';
  if (score >= 60) return 'HIGH';
  if (score >= 30) return 'MEDIUM';
  return 'LOW';
}

/** The decision of the score band under the thresholds; absent bands are skipped. */
export function bandDecision(score: number, t: Thresholds): Decision {
  if (t.block !== null && score >= t.block) return 'BLOCK';
  if (t.challenge !== null && score >= t.challenge) return 'CHALLENGE';
  if (t.review !== null && score >= t.review) return 'REVIEW';
  return 'ALLOW';
}

export interface FiredAction {
  code: string;
  action: Decision;
  priority: number;
}

/**
 * Pipeline stage 4 (decision): the band gives a decision; the highest-priority fired rule with an action
 * gives a candidate; the result is the more severe of the two — except that a fired ALLOW rule
 * whose priority is above every fired BLOCK rule's wins outright.
 */
export function decide(score: number, thresholds: Thresholds, actions: FiredAction[]): Decision {
  const band = bandDecision(score, thresholds);
  if (actions.length === 0) return band;
  const allow = actions.filter((a) => a.action === 'ALLOW');
  const blocking = actions.filter((a) => a.action === 'BLOCK');
  if (allow.length > 0) {
    const allowPriority = Math.max(...allow.map((a) => a.priority));
    const blockPriority = blocking.length
      ? Math.max(...blocking.map((a) => a.priority))
      : -Infinity;
    if (allowPriority > blockPriority) return 'ALLOW';
  }
  const candidate = [...actions]
    .filter((a) => a.action !== 'ALLOW')
    .sort((a, b) => b.priority - a.priority || severity(b.action) - severity(a.action))[0];
  return candidate ? mostSevere(band, candidate.action) : band;
}

import type { AmountStats } from './types.js';

export const EMPTY_STATS: AmountStats = { count: 0, mean: 0, m2: 0, max: 0, total: 0 };

/** Adds one amount to running statistics in O(1) (Welford's online algorithm). */
export function addAmount(s: AmountStats, amount: number): AmountStats {
  const count = s.count + 1;
  const delta = amount - s.mean;
  const mean = s.mean + delta / count;
  return {
    count,
    mean,
    m2: s.m2 + delta * (amount - mean),
    max: Math.max(s.max, amount),
    total: s.total + amount,
  };
}

/** Population standard deviation. */
export function stdDev(s: AmountStats): number {
  return s.count > 0 ? Math.sqrt(Math.max(0, s.m2) / s.count) : 0;
}

/** Trust from history: more clean activity raises it, confirmed fraud sinks it. 0..100. */
export function trustScore(input: {
  count: number;
  accountAgeDays: number;
  fraudCount: number;
}): number {
  if (input.fraudCount > 0) return Math.max(0, 10 - 5 * (input.fraudCount - 1));
  const activity = Math.min(60, 10 * Math.log2(1 + input.count));
  const age = Math.min(40, input.accountAgeDays / 9);
  return Math.round(activity + age);
}

export const TRUST_LEVELS = ['NEW', 'LOW', 'MEDIUM', 'HIGH', 'FLAGGED'] as const;
export type TrustLevel = (typeof TRUST_LEVELS)[number];

/**
 * Below this many events a customer without fraud is NEW: their score is then mostly the
 * absence of history (one event scores 10/100), which says nothing about how risky they are.
 */
export const NEW_CUSTOMER_EVENTS = 5;

/**
 * The trust band shown to analysts. Confirmed fraud flags a customer whatever their history;
 * otherwise a history shorter than NEW_CUSTOMER_EVENTS is too short to judge (NEW, not LOW),
 * and from then on the score decides.
 */
export function trustLevel(score: number, fraudCount: number, count: number): TrustLevel {
  if (fraudCount > 0) return 'FLAGGED';
  if (count < NEW_CUSTOMER_EVENTS) return 'NEW';
  if (score >= 70) return 'HIGH';
  if (score >= 40) return 'MEDIUM';
  return 'LOW';
}

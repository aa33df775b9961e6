/** How the metrics page reads the server's figures: targets, flags and bands. */

/** The false-positive rate a fraud team aims to stay at or under (a share: 5 %). */
export const FALSE_POSITIVE_TARGET = 0.05;

/** A recommended REVIEW threshold this many points or fewer from the current one is close enough. */
export const THRESHOLD_GAP_LIMIT = 10;

/** Weighted labels below which the server recommends no threshold (schema: "null below 30"). */
export const MIN_THRESHOLD_SAMPLE = 30;

/** True when the false-positive rate is above {@link FALSE_POSITIVE_TARGET}; at it is on target. */
export function isAboveFalsePositiveTarget(rate: number | null | undefined): boolean {
  return rate !== null && rate !== undefined && rate > FALSE_POSITIVE_TARGET;
}

export interface ThresholdGap {
  /** Recommended minus current, in score points; null when either is missing. */
  gap: number | null;
  /** The gap is more than {@link THRESHOLD_GAP_LIMIT} points either way. */
  flagged: boolean;
}

export function thresholdGap(
  recommended: number | null | undefined,
  current: number | null | undefined,
): ThresholdGap {
  if (
    recommended === null ||
    recommended === undefined ||
    current === null ||
    current === undefined
  )
    return { gap: null, flagged: false };
  const gap = recommended - current;
  return { gap, flagged: Math.abs(gap) > THRESHOLD_GAP_LIMIT };
}

export type PsiBand = 'NONE' | 'STABLE' | 'MODERATE' | 'SIGNIFICANT';

/** PSI limits: below 0.1 stable, from 0.1 a moderate shift, from 0.25 a significant one. */
export const PSI_MODERATE = 0.1;
export const PSI_SIGNIFICANT = 0.25;

export function psiBand(psi: number | null | undefined): PsiBand {
  if (psi === null || psi === undefined || !Number.isFinite(psi)) return 'NONE';
  if (psi >= PSI_SIGNIFICANT) return 'SIGNIFICANT';
  if (psi >= PSI_MODERATE) return 'MODERATE';
  return 'STABLE';
}

export const PSI_BAND_LABELS: Record<PsiBand, string> = {
  NONE: 'Not enough traffic to compare',
  STABLE: 'Stable',
  MODERATE: 'Moderate shift',
  SIGNIFICANT: 'Significant shift',
};

const MINUS = '−';

/** A difference with its sign: "+3.2", "−1.0", "0.0"; a dash when missing. */
export function formatSigned(value: number | null | undefined, digits = 1): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  const text = Math.abs(value).toFixed(digits);
  if (Number(text) === 0) return text;
  return `${value > 0 ? '+' : MINUS}${text}`;
}

/** A PSI value to three decimals ("0.132"); a dash when missing. */
export function formatPsi(psi: number | null | undefined): string {
  return psi === null || psi === undefined || !Number.isFinite(psi) ? '—' : psi.toFixed(3);
}

/** "1 transaction", "3 transactions". */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;
}

/**
 * The UTC days a server window [from, to) covers, the last one included: midnight 1 Nov to
 * midnight 8 Nov is 1 Nov – 7 Nov. Null for unreadable or empty windows.
 */
export function windowDays(fromIso: string, toIso: string): { from: string; to: string } | null {
  const from = Date.parse(fromIso);
  const to = Date.parse(toIso);
  if (Number.isNaN(from) || Number.isNaN(to) || to <= from) return null;
  const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
  return { from: day(from), to: day(to - 1) };
}

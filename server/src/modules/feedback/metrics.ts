/**
 * The metric formulas of the README's "Feedback and metrics", as pure functions over aggregates the
 * database returns. Compliance teams reconcile these numbers: keep them exact.
 */

/** Score buckets for drift: 0–9, 10–19, …, 80–89, 90–100. */
export const SCORE_BUCKETS = 10;

export function bucketOf(score: number): number {
  return Math.min(SCORE_BUCKETS - 1, Math.floor(score / 10));
}

/** The scores bucket `index` holds, both ends inclusive: 0 → 0..9, 9 → 90..100. */
export function bucketRange(index: number): { from: number; to: number } {
  return { from: index * 10, to: index === SCORE_BUCKETS - 1 ? 100 : index * 10 + 9 };
}

/** Share used for an empty bucket, so the logarithm stays finite. */
export const PSI_EPSILON = 0.0001;

/**
 * Population stability index of `current` against `baseline` (counts per bucket):
 * Σ (c − b) · ln(c / b) over bucket shares, an empty bucket counting as {@link PSI_EPSILON}.
 * Null when either side has no scores.
 */
export function populationStabilityIndex(
  current: readonly number[],
  baseline: readonly number[],
): number | null {
  const total = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);
  const c = total(current);
  const b = total(baseline);
  if (c === 0 || b === 0) return null;
  let psi = 0;
  for (let i = 0; i < SCORE_BUCKETS; i++) {
    const cs = Math.max((current[i] ?? 0) / c, PSI_EPSILON);
    const bs = Math.max((baseline[i] ?? 0) / b, PSI_EPSILON);
    psi += (cs - bs) * Math.log(cs / bs);
  }
  return psi;
}

/** Labelled outcomes at one score: summed label weights. */
export interface LabelledScore {
  score: number;
  fraudWeight: number;
  legitimateWeight: number;
}

/** Fewer weighted labels than this and no threshold is recommended. */
export const MIN_THRESHOLD_SAMPLE = 30;

export interface ThresholdRecommendation {
  recommendedThreshold: number | null;
  /** Summed label weights. */
  sampleSize: number;
  /** Expected cost at the recommended threshold (null without one). */
  expectedCost: number | null;
}

/**
 * The REVIEW threshold minimizing expected cost: a transaction scoring at or above the threshold
 * is flagged; missed fraud (below it) costs `costRatio` per unit of weight, a false alarm (a
 * legitimate one at or above it) costs 1. Every integer 0..100 is tried; ties go to the lower.
 */
export function recommendThreshold(
  labelled: readonly LabelledScore[],
  costRatio: number,
): ThresholdRecommendation {
  const sampleSize = labelled.reduce((s, l) => s + l.fraudWeight + l.legitimateWeight, 0);
  if (sampleSize < MIN_THRESHOLD_SAMPLE) {
    return { recommendedThreshold: null, sampleSize, expectedCost: null };
  }
  let best = 0;
  let bestCost = Number.POSITIVE_INFINITY;
  for (let threshold = 0; threshold <= 100; threshold++) {
    let cost = 0;
    for (const l of labelled) {
      if (l.score < threshold) cost += l.fraudWeight * costRatio;
      else cost += l.legitimateWeight;
    }
    // Strictly better only: on a tie the lower threshold, found first, stays.
    if (cost < bestCost - 1e-9) {
      best = threshold;
      bestCost = cost;
    }
  }
  return { recommendedThreshold: best, sampleSize, expectedCost: bestCost };
}

/** a ÷ b, or null when there is nothing to divide by. */
export function rate(part: number, whole: number): number | null {
  return whole === 0 ? null : part / whole;
}

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  PSI_EPSILON,
  bucketOf,
  bucketRange,
  populationStabilityIndex,
  rate,
  recommendThreshold,
} from './metrics.js';

describe('score buckets', () => {
  it('puts 0–9 … 80–89 in their tens and 90–100 in the last', () => {
    expect([0, 9, 10, 19, 89, 90, 99, 100].map(bucketOf)).toEqual([0, 0, 1, 1, 8, 9, 9, 9]);
  });

  it('names each bucket by the scores it holds, the last one up to 100', () => {
    expect(bucketRange(0)).toEqual({ from: 0, to: 9 });
    expect(bucketRange(8)).toEqual({ from: 80, to: 89 });
    expect(bucketRange(9)).toEqual({ from: 90, to: 100 });
    for (let score = 0; score <= 100; score++) {
      const { from, to } = bucketRange(bucketOf(score));
      expect(score >= from && score <= to).toBe(true);
    }
  });
});

describe('population stability index', () => {
  it('is 0 for identical distributions and null without scores', () => {
    expect(
      populationStabilityIndex([1, 2, 3, 0, 0, 0, 0, 0, 0, 4], [2, 4, 6, 0, 0, 0, 0, 0, 0, 8]),
    ).toBeCloseTo(0, 12);
    expect(
      populationStabilityIndex(new Array(10).fill(0), [1, 0, 0, 0, 0, 0, 0, 0, 0, 0]),
    ).toBeNull();
  });

  it('matches a hand computation, empty buckets at epsilon', () => {
    // current: half in bucket 0, half in bucket 9; baseline: all in bucket 0.
    const current = [5, 0, 0, 0, 0, 0, 0, 0, 0, 5];
    const baseline = [10, 0, 0, 0, 0, 0, 0, 0, 0, 0];
    const expected =
      (0.5 - 1) * Math.log(0.5 / 1) + (0.5 - PSI_EPSILON) * Math.log(0.5 / PSI_EPSILON);
    expect(populationStabilityIndex(current, baseline)).toBeCloseTo(expected, 12);
  });

  it('is never negative', () => {
    const counts = fc.array(fc.nat(1000), { minLength: 10, maxLength: 10 });
    fc.assert(
      fc.property(counts, counts, (a, b) => {
        const psi = populationStabilityIndex(a, b);
        return psi === null || psi >= -1e-12;
      }),
    );
  });
});

describe('recommended threshold', () => {
  it('returns null below 30 weighted labels, with the sample size', () => {
    const labelled = [{ score: 80, fraudWeight: 29.5, legitimateWeight: 0 }];
    expect(recommendThreshold(labelled, 10)).toEqual({
      recommendedThreshold: null,
      sampleSize: 29.5,
      expectedCost: null,
    });
  });

  it('minimizes missed fraud × costRatio + false alarms, ties to the lower threshold', () => {
    // 20 legitimate at score 30, 10 fraud at score 70 (weights 1): any threshold in 31..70 costs 0.
    const labelled = [
      { score: 30, fraudWeight: 0, legitimateWeight: 20 },
      { score: 70, fraudWeight: 10, legitimateWeight: 0 },
    ];
    expect(recommendThreshold(labelled, 10)).toEqual({
      recommendedThreshold: 31,
      sampleSize: 30,
      expectedCost: 0,
    });
  });

  it('weighs missed fraud by the cost ratio', () => {
    // Fraud weighing 3 at score 40, legitimate weighing 30 at score 60.
    const labelled = [
      { score: 40, fraudWeight: 3, legitimateWeight: 0 },
      { score: 60, fraudWeight: 0, legitimateWeight: 30 },
    ];
    // Thresholds 0..40: cost 30 (all legit flagged, no fraud missed).
    // 41..60: fraud missed (3 × r), legit flagged (30): 3r + 30.
    // 61..100: fraud missed 3r, no false alarm: 3r.
    expect(recommendThreshold(labelled, 5).recommendedThreshold).toBe(61); // 15 < 30
    expect(recommendThreshold(labelled, 20).recommendedThreshold).toBe(0); // 60 > 30
    expect(recommendThreshold(labelled, 10).recommendedThreshold).toBe(0); // tie 30 = 30 → lower
  });
});

describe('rate', () => {
  it('divides, or is null over nothing', () => {
    expect(rate(1, 4)).toBe(0.25);
    expect(rate(0, 0)).toBeNull();
  });
});

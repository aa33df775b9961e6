import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  EMPTY_STATS,
  NEW_CUSTOMER_EVENTS,
  addAmount,
  stdDev,
  trustLevel,
  trustScore,
} from './profile.js';
import type { AmountStats } from './types.js';

const statsOf = (amounts: number[]): AmountStats => amounts.reduce(addAmount, EMPTY_STATS);

/** The textbook two-pass mean and population standard deviation. */
function twoPass(amounts: number[]) {
  const mean = amounts.reduce((s, a) => s + a, 0) / amounts.length;
  const variance = amounts.reduce((s, a) => s + (a - mean) ** 2, 0) / amounts.length;
  return { mean, sd: Math.sqrt(variance) };
}

/** |a - b| within 1e-9 relative to the larger magnitude (absolute near zero). */
function close(a: number, b: number, scale = Math.max(Math.abs(a), Math.abs(b))) {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, scale);
}

describe('addAmount (Welford)', () => {
  it('starts empty', () => {
    expect(EMPTY_STATS).toEqual({ count: 0, mean: 0, m2: 0, max: 0, total: 0 });
    expect(stdDev(EMPTY_STATS)).toBe(0);
  });

  it('does not mutate the statistics it is given', () => {
    const before = { ...EMPTY_STATS };
    addAmount(EMPTY_STATS, 10);
    expect(EMPTY_STATS).toEqual(before);
  });

  it('matches a hand computation', () => {
    // 2, 4, 4, 4, 5, 5, 7, 9: mean 5, population standard deviation 2.
    const s = statsOf([2, 4, 4, 4, 5, 5, 7, 9]);
    expect(s).toEqual({ count: 8, mean: 5, m2: 32, max: 9, total: 40 });
    expect(stdDev(s)).toBe(2);
  });

  it('one amount: mean is the amount, no spread', () => {
    const s = statsOf([123.45]);
    expect(s).toEqual({ count: 1, mean: 123.45, m2: 0, max: 123.45, total: 123.45 });
    expect(stdDev(s)).toBe(0);
  });

  it('constant amounts have no spread', () => {
    const s = statsOf(Array.from({ length: 50 }, () => 19.99));
    expect(s.mean).toBeCloseTo(19.99, 12);
    expect(stdDev(s)).toBeCloseTo(0, 9);
  });

  it('equals the two-pass mean and standard deviation within 1e-9 relative', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: 1e6, noNaN: true, noDefaultInfinity: true }), {
          minLength: 1,
          maxLength: 200,
        }),
        (amounts) => {
          const s = statsOf(amounts);
          const { mean, sd } = twoPass(amounts);
          expect(s.count).toBe(amounts.length);
          expect(close(s.mean, mean)).toBe(true);
          // The spread's error scales with the amounts, not with the spread itself.
          expect(close(stdDev(s), sd, Math.max(sd, mean))).toBe(true);
          expect(s.m2).toBeGreaterThanOrEqual(0);
        },
      ),
    );
  });

  it('keeps the maximum and the total', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 1_000_000 }), { minLength: 1, maxLength: 100 }),
        (amounts) => {
          const s = statsOf(amounts);
          expect(s.max).toBe(Math.max(...amounts));
          expect(s.total).toBe(amounts.reduce((a, b) => a + b, 0));
        },
      ),
    );
  });

  it('stdDev ignores a slightly negative m2 left by rounding', () => {
    expect(stdDev({ count: 3, mean: 1, m2: -1e-15, max: 1, total: 3 })).toBe(0);
  });
});

describe('trustScore', () => {
  it.each([
    [{ count: 0, accountAgeDays: 0, fraudCount: 0 }, 0],
    // 10·log2(1 + 1) = 10
    [{ count: 1, accountAgeDays: 0, fraudCount: 0 }, 10],
    // 10·log2(8) = 30, 90 / 9 = 10
    [{ count: 7, accountAgeDays: 90, fraudCount: 0 }, 40],
    // activity capped at 60, age capped at 40
    [{ count: 1_000_000, accountAgeDays: 10_000, fraudCount: 0 }, 100],
    [{ count: 63, accountAgeDays: 360, fraudCount: 0 }, 100],
    // fraud sinks it whatever the history: 10, 5, 0, 0
    [{ count: 1_000, accountAgeDays: 1_000, fraudCount: 1 }, 10],
    [{ count: 1_000, accountAgeDays: 1_000, fraudCount: 2 }, 5],
    [{ count: 1_000, accountAgeDays: 1_000, fraudCount: 3 }, 0],
    [{ count: 1_000, accountAgeDays: 1_000, fraudCount: 10 }, 0],
  ])('trustScore(%j) = %s', (input, expected) => {
    expect(trustScore(input)).toBe(expected);
  });

  it('stays within 0..100 and grows with clean activity and age', () => {
    fc.assert(
      fc.property(
        fc.nat(100_000),
        fc.nat(5_000),
        fc.nat(5_000),
        fc.nat(5),
        (count, age, moreAge, fraudCount) => {
          const a = trustScore({ count, accountAgeDays: age, fraudCount });
          const b = trustScore({ count: count + 1, accountAgeDays: age + moreAge, fraudCount });
          expect(a).toBeGreaterThanOrEqual(0);
          expect(a).toBeLessThanOrEqual(100);
          if (fraudCount === 0) expect(b).toBeGreaterThanOrEqual(a);
          else expect(a).toBeLessThanOrEqual(10);
        },
      ),
    );
  });
});

describe('trustLevel', () => {
  it.each([
    [0, 0, 0, 'NEW'],
    [100, 0, 0, 'NEW'],
    [10, 0, 1, 'NEW'],
    [23, 0, 4, 'NEW'],
    [80, 0, 4, 'NEW'],
    [10, 1, 1, 'FLAGGED'],
    [25, 0, 5, 'LOW'],
    [39, 0, 5, 'LOW'],
    [40, 0, 5, 'MEDIUM'],
    [69, 0, 5, 'MEDIUM'],
    [70, 0, 5, 'HIGH'],
    [100, 0, 500, 'HIGH'],
    [100, 1, 500, 'FLAGGED'],
    [0, 2, 0, 'FLAGGED'],
  ])('trustLevel(score %s, fraud %s, count %s) = %s', (score, fraud, count, level) => {
    expect(trustLevel(score, fraud, count)).toBe(level);
  });

  it('judges a fraud-free customer by score only from NEW_CUSTOMER_EVENTS events on', () => {
    const levelAt = (count: number) =>
      trustLevel(trustScore({ count, accountAgeDays: 0, fraudCount: 0 }), 0, count);
    expect(levelAt(NEW_CUSTOMER_EVENTS - 1)).toBe('NEW');
    expect(levelAt(NEW_CUSTOMER_EVENTS)).not.toBe('NEW');
  });
});

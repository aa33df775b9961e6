import { describe, expect, it } from 'vitest';
import { percentile, summarize } from './stats.js';

describe('percentile (nearest rank)', () => {
  const data = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
  it.each([
    [50, 5],
    [90, 9],
    [99, 10],
    [100, 10],
    [0, 1],
  ])('p%i = %i', (p, expected) => {
    expect(percentile(data, p)).toBe(expected);
  });

  it('is 0 for no samples', () => {
    expect(percentile([], 50)).toBe(0);
  });
});

describe('summarize', () => {
  it('sorts, rounds and computes throughput', () => {
    expect(summarize([3, 1, 2, 4], 2)).toEqual({
      requests: 4,
      throughputPerSecond: 2,
      p50Ms: 2,
      p95Ms: 4,
      p99Ms: 4,
      maxMs: 4,
    });
  });
});

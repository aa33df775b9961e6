import { describe, expect, it } from 'vitest';
import {
  bandScale,
  labelEvery,
  linePath,
  linearScale,
  niceStep,
  niceTicks,
  shortDay,
  stackMax,
  stackSeries,
} from './charts.logic';

describe('niceStep', () => {
  it.each([
    [0.7, 1],
    [1, 1],
    [1.1, 2],
    [2, 2],
    [2.1, 5],
    [5.01, 10],
    [23, 50],
    [0.03, 0.05],
  ])('%s → %s', (rough, step) => {
    expect(niceStep(rough)).toBeCloseTo(step, 12);
  });
});

describe('niceTicks', () => {
  it.each([
    [0, [0, 1]],
    [1, [0, 1]],
    [3, [0, 1, 2, 3]],
    [7, [0, 2, 4, 6, 8]],
    [8, [0, 2, 4, 6, 8]],
    [9, [0, 5, 10]],
    [100, [0, 50, 100]],
    [101, [0, 50, 100, 150]],
    [1234, [0, 500, 1000, 1500]],
  ])('counts up to %s → %j', (max, ticks) => {
    expect(niceTicks(max)).toEqual(ticks);
  });

  it('gives round fractions when asked for non-integer ticks', () => {
    expect(niceTicks(0.43, { count: 5, integer: false })).toEqual([0, 0.1, 0.2, 0.3, 0.4, 0.5]);
    expect(niceTicks(43, { count: 5 })).toEqual([0, 10, 20, 30, 40, 50]);
    expect(niceTicks(100, { count: 5 })).toEqual([0, 20, 40, 60, 80, 100]);
  });

  it('always ends at or above the maximum', () => {
    for (let max = 1; max < 2000; max += 37)
      expect(niceTicks(max).at(-1)).toBeGreaterThanOrEqual(max);
  });
});

describe('scales', () => {
  it('maps a domain linearly, upside down for y', () => {
    const y = linearScale([0, 100], [200, 0]);
    expect([y(0), y(50), y(100)]).toEqual([200, 100, 0]);
    expect(linearScale([5, 5], [10, 20])(5)).toBe(10);
  });

  it('lays out bands with padding centred in each step', () => {
    const bands = bandScale(4, [0, 100], 0.2);
    expect(bands.step).toBe(25);
    expect(bands.width).toBe(20);
    expect([bands.x(0), bands.x(3)]).toEqual([2.5, 77.5]);
  });
});

describe('stackSeries', () => {
  it('stacks each point bottom-up in series order', () => {
    const stacks = stackSeries(
      [
        { a: 2, b: 3 },
        { a: 0, b: 4 },
      ],
      ['a', 'b'],
    );
    expect(stacks).toEqual([
      [
        { key: 'a', value: 2, y0: 0, y1: 2 },
        { key: 'b', value: 3, y0: 2, y1: 5 },
      ],
      [
        { key: 'a', value: 0, y0: 0, y1: 0 },
        { key: 'b', value: 4, y0: 0, y1: 4 },
      ],
    ]);
    expect(stackMax(stacks)).toBe(5);
    expect(stackMax([])).toBe(0);
  });
});

describe('linePath', () => {
  it('lifts the pen over missing points', () => {
    expect(linePath([{ x: 0, y: 10 }, { x: 5, y: 20.123 }, null, { x: 15, y: 5 }])).toBe(
      'M0,10L5,20.12M15,5',
    );
    expect(linePath([null, null])).toBe('');
  });
});

describe('labels', () => {
  it.each([
    [7, 12, 1],
    [12, 12, 1],
    [13, 12, 2],
    [30, 12, 3],
    [366, 12, 31],
  ])('%s days, at most %s labels → every %s', (n, max, every) => {
    expect(labelEvery(n, max)).toBe(every);
  });

  it('prints a day short', () => {
    expect(shortDay('2026-11-05')).toBe('5 Nov');
  });
});

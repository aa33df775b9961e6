import { describe, expect, it } from 'vitest';
import {
  assertFiniteRow,
  seededRandom,
  splitByTime,
  subsampleNegatives,
  timeOrder,
  trainingSetFromRows,
} from './dataset.js';

const names = ['a', 'b'];
const set = trainingSetFromRows(
  names,
  Array.from({ length: 10 }, (_, i) => [i, -i]),
  Array.from({ length: 10 }, (_, i) => i % 4 === 0),
);

describe('trainingSetFromRows', () => {
  it('lays rows out flat with weight 1', () => {
    expect(set.rows).toBe(10);
    expect(set.dims).toBe(2);
    expect(Array.from(set.x.subarray(6, 8))).toEqual([3, -3]);
    expect(Array.from(set.y)).toEqual([1, 0, 0, 0, 1, 0, 0, 0, 1, 0]);
    expect(set.w.every((w) => w === 1)).toBe(true);
  });

  it.each([
    [
      [
        [0, 1],
        [NaN, 1],
      ],
      [0, 1],
      undefined,
      'feature a is NaN in row 1',
    ],
    [[[0, Infinity]], [0], undefined, 'feature b is Infinity in row 0'],
    [[[0, 1, 2]], [0], undefined, 'row 0 has 3 features, expected 2'],
    [[[0, 1]], [0, 1], undefined, '2 labels for 1 rows'],
    [[[0, 1]], [0], [-1], 'weight -1 in row 0'],
  ])('rejects bad input %#', (rows, labels, weights, message) => {
    expect(() => trainingSetFromRows(names, rows, labels, weights)).toThrow(message);
  });
});

describe('assertFiniteRow', () => {
  it.each([
    [[1, NaN], undefined, 'feature b is NaN'],
    [[1, NaN], 12, 'feature b is NaN in row 12'],
    [[1], undefined, '1 features, expected 2'],
  ])('%j row %s', (x, row, message) => {
    expect(() => assertFiniteRow(names, x, row)).toThrow(message);
  });
});

describe('splitByTime', () => {
  it('puts the first 80 % in order into train', () => {
    const times = Array.from({ length: 10 }, (_, i) => 100 - i); // newest first
    const { train, validation } = splitByTime(set, timeOrder(times));
    expect(train.rows).toBe(8);
    expect(Array.from(validation.x)).toEqual([1, -1, 0, -0]);
  });

  it('defaults to row order', () => {
    const { train, validation } = splitByTime(set);
    expect(train.x[0]).toBe(0);
    expect(validation.x[0]).toBe(8);
  });

  it('keeps ties in row order', () => {
    expect(Array.from(timeOrder([5, 1, 5, 1]))).toEqual([1, 3, 0, 2]);
  });
});

describe('subsampleNegatives', () => {
  const big = trainingSetFromRows(
    ['a'],
    Array.from({ length: 20_000 }, (_, i) => [i]),
    Array.from({ length: 20_000 }, (_, i) => i % 100 === 0),
  );

  it('keeps every fraud and reweights kept negatives by 1 / ratio', () => {
    const s = subsampleNegatives(big, 0.1, 42);
    let frauds = 0;
    let negWeight = 0;
    for (let i = 0; i < s.rows; i += 1) {
      if (s.y[i] === 1) {
        frauds += 1;
        expect(s.w[i]).toBe(1);
      } else {
        expect(s.w[i]).toBeCloseTo(10, 12);
        negWeight += s.w[i]!;
      }
    }
    expect(frauds).toBe(200);
    // The weighted negatives estimate the 19,800 originals.
    expect(negWeight / 19_800).toBeCloseTo(1, 1);
    // Order preserved.
    expect(Array.from(s.x).every((v, i, a) => i === 0 || v > a[i - 1]!)).toBe(true);
  });

  it('is deterministic per seed', () => {
    const a = subsampleNegatives(big, 0.2, 7);
    expect(Array.from(subsampleNegatives(big, 0.2, 7).x)).toEqual(Array.from(a.x));
    expect(Array.from(subsampleNegatives(big, 0.2, 8).x)).not.toEqual(Array.from(a.x));
  });

  it('rejects a ratio outside (0, 1]', () => {
    expect(() => subsampleNegatives(big, 0, 1)).toThrow('ratio 0');
  });
});

describe('seededRandom', () => {
  it('repeats per seed and stays in [0, 1)', () => {
    const a = seededRandom(1);
    const b = seededRandom(1);
    for (let i = 0; i < 1000; i += 1) {
      const v = a();
      expect(v).toBe(b());
      expect(v).toBeGreaterThanOrEqual(0);
      expect(v).toBeLessThan(1);
    }
  });
});

import { describe, expect, it } from 'vitest';
import { averagePrecision, cardPrecisionAtK, rocAuc, type Ranked } from './ranking.js';

const r = (score: number, fraud: boolean): Ranked => ({ score, fraud });

describe('rocAuc', () => {
  it.each([
    ['perfect', [r(0.9, true), r(0.8, true), r(0.2, false), r(0.1, false)], 1],
    ['inverted', [r(0.1, true), r(0.9, false)], 0],
    ['all tied', [r(1, true), r(1, false), r(1, false)], 0.5],
    // Frauds at 0.8 and 0.3; legit at 0.5 and 0.1: 3 of 4 pairs ordered.
    ['mixed', [r(0.8, true), r(0.5, false), r(0.3, true), r(0.1, false)], 0.75],
  ])('%s', (_name, items, expected) => {
    expect(rocAuc(items)).toBeCloseTo(expected, 10);
  });

  it('is NaN with one class only', () => {
    expect(rocAuc([r(1, false), r(2, false)])).toBeNaN();
  });
});

describe('averagePrecision', () => {
  it.each([
    ['perfect', [r(0.9, true), r(0.8, true), r(0.2, false)], 1],
    // Fraud at rank 2 of 3: precision 1/2.
    ['second', [r(0.9, false), r(0.8, true), r(0.2, false)], 0.5],
    // One step of 4 items, 1 fraud: precision 1/4.
    ['ties cost precision', [r(1, true), r(1, false), r(1, false), r(1, false)], 0.25],
    // Ranks 1 and 3: (1/1 + 2/3) / 2.
    ['two frauds', [r(3, true), r(2, false), r(1, true)], (1 + 2 / 3) / 2],
  ])('%s', (_name, items, expected) => {
    expect(averagePrecision(items)).toBeCloseTo(expected, 10);
  });
});

describe('cardPrecisionAtK', () => {
  const day1 = [
    { card: 'a', day: 'd1', score: 0.9, fraud: true },
    { card: 'a', day: 'd1', score: 0.1, fraud: false },
    { card: 'b', day: 'd1', score: 0.8, fraud: false },
    { card: 'c', day: 'd1', score: 0.2, fraud: true },
  ];
  const day2 = [
    { card: 'a', day: 'd2', score: 0.5, fraud: true },
    { card: 'b', day: 'd2', score: 0.4, fraud: true },
  ];

  it('takes each card’s best score per day and averages the days', () => {
    // d1: top 2 = a (fraud), b → 1/2; d2: a, b both fraud → 2/2.
    expect(cardPrecisionAtK([...day1, ...day2], 2)).toBeCloseTo(0.75, 10);
  });

  it('divides by k even when fewer cards exist', () => {
    expect(cardPrecisionAtK(day2, 4)).toBeCloseTo(0.5, 10);
  });

  it('drops known-compromised cards', () => {
    // d1 without a: b, c → c is fraud → 1/2.
    expect(cardPrecisionAtK(day1, 2, (card) => card === 'a')).toBeCloseTo(0.5, 10);
  });
});

import { describe, expect, it } from 'vitest';
import { rocAuc } from '../ranking.js';
import { subsetRows, type TrainingSet } from './dataset.js';
import { logisticLogit, standardization, trainLogistic } from './logistic.js';
import { solveSymmetric } from './numeric.js';
import { linearLabel, synthetic } from './testing.js';

const auc = (set: TrainingSet, score: (x: Float64Array) => number): number =>
  rocAuc(
    Array.from({ length: set.rows }, (_, i) => ({
      score: score(set.x.subarray(i * set.dims, (i + 1) * set.dims)),
      fraud: set.y[i] === 1,
    })),
  );

describe('trainLogistic', () => {
  const train = synthetic(20_000, 4, 1, linearLabel);
  const test = synthetic(20_000, 4, 2, linearLabel);
  const spec = trainLogistic(train);

  it.each([
    ['x0', 0, 1],
    ['x2', 2, -1],
  ])('recovers the sign of %s', (_name, j, sign) => {
    expect(Math.sign(spec.coef[j]!)).toBe(sign);
  });

  it('recovers the raw-scale coefficients roughly and converges', () => {
    // Raw coefficient = standardized / scale; the truth is 2 and −1.5.
    expect(spec.coef[0]! / spec.scale[0]!).toBeCloseTo(2, 0);
    expect(spec.coef[2]! / spec.scale[2]!).toBeCloseTo(-1.5, 0);
    expect(Math.abs(spec.coef[1]!)).toBeLessThan(0.15);
    expect(spec.converged).toBe(true);
  });

  it('ranks held-out rows with AUC > 0.9', () => {
    expect(auc(test, (x) => logisticLogit(spec, x))).toBeGreaterThan(0.9);
  });

  it('treats weight 2 as a duplicated row', () => {
    const small = subsetRows(
      train,
      Uint32Array.from({ length: 2000 }, (_, i) => i),
    );
    const twice = subsetRows(
      small,
      Uint32Array.from({ length: 2500 }, (_, i) => (i < 2000 ? i : i - 2000)),
    );
    const weighted = subsetRows(
      small,
      Uint32Array.from({ length: 2000 }, (_, i) => i),
    );
    for (let i = 0; i < 500; i += 1) weighted.w[i] = 2;
    const a = trainLogistic(twice);
    const b = trainLogistic(weighted);
    const plain = trainLogistic(small);
    for (let j = 0; j < 4; j += 1) expect(b.coef[j]!).toBeCloseTo(a.coef[j]!, 8);
    expect(b.intercept).toBeCloseTo(a.intercept, 8);
    expect(Math.abs(plain.coef[0]! - b.coef[0]!)).toBeGreaterThan(1e-4);
  });

  it('survives a constant column', () => {
    const set = subsetRows(
      train,
      Uint32Array.from({ length: 5000 }, (_, i) => i),
    );
    for (let i = 0; i < set.rows; i += 1) set.x[i * set.dims + 3] = 7;
    const s = trainLogistic(set);
    expect(s.scale[3]).toBe(1);
    expect(s.mean[3]).toBe(7);
    expect(s.coef[3]).toBeCloseTo(0, 12);
    expect(s.coef.every(Number.isFinite)).toBe(true);
    expect(auc(test, (x) => logisticLogit(s, x))).toBeGreaterThan(0.9);
  });

  it('stronger l2 shrinks the coefficients', () => {
    const strong = trainLogistic(train, { l2: 10_000 });
    expect(Math.abs(strong.coef[0]!)).toBeLessThan(Math.abs(spec.coef[0]!));
  });

  it('reports progress ending at 1 and stops at maxIterations', () => {
    const seen: number[] = [];
    const s = trainLogistic(train, { maxIterations: 2, onProgress: (f) => seen.push(f) });
    expect(s.iterations).toBe(2);
    expect(s.converged).toBe(false);
    expect(seen.at(-1)).toBe(1);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
  });

  it.each([
    [NaN, 'feature x1 is NaN in row 3'],
    [Infinity, 'feature x1 is Infinity in row 3'],
  ])('rejects %s features', (value, message) => {
    const set = subsetRows(
      train,
      Uint32Array.from({ length: 10 }, (_, i) => i),
    );
    set.x[3 * set.dims + 1] = value;
    expect(() => trainLogistic(set)).toThrow(message);
  });

  it('is deterministic', () => {
    expect(JSON.stringify(trainLogistic(train))).toBe(JSON.stringify(spec));
  });
});

describe('standardization', () => {
  it('uses weighted moments', () => {
    const set: TrainingSet = {
      rows: 2,
      dims: 1,
      names: ['a'],
      x: Float64Array.of(0, 10),
      y: Uint8Array.of(0, 1),
      w: Float64Array.of(3, 1),
    };
    const { mean, scale } = standardization(set);
    expect(mean[0]).toBeCloseTo(2.5, 12);
    expect(scale[0]).toBeCloseTo(Math.sqrt((3 * 2.5 ** 2 + 7.5 ** 2) / 4), 12);
  });
});

describe('solveSymmetric', () => {
  it('solves a positive definite system', () => {
    const x = solveSymmetric(Float64Array.of(4, 2, 2, 3), Float64Array.of(2, 1), 2);
    expect(x[0]).toBeCloseTo(0.5, 12);
    expect(x[1]).toBeCloseTo(0, 12);
  });

  it('falls back to a ridge on a singular matrix', () => {
    const x = solveSymmetric(Float64Array.of(1, 1, 1, 1), Float64Array.of(2, 2), 2);
    expect(x.every(Number.isFinite)).toBe(true);
    expect(x[0]! + x[1]!).toBeCloseTo(2, 4);
  });
});

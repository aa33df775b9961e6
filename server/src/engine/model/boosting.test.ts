import { describe, expect, it } from 'vitest';
import { subsetRows, type TrainingSet } from './dataset.js';
import { binCuts } from './bins.js';
import { boostingLogit, trainBoosting } from './boosting.js';
import { interactionLabel, synthetic } from './testing.js';

const column = (values: number[]): TrainingSet => ({
  rows: values.length,
  dims: 1,
  names: ['a'],
  x: Float64Array.from(values),
  y: new Uint8Array(values.length),
  w: new Float64Array(values.length).fill(1),
});

describe('binCuts', () => {
  it.each([
    ['binary', [0, 1, 0, 1, 1], 64, [0]],
    ['constant', [3, 3, 3], 64, []],
    ['few values', [5, 1, 3, 3, 1], 64, [1, 3]],
    // Three cuts: two over the lowest 98 % (levels 0.327, 0.653), one at the 98 % level.
    ['quantiles', Array.from({ length: 100 }, (_, i) => i), 4, [32, 65, 97]],
    // Seven cuts: six over the lowest 98 %, the seventh at the 99 % level, inside the tail.
    [
      'denser in the top 2 %',
      Array.from({ length: 1000 }, (_, i) => i),
      8,
      [163, 326, 489, 653, 816, 979, 989],
    ],
  ])('%s', (_name, values, maxBins, expected) => {
    expect(Array.from(binCuts(column(values), maxBins)[0]!)).toEqual(expected);
  });

  it('never exceeds maxBins − 1 cuts', () => {
    const set = synthetic(5000, 2, 3, () => false);
    for (const cuts of binCuts(set, 64)) expect(cuts.length).toBeLessThanOrEqual(63);
  });
});

describe('trainBoosting', () => {
  const set = synthetic(4000, 3, 5, interactionLabel);

  it('builds trees no deeper than maxDepth with right = left + 1', () => {
    const spec = trainBoosting(set, { trees: 10, maxDepth: 2 });
    expect(spec.roots).toHaveLength(10);
    const depth = (n: number): number =>
      spec.feature[n]! < 0 ? 0 : 1 + Math.max(depth(spec.left[n]!), depth(spec.left[n]! + 1));
    for (const root of spec.roots) expect(depth(root)).toBeLessThanOrEqual(2);
  });

  it('sends x ≤ threshold left', () => {
    const spec = trainBoosting(set, { trees: 1, maxDepth: 1, learningRate: 1 });
    const root = spec.roots[0]!;
    const f = spec.feature[root]!;
    const t = spec.threshold[root]!;
    const at = [0, 0, 0];
    at[f] = t;
    const above = [...at];
    above[f] = t + 1e-9;
    expect(boostingLogit(spec, at)).toBe(spec.base + spec.value[spec.left[root]!]!);
    expect(boostingLogit(spec, above)).toBe(spec.base + spec.value[spec.left[root]! + 1]!);
  });

  it('splits nothing when minChildWeight cannot be met', () => {
    const spec = trainBoosting(set, { trees: 3, minChildWeight: 1e9 });
    expect(spec.feature.every((f) => f === -1)).toBe(true);
    expect(spec.gain.every((g) => g === 0)).toBe(true);
  });

  it('treats weight 2 as a duplicated row', () => {
    const n = 1000;
    const twice = subsetRows(
      set,
      Uint32Array.from({ length: n + 200 }, (_, i) => i % n),
    );
    const weighted = subsetRows(
      set,
      Uint32Array.from({ length: n }, (_, i) => i),
    );
    for (let i = 0; i < 200; i += 1) weighted.w[i] = 2;
    const a = trainBoosting(twice, { trees: 5 });
    const b = trainBoosting(weighted, { trees: 5 });
    expect(b.feature).toEqual(a.feature);
    expect(b.threshold).toEqual(a.threshold);
    b.value.forEach((v, k) => expect(v).toBeCloseTo(a.value[k]!, 9));
  });

  it('survives a constant column', () => {
    const s = subsetRows(
      set,
      Uint32Array.from({ length: 2000 }, (_, i) => i),
    );
    for (let i = 0; i < s.rows; i += 1) s.x[i * 3 + 2] = 4;
    const spec = trainBoosting(s, { trees: 10 });
    expect(spec.feature).not.toContain(2);
    expect(spec.value.every(Number.isFinite)).toBe(true);
  });

  it('reports progress per tree', () => {
    const seen: number[] = [];
    trainBoosting(set, { trees: 4, onProgress: (f) => seen.push(f) });
    expect(seen).toEqual([0.25, 0.5, 0.75, 1]);
  });

  it.each([
    [{ maxBins: 1 }, 'maxBins 1'],
    [{ maxDepth: 0 }, 'maxDepth 0'],
  ])('rejects %j', (options, message) => {
    expect(() => trainBoosting(set, options)).toThrow(message);
  });
});

/** Synthetic training data for the model's tests and timing (excluded from the build). */
import { seededRandom, type TrainingSet } from './dataset.js';
import { sigmoid } from './numeric.js';

/** Standard normal draws from a seeded uniform generator (Box–Muller). */
export function normals(seed: number): () => number {
  const rand = seededRandom(seed);
  return () => {
    const u = 1 - rand();
    const v = rand();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  };
}

/**
 * `rows` rows of `dims` independent N(0, 1) features named x0.. and labels drawn from
 * `label(row, uniform)`; every weight 1.
 */
export function synthetic(
  rows: number,
  dims: number,
  seed: number,
  label: (x: Float64Array, u: number) => boolean,
): TrainingSet {
  const normal = normals(seed);
  const rand = seededRandom(seed + 1);
  const x = new Float64Array(rows * dims);
  const y = new Uint8Array(rows);
  for (let i = 0; i < rows; i += 1) {
    for (let j = 0; j < dims; j += 1) x[i * dims + j] = normal();
    y[i] = label(x.subarray(i * dims, (i + 1) * dims), rand()) ? 1 : 0;
  }
  return {
    rows,
    dims,
    names: Array.from({ length: dims }, (_, j) => `x${j}`),
    x,
    y,
    w: new Float64Array(rows).fill(1),
  };
}

/** y ~ Bernoulli(sigmoid(2·x0 − 1.5·x2 − 3)). */
export const linearLabel = (x: Float64Array, u: number): boolean =>
  u < sigmoid(2 * x[0]! - 1.5 * x[2]! - 3);

/** y = x0 > 1.2 AND x1 > 0: a threshold interaction a linear model cannot express. */
export const interactionLabel = (x: Float64Array): boolean => x[0]! > 1.2 && x[1]! > 0;

/**
 * L2-regularised logistic regression fitted by iteratively reweighted least squares (Newton's
 * method) with sample weights. Features are standardized inside (the spec keeps mean and scale),
 * the intercept is not penalised, and each Newton step solves the (d+1)×(d+1) system by Cholesky.
 * One pass over the flat matrix per iteration, no allocation per row.
 */
import { assertValidSet, type TrainingSet } from './dataset.js';
import { log1pExp, logit, sigmoid, solveSymmetric } from './numeric.js';

/** A fitted logistic regression: plain JSON. */
export interface LogisticSpec {
  algorithm: 'LOGISTIC_REGRESSION';
  /** Feature names in input order. */
  names: string[];
  /** Weighted training mean per feature (raw units). */
  mean: number[];
  /** Weighted training standard deviation per feature; 1 for constant columns. */
  scale: number[];
  /** Coefficient per feature on the standardized scale ((x − mean) / scale). */
  coef: number[];
  /** Log-odds at the training mean (also the contributions' baseline). */
  intercept: number;
  /** The L2 strength the model was trained with. */
  l2: number;
  /** Newton iterations run. */
  iterations: number;
  /** Whether the step size fell below the tolerance before `maxIterations`. */
  converged: boolean;
}

/** Training options for {@link trainLogistic}. */
export interface LogisticOptions {
  /**
   * L2 penalty λ on the standardized coefficients: the fit minimises the weighted sum of
   * log-losses + λ/2 · Σ coef². Default 1 (the intercept is never penalised).
   */
  l2?: number;
  /** At most this many Newton iterations (each one pass over the data). Default 25. */
  maxIterations?: number;
  /** Stop when no coefficient moves by more than this in a step. Default 1e-6. */
  tolerance?: number;
  /** Called after each iteration with the fraction of `maxIterations` done, and 1 at the end. */
  onProgress?: (fraction: number) => void;
}

/** Weighted mean and standard deviation per column; constant columns get scale 1. */
export function standardization(set: TrainingSet): { mean: Float64Array; scale: Float64Array } {
  const { rows, dims, x, w } = set;
  const mean = new Float64Array(dims);
  const scale = new Float64Array(dims);
  let sw = 0;
  for (let i = 0; i < rows; i += 1) {
    const wi = w[i]!;
    sw += wi;
    const base = i * dims;
    for (let j = 0; j < dims; j += 1) mean[j] = mean[j]! + wi * x[base + j]!;
  }
  if (!(sw > 0)) throw new Error('the training set has no weight');
  for (let j = 0; j < dims; j += 1) mean[j] = mean[j]! / sw;
  for (let i = 0; i < rows; i += 1) {
    const wi = w[i]!;
    const base = i * dims;
    for (let j = 0; j < dims; j += 1) {
      const d = x[base + j]! - mean[j]!;
      scale[j] = scale[j]! + wi * d * d;
    }
  }
  for (let j = 0; j < dims; j += 1) {
    const sd = Math.sqrt(scale[j]! / sw);
    // Relative threshold: a column varying only by rounding noise counts as constant.
    scale[j] = sd > 1e-12 * Math.max(1, Math.abs(mean[j]!)) ? sd : 1;
  }
  return { mean, scale };
}

/**
 * Fits the model. Throws on an invalid set (non-finite feature, bad label or weight). With
 * p = d + 1 parameters each iteration costs rows × p² / 2 multiply-adds.
 */
export function trainLogistic(set: TrainingSet, options: LogisticOptions = {}): LogisticSpec {
  const l2 = options.l2 ?? 1;
  const maxIterations = options.maxIterations ?? 25;
  const tolerance = options.tolerance ?? 1e-6;
  if (!(l2 >= 0)) throw new Error(`l2 ${l2} must be ≥ 0`);
  if (!(maxIterations >= 1)) throw new Error(`maxIterations ${maxIterations} must be ≥ 1`);
  assertValidSet(set);
  const { rows, dims, y, w } = set;
  const { mean, scale } = standardization(set);
  const p = dims + 1;

  // Start from the weighted base rate.
  let sw = 0;
  let swy = 0;
  for (let i = 0; i < rows; i += 1) {
    sw += w[i]!;
    swy += w[i]! * y[i]!;
  }
  const rate = Math.min(1 - 1e-9, Math.max(1e-9, swy / sw));
  let beta = new Float64Array(p);
  beta[0] = logit(rate);

  const h = new Float64Array(p * p);
  const g = new Float64Array(p);
  let previous: Float64Array | undefined;
  let previousLoss = Infinity;
  let iterations = 0;
  let converged = false;
  let halvings = 0;

  while (iterations < maxIterations) {
    iterations += 1;
    h.fill(0);
    g.fill(0);
    let loss = newtonPass(set, mean, scale, beta, h, g);
    for (let j = 1; j < p; j += 1) {
      loss += 0.5 * l2 * beta[j]! * beta[j]!;
      g[j] = g[j]! + l2 * beta[j]!;
      h[j * p + j] = h[j * p + j]! + l2;
    }

    if (previous && loss > previousLoss * (1 + 1e-12) + 1e-12 && halvings < 30) {
      // The full Newton step overshot: go back halfway and evaluate again.
      halvings += 1;
      for (let a = 0; a < p; a += 1) beta[a] = 0.5 * (previous[a]! + beta[a]!);
      options.onProgress?.(iterations / maxIterations);
      continue;
    }
    halvings = 0;
    previousLoss = loss;
    previous = beta;

    const step = solveSymmetric(h, g, p);
    const next = new Float64Array(p);
    let maxStep = 0;
    for (let a = 0; a < p; a += 1) {
      next[a] = beta[a]! - step[a]!;
      maxStep = Math.max(maxStep, Math.abs(step[a]!));
    }
    beta = next;
    options.onProgress?.(iterations / maxIterations);
    if (maxStep < tolerance) {
      converged = true;
      break;
    }
  }
  options.onProgress?.(1);

  return {
    algorithm: 'LOGISTIC_REGRESSION',
    names: [...set.names],
    mean: Array.from(mean),
    scale: Array.from(scale),
    coef: Array.from(beta.subarray(1)),
    intercept: beta[0]!,
    l2,
    iterations,
    converged,
  };
}

/** Rows whose Hessian terms are added together (halves the passes over the p×p matrix). */
const BLOCK = 4;

/**
 * One pass over the data at coefficients `beta` (intercept first): adds the weighted log-loss
 * gradient to `g` and the upper triangle of Zᵀ·W·Z (W = w·p·(1 − p), Z standardized with an
 * intercept column) to `h`, both p = dims + 1 wide. Returns the weighted log-loss.
 */
function newtonPass(
  set: TrainingSet,
  mean: Float64Array,
  scale: Float64Array,
  beta: Float64Array,
  h: Float64Array,
  g: Float64Array,
): number {
  const { rows, dims, x, y, w } = set;
  const p = dims + 1;
  const zb = new Float64Array(BLOCK * p);
  const hw = new Float64Array(BLOCK);
  let filled = 0;
  let loss = 0;
  for (let i = 0; i < rows; i += 1) {
    const wi = w[i]!;
    if (wi === 0) continue;
    const base = i * dims;
    const zo = filled * p;
    zb[zo] = 1;
    let eta = beta[0]!;
    for (let j = 0; j < dims; j += 1) {
      const v = (x[base + j]! - mean[j]!) / scale[j]!;
      zb[zo + j + 1] = v;
      eta += beta[j + 1]! * v;
    }
    const pi = sigmoid(eta);
    const yi = y[i]!;
    loss += wi * (log1pExp(eta) - yi * eta);
    const r = wi * (pi - yi);
    for (let a = 0; a < p; a += 1) g[a] = g[a]! + r * zb[zo + a]!;
    hw[filled] = wi * pi * (1 - pi);
    filled += 1;
    if (filled === BLOCK) {
      addBlock(zb, hw, h, p);
      filled = 0;
    }
  }
  if (filled > 0) {
    // Unused slots hold finite values from earlier rows; weight 0 cancels them.
    hw.fill(0, filled);
    addBlock(zb, hw, h, p);
  }
  return loss;
}

/** h += Σₖ hw[k] · z_k · z_kᵀ over the BLOCK rows z_k of `zb` (upper triangle only). */
function addBlock(zb: Float64Array, hw: Float64Array, h: Float64Array, p: number): void {
  const p2 = 2 * p;
  const p3 = 3 * p;
  for (let a = 0; a < p; a += 1) {
    const a0 = hw[0]! * zb[a]!;
    const a1 = hw[1]! * zb[p + a]!;
    const a2 = hw[2]! * zb[p2 + a]!;
    const a3 = hw[3]! * zb[p3 + a]!;
    const row = a * p;
    for (let b = a; b < p; b += 1) {
      h[row + b] =
        h[row + b]! + a0 * zb[b]! + a1 * zb[p + b]! + a2 * zb[p2 + b]! + a3 * zb[p3 + b]!;
    }
  }
}

/** Log-odds of fraud for one row of raw features (not validated; see model.ts). */
export function logisticLogit(spec: LogisticSpec, x: ArrayLike<number>): number {
  const { mean, scale, coef } = spec;
  let eta = spec.intercept;
  for (let j = 0; j < coef.length; j += 1) eta += (coef[j]! * (x[j]! - mean[j]!)) / scale[j]!;
  return eta;
}

/** Per-feature contribution to the log-odds: coef × standardized value (sums to logit − intercept). */
export function logisticContributions(spec: LogisticSpec, x: ArrayLike<number>): Float64Array {
  const out = new Float64Array(spec.coef.length);
  for (let j = 0; j < out.length; j += 1) {
    out[j] = (spec.coef[j]! * (x[j]! - spec.mean[j]!)) / spec.scale[j]!;
  }
  return out;
}

/**
 * The learned fraud model's one entry point: train a logistic regression or a gradient-boosted
 * tree ensemble on a {@link TrainingSet}, and score, explain and validate with the resulting
 * plain-JSON {@link ModelSpec}. Pure: a spec read back from JSON predicts exactly the same.
 */
import { averagePrecision, rocAuc, type Ranked } from '../ranking.js';
import {
  boostingBaseline,
  boostingContributions,
  boostingLogit,
  trainBoosting,
  type BoostingOptions,
  type BoostingSpec,
} from './boosting.js';
import { assertFiniteRow, type TrainingSet } from './dataset.js';
import {
  logisticContributions,
  logisticLogit,
  trainLogistic,
  type LogisticOptions,
  type LogisticSpec,
} from './logistic.js';
import { sigmoid } from './numeric.js';

/** The learners {@link train} offers. */
export const ALGORITHMS = ['LOGISTIC_REGRESSION', 'GRADIENT_BOOSTING'] as const;
/** Which learner a model uses. */
export type Algorithm = (typeof ALGORITHMS)[number];

/** A fitted model of either kind: plain, JSON-serialisable data. */
export type ModelSpec = LogisticSpec | BoostingSpec;

/**
 * Options for {@link train}: the chosen learner reads its own (see LogisticOptions and
 * BoostingOptions; `l2` and `onProgress` mean the same to both).
 */
export type TrainOptions = LogisticOptions & BoostingOptions;

/** Fits a model of `algorithm` on `set`. Throws on non-finite features, bad labels or weights. */
export function train(
  set: TrainingSet,
  algorithm: Algorithm,
  options: TrainOptions = {},
): ModelSpec {
  switch (algorithm) {
    case 'LOGISTIC_REGRESSION':
      return trainLogistic(set, options);
    case 'GRADIENT_BOOSTING':
      return trainBoosting(set, options);
    default:
      throw new Error(`unknown algorithm ${String(algorithm)}`);
  }
}

/**
 * Log-odds of fraud for one row of raw features in `spec.names` order. Throws when `x` has the
 * wrong length or a non-finite value (`row` only labels the message).
 */
export function predictLogit(spec: ModelSpec, x: ArrayLike<number>, row?: number): number {
  assertFiniteRow(spec.names, x, row);
  return spec.algorithm === 'LOGISTIC_REGRESSION' ? logisticLogit(spec, x) : boostingLogit(spec, x);
}

/** Smallest distance of a probability from 0 and 1, so `predict` stays strictly inside (0, 1). */
const EDGE = 1e-15;

/**
 * Probability of fraud in (0, 1) for one row of raw features (clamped to [1e-15, 1 − 1e-15]).
 * Throws like {@link predictLogit}.
 */
export function predict(spec: ModelSpec, x: ArrayLike<number>, row?: number): number {
  return Math.min(1 - EDGE, Math.max(EDGE, sigmoid(predictLogit(spec, x, row))));
}

/** Probabilities for every row of `set` (row numbers in errors are 0-based). */
export function predictSet(spec: ModelSpec, set: TrainingSet): Float64Array {
  if (set.dims !== spec.names.length) {
    throw new Error(`the set has ${set.dims} features, the model ${spec.names.length}`);
  }
  const out = new Float64Array(set.rows);
  for (let i = 0; i < set.rows; i += 1) {
    out[i] = predict(spec, set.x.subarray(i * set.dims, (i + 1) * set.dims), i);
  }
  return out;
}

/**
 * The log-odds contributions are measured from: the intercept (log-odds at the training mean)
 * for logistic regression; the base rate plus every root's value for trees.
 */
export function baselineLogit(spec: ModelSpec): number {
  return spec.algorithm === 'LOGISTIC_REGRESSION' ? spec.intercept : boostingBaseline(spec);
}

/** One feature's share of a score, in log-odds. */
export interface Contribution {
  name: string;
  value: number;
}

/**
 * Per-feature contributions to the log-odds of `x` relative to {@link baselineLogit}: coefficient
 * × standardized value for logistic regression, Saabas path attribution for trees. They sum to
 * `predictLogit(spec, x) − baselineLogit(spec)`. Sorted by |value| descending, ties in feature
 * order. Throws like {@link predictLogit}.
 */
export function contributions(spec: ModelSpec, x: ArrayLike<number>): Contribution[] {
  assertFiniteRow(spec.names, x);
  const values =
    spec.algorithm === 'LOGISTIC_REGRESSION'
      ? logisticContributions(spec, x)
      : boostingContributions(spec, x);
  return spec.names
    .map((name, j) => ({ name, value: values[j]!, j }))
    .sort((a, b) => Math.abs(b.value) - Math.abs(a.value) || a.j - b.j)
    .map(({ name, value }) => ({ name, value }));
}

/** One feature's global weight in the model. */
export interface Importance {
  name: string;
  /** Share in [0, 1]; all shares sum to 1 (all 0 when the model uses no feature). */
  importance: number;
}

/**
 * Global feature importance, normalised to sum 1, sorted descending (ties in feature order):
 * |coefficient| on the standardized scale for logistic regression, total split gain for trees.
 */
export function importance(spec: ModelSpec): Importance[] {
  const raw = spec.algorithm === 'LOGISTIC_REGRESSION' ? spec.coef.map(Math.abs) : spec.gain;
  const total = raw.reduce((s, v) => s + v, 0);
  return spec.names
    .map((name, j) => ({ name, importance: total > 0 ? raw[j]! / total : 0, j }))
    .sort((a, b) => b.importance - a.importance || a.j - b.j)
    .map(({ name, importance }) => ({ name, importance }));
}

/** Ranking quality of a model on a (validation) set. */
export interface Validation {
  /** ROC AUC (NaN when one class is absent). */
  auc: number;
  /** Average precision (NaN without frauds). */
  averagePrecision: number;
}

/**
 * Scores every row and measures the ranking with ranking.ts (sample weights are ignored: each
 * row counts once). Throws on a non-finite feature, naming the 0-based row.
 */
export function validate(spec: ModelSpec, set: TrainingSet): Validation {
  if (set.dims !== spec.names.length) {
    throw new Error(`the set has ${set.dims} features, the model ${spec.names.length}`);
  }
  // Log-odds rather than probabilities: the same order, without ties from the (0, 1) clamp.
  const items: Ranked[] = new Array<Ranked>(set.rows);
  for (let i = 0; i < set.rows; i += 1) {
    const x = set.x.subarray(i * set.dims, (i + 1) * set.dims);
    items[i] = { score: predictLogit(spec, x, i), fraud: set.y[i] === 1 };
  }
  return { auc: rocAuc(items), averagePrecision: averagePrecision(items) };
}

/** Throws `invalid model: <why>` unless `ok`. */
function check(ok: boolean, why: string): asserts ok {
  if (!ok) throw new Error(`invalid model: ${why}`);
}

/** Whether `v` is an array of `length` finite numbers (any length when omitted). */
function isNumbers(v: unknown, length?: number): v is number[] {
  return (
    Array.isArray(v) &&
    (length === undefined || v.length === length) &&
    v.every((n) => typeof n === 'number' && Number.isFinite(n))
  );
}

/**
 * Checks that `value` (e.g. a stored spec after `JSON.parse`) is a well-formed {@link ModelSpec}
 * and returns it typed: known algorithm, one entry per feature name, finite numbers, and tree
 * links that point forward (so prediction always ends). Throws `invalid model: <why>`.
 */
export function parseModelSpec(value: unknown): ModelSpec {
  check(typeof value === 'object' && value !== null, 'not an object');
  const spec = value as Partial<Record<string, unknown>>;
  check(ALGORITHMS.includes(spec.algorithm as Algorithm), `algorithm ${String(spec.algorithm)}`);
  const names = spec.names;
  check(
    Array.isArray(names) && names.length > 0 && names.every((n) => typeof n === 'string'),
    'names must be a non-empty array of strings',
  );
  const d = names.length;
  if (spec.algorithm === 'LOGISTIC_REGRESSION') {
    for (const key of ['mean', 'scale', 'coef'] as const) {
      check(isNumbers(spec[key], d), `${key} must hold ${d} finite numbers`);
    }
    check(
      (spec.scale as number[]).every((s) => s > 0),
      'scale must be positive',
    );
    check(isNumbers([spec.intercept]), 'intercept must be a finite number');
    return value as LogisticSpec;
  }
  check(isNumbers([spec.base]), 'base must be a finite number');
  const n = Array.isArray(spec.feature) ? spec.feature.length : -1;
  for (const key of ['feature', 'threshold', 'left', 'value'] as const) {
    check(isNumbers(spec[key], n), `${key} must hold one finite number per node`);
  }
  check(isNumbers(spec.gain, d), `gain must hold ${d} finite numbers`);
  check(isNumbers(spec.roots), 'roots must be numbers');
  const { feature, left, roots } = spec as unknown as BoostingSpec;
  for (const root of roots) check(Number.isInteger(root) && root >= 0 && root < n, 'bad root');
  for (let k = 0; k < n; k += 1) {
    const f = feature[k]!;
    check(Number.isInteger(f) && f >= -1 && f < d, `node ${k} splits on feature ${f}`);
    if (f >= 0) {
      const l = left[k]!;
      check(Number.isInteger(l) && l > k && l + 1 < n, `node ${k} has children ${l}, ${l + 1}`);
    }
  }
  return value as BoostingSpec;
}

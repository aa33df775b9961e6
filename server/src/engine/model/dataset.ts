/**
 * Training data for the learned fraud model: one flat, row-major matrix of numeric features per
 * payment, a fraud label and a sample weight. Pure helpers to build, check, split and subsample
 * it; nothing here allocates per row.
 */

/** A numeric design matrix with labels and weights, stored flat for fast training loops. */
export interface TrainingSet {
  /** Number of rows (payments). */
  rows: number;
  /** Number of features per row. */
  dims: number;
  /** Feature names, `dims` of them, in column order. */
  names: readonly string[];
  /** Row-major values: feature `j` of row `i` is `x[i * dims + j]`. */
  x: Float64Array;
  /** Labels: 1 for fraud, 0 for legitimate. */
  y: Uint8Array;
  /** Sample weights (≥ 0), e.g. label confidence or 1 / sampling rate. */
  w: Float64Array;
}

/** Words for a non-finite number in error messages. */
function describe(v: number): string {
  return Number.isNaN(v) ? 'NaN' : v > 0 ? 'Infinity' : '-Infinity';
}

/**
 * Throws `feature <name> is NaN in row <row>` (without "in row" when `row` is omitted) when any
 * of `x[0..names.length)` is not finite, and when `x` does not have exactly one value per name.
 */
export function assertFiniteRow(
  names: readonly string[],
  x: ArrayLike<number>,
  row?: number | string,
): void {
  const where = row === undefined ? '' : ` in row ${row}`;
  if (x.length !== names.length) {
    throw new Error(`${x.length} features${where}, expected ${names.length}`);
  }
  for (let j = 0; j < names.length; j += 1) {
    const v = x[j]!;
    if (!Number.isFinite(v)) throw new Error(`feature ${names[j]} is ${describe(v)}${where}`);
  }
}

/**
 * Checks a whole set: matching lengths, finite features, labels 0/1, finite non-negative weights.
 * Row numbers in messages are 0-based indexes into the set.
 */
export function assertValidSet(set: TrainingSet): void {
  const { rows, dims, names, x, y, w } = set;
  if (names.length !== dims) throw new Error(`${names.length} names for ${dims} features`);
  if (x.length !== rows * dims)
    throw new Error(`x has ${x.length} values, expected ${rows * dims}`);
  if (y.length !== rows || w.length !== rows)
    throw new Error('y and w must have one entry per row');
  for (let i = 0; i < rows; i += 1) {
    const base = i * dims;
    for (let j = 0; j < dims; j += 1) {
      const v = x[base + j]!;
      if (!Number.isFinite(v)) throw new Error(`feature ${names[j]} is ${describe(v)} in row ${i}`);
    }
    if (y[i]! > 1) throw new Error(`label ${y[i]} in row ${i} is not 0 or 1`);
    const wi = w[i]!;
    if (!Number.isFinite(wi) || wi < 0) throw new Error(`weight ${wi} in row ${i} is not ≥ 0`);
  }
}

/**
 * Builds a set from one array of features per row, one label per row (true/1 = fraud) and
 * optional weights (default 1). Validates it (see {@link assertValidSet}).
 */
export function trainingSetFromRows(
  names: readonly string[],
  rows: readonly ArrayLike<number>[],
  labels: ArrayLike<boolean | number>,
  weights?: ArrayLike<number>,
): TrainingSet {
  const dims = names.length;
  const n = rows.length;
  if (labels.length !== n) throw new Error(`${labels.length} labels for ${n} rows`);
  if (weights && weights.length !== n) throw new Error(`${weights.length} weights for ${n} rows`);
  const x = new Float64Array(n * dims);
  const y = new Uint8Array(n);
  const w = new Float64Array(n);
  for (let i = 0; i < n; i += 1) {
    const row = rows[i]!;
    if (row.length !== dims)
      throw new Error(`row ${i} has ${row.length} features, expected ${dims}`);
    for (let j = 0; j < dims; j += 1) x[i * dims + j] = row[j]!;
    y[i] = labels[i] ? 1 : 0;
    w[i] = weights ? weights[i]! : 1;
  }
  const set: TrainingSet = { rows: n, dims, names: [...names], x, y, w };
  assertValidSet(set);
  return set;
}

/**
 * The rows `indexes` of `set`, in that order, as a new set (values copied). Indexes may repeat.
 */
export function subsetRows(set: TrainingSet, indexes: ArrayLike<number>): TrainingSet {
  const { dims } = set;
  const n = indexes.length;
  const x = new Float64Array(n * dims);
  const y = new Uint8Array(n);
  const w = new Float64Array(n);
  for (let k = 0; k < n; k += 1) {
    const i = indexes[k]!;
    if (!(i >= 0 && i < set.rows)) throw new Error(`row ${i} out of range 0..${set.rows - 1}`);
    x.set(set.x.subarray(i * dims, (i + 1) * dims), k * dims);
    y[k] = set.y[i]!;
    w[k] = set.w[i]!;
  }
  return { rows: n, dims, names: set.names, x, y, w };
}

/**
 * Row indexes sorted by `times` ascending (e.g. epoch ms of each payment); equal times keep row
 * order, so the result is deterministic.
 */
export function timeOrder(times: ArrayLike<number>): Uint32Array {
  const order = Uint32Array.from({ length: times.length }, (_, i) => i);
  return order.sort((a, b) => times[a]! - times[b]! || a - b);
}

/** A train / validation pair. */
export interface Split {
  train: TrainingSet;
  validation: TrainingSet;
}

/**
 * Out-of-time split: walks rows in `order` (row indexes oldest first, default row order, see
 * {@link timeOrder}) and puts the first `trainFraction` (default 0.8, rounded down) in `train`
 * and the rest in `validation`, so validation is always later than training.
 */
export function splitByTime(
  set: TrainingSet,
  order?: ArrayLike<number>,
  trainFraction = 0.8,
): Split {
  if (!(trainFraction > 0 && trainFraction < 1)) {
    throw new Error(`trainFraction ${trainFraction} must be in (0, 1)`);
  }
  const idx = order ?? Uint32Array.from({ length: set.rows }, (_, i) => i);
  if (idx.length !== set.rows) throw new Error(`order has ${idx.length} rows, set ${set.rows}`);
  const cut = Math.floor(set.rows * trainFraction);
  const all = Uint32Array.from(idx);
  return {
    train: subsetRows(set, all.subarray(0, cut)),
    validation: subsetRows(set, all.subarray(cut)),
  };
}

/**
 * A seeded pseudo-random generator (mulberry32): returns a function giving uniform numbers in
 * [0, 1). Same seed, same sequence; 32-bit state.
 */
export function seededRandom(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Keeps every fraud and each legitimate row with probability `ratio` (0 < ratio ≤ 1), drawn from
 * a PRNG seeded with `seed`; kept legitimate rows get their weight multiplied by 1 / ratio so
 * weighted totals (and hence probabilities) stay unbiased. Row order is preserved.
 */
export function subsampleNegatives(set: TrainingSet, ratio: number, seed: number): TrainingSet {
  if (!(ratio > 0 && ratio <= 1)) throw new Error(`ratio ${ratio} must be in (0, 1]`);
  const rand = seededRandom(seed);
  const keep = new Uint32Array(set.rows);
  let n = 0;
  for (let i = 0; i < set.rows; i += 1) {
    // Draw for every row so the choice of row i does not depend on earlier labels.
    const u = rand();
    if (set.y[i] === 1 || u < ratio) keep[n++] = i;
  }
  const out = subsetRows(set, keep.subarray(0, n));
  for (let k = 0; k < n; k += 1) if (out.y[k] === 0) out.w[k] = out.w[k]! / ratio;
  return out;
}

import type { TrainingSet } from './dataset.js';

/**
 * Histogram bins of gradient boosting: where each feature's values are cut, and which bin a
 * value falls in.
 */

/** Share of the bins spent on the top TAIL_SHARE of the values. */
const TAIL_BINS = 0.25;
const TAIL_SHARE = 0.02;

/**
 * The quantile level of cut b of maxBins: three quarters of the cuts spread evenly over the
 * lowest 98 % of the weight, a quarter over the top 2 %. Fraud lives in the tails (an amount
 * four standard deviations above the customer's usual, a recipient with fresh fraud reports):
 * evenly spread quantiles put those in one bin, and no tree could split there.
 */
function tailLevel(b: number, maxBins: number): number {
  const body = Math.round(maxBins * (1 - TAIL_BINS));
  return b <= body
    ? ((1 - TAIL_SHARE) * b) / body
    : 1 - TAIL_SHARE + (TAIL_SHARE * (b - body)) / (maxBins - body);
}

/**
 * Bin cuts per feature: sorted thresholds, at most `maxBins − 1` of them; bin b holds values in
 * (cuts[b − 1], cuts[b]]. Few distinct values get one cut per value; otherwise cuts sit at
 * weighted quantiles (denser in the top 2 %, see tailLevel) (sample weights count, so weight 2 bins like a duplicated row) of an evenly
 * strided sample of at most about `sample` rows.
 */
export function binCuts(set: TrainingSet, maxBins: number, sample = 200_000): Float64Array[] {
  const { rows, dims, x, w } = set;
  const stride = Math.max(1, Math.ceil(rows / sample));
  const n = Math.ceil(rows / stride);
  const values = new Float64Array(n);
  const order = new Uint32Array(n);
  const cuts: Float64Array[] = [];
  for (let j = 0; j < dims; j += 1) {
    for (let k = 0; k < n; k += 1) {
      values[k] = x[k * stride * dims + j]!;
      order[k] = k;
    }
    order.sort((a, b) => values[a]! - values[b]! || a - b);
    let distinct = 0;
    let total = 0;
    for (let k = 0; k < n; k += 1) {
      if (k === 0 || values[order[k]!] !== values[order[k - 1]!]) distinct += 1;
      total += w[order[k]! * stride]!;
    }
    const out: number[] = [];
    const max = values[order[n - 1]!]!;
    const push = (v: number): void => {
      if (v < max && (out.length === 0 || v > out[out.length - 1]!)) out.push(v);
    };
    if (distinct <= maxBins) {
      for (let k = 0; k < n; k += 1) push(values[order[k]!]!);
    } else {
      let cum = 0;
      let b = 1;
      for (let k = 0; k < n && b < maxBins; k += 1) {
        cum += w[order[k]! * stride]!;
        // The value where the cumulative weight first reaches the b-th level of the total.
        while (b < maxBins && cum >= tailLevel(b, maxBins) * total) {
          push(values[order[k]!]!);
          b += 1;
        }
      }
    }
    cuts.push(Float64Array.from(out));
  }
  return cuts;
}

/** The bin of `v`: the first index with cuts[i] ≥ v (cuts.length when above every cut). */
export function binOf(cuts: Float64Array, v: number): number {
  let lo = 0;
  let hi = cuts.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (cuts[mid]! < v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

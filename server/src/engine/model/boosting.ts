/**
 * Gradient-boosted decision trees for log-loss, with sample weights. Each feature is cut into at
 * most `maxBins` bins at quantiles of (a strided sample of) its values; trees grow level by level
 * to `maxDepth` from per-node gradient histograms (the larger child's histogram is the parent's
 * minus the smaller child's), with a minimum child hessian and L2 on leaf values. Fully
 * deterministic. Trees are stored as flat arrays so the fitted model is plain, compact JSON.
 */
import { assertValidSet, type TrainingSet } from './dataset.js';
import { logit, sigmoid } from './numeric.js';
import { binCuts, binOf } from './bins.js';

/** Hyper-parameters of {@link trainBoosting}; all optional. */
export interface BoostingOptions {
  /** Number of trees. Default 150. */
  trees?: number;
  /** Shrinkage applied to every tree's values. Default 0.1. */
  learningRate?: number;
  /** Maximum depth (root at depth 0, so at most 2^depth leaves), 1..8. Default 4. */
  maxDepth?: number;
  /** Bins per feature, 2..256. Default 128. */
  maxBins?: number;
  /** Minimum sum of hessians (weight × p × (1 − p)) on each side of a split. Default 1. */
  minChildWeight?: number;
  /** L2 penalty λ on leaf values: a node's value is −G / (H + λ). Default 1. */
  l2?: number;
  /** A split must improve the objective by more than this. Default 0. */
  minGain?: number;
  /** Rows sampled (evenly strided) to compute the bin cuts. Default 200,000. */
  binSample?: number;
  /** Called after each tree with the fraction of trees built. */
  onProgress?: (fraction: number) => void;
}

/** A fitted tree ensemble: plain JSON. Node arrays are shared by all trees. */
export interface BoostingSpec {
  algorithm: 'GRADIENT_BOOSTING';
  /** Feature names in input order. */
  names: string[];
  /** Log-odds before any tree: the weighted training base rate. */
  base: number;
  /** Index of each tree's root node. */
  roots: number[];
  /** Split feature per node; −1 for a leaf. */
  feature: number[];
  /** A row goes to the left child when x[feature] ≤ threshold. */
  threshold: number[];
  /** Left child per node (the right child is left + 1); −1 for a leaf. */
  left: number[];
  /**
   * Log-odds value per node (already scaled by the learning rate): the leaf's output, or for an
   * inner node the value it would have as a leaf (used for path attribution).
   */
  value: number[];
  /** Total split gain per feature over all trees (for importance). */
  gain: number[];
  /** The hyper-parameters used. */
  params: Required<Omit<BoostingOptions, 'onProgress'>>;
}

interface Node {
  /** Output node index. */
  id: number;
  depth: number;
  /** Range of the row index array this node owns. */
  start: number;
  end: number;
  g: number;
  h: number;
  hist: Float64Array;
}

/** Fits the ensemble. Throws on an invalid set (non-finite feature, bad label or weight). */
export function trainBoosting(set: TrainingSet, options: BoostingOptions = {}): BoostingSpec {
  const params = {
    trees: options.trees ?? 150,
    learningRate: options.learningRate ?? 0.1,
    maxDepth: options.maxDepth ?? 4,
    maxBins: options.maxBins ?? 128,
    minChildWeight: options.minChildWeight ?? 1,
    l2: options.l2 ?? 1,
    minGain: options.minGain ?? 0,
    binSample: options.binSample ?? 200_000,
  };
  const { trees, learningRate, maxDepth, maxBins, minChildWeight, l2, minGain } = params;
  if (!(maxBins >= 2 && maxBins <= 256)) throw new Error(`maxBins ${maxBins} must be in 2..256`);
  if (!(maxDepth >= 1 && maxDepth <= 8)) throw new Error(`maxDepth ${maxDepth} must be in 1..8`);
  if (!(l2 >= 0) || !(learningRate > 0)) throw new Error('l2 must be ≥ 0, learningRate > 0');
  assertValidSet(set);
  const { rows, dims, x, y, w } = set;
  if (rows === 0) throw new Error('the training set is empty');

  const cuts = binCuts(set, maxBins, params.binSample);
  const codes = new Uint8Array(rows * dims);
  for (let i = 0; i < rows; i += 1) {
    const base = i * dims;
    for (let j = 0; j < dims; j += 1) codes[base + j] = binOf(cuts[j]!, x[base + j]!);
  }

  let sw = 0;
  let swy = 0;
  for (let i = 0; i < rows; i += 1) {
    sw += w[i]!;
    swy += w[i]! * y[i]!;
  }
  if (!(sw > 0)) throw new Error('the training set has no weight');
  const base = logit(Math.min(1 - 1e-9, Math.max(1e-9, swy / sw)));

  const f = new Float64Array(rows).fill(base);
  const grad = new Float64Array(rows);
  const hess = new Float64Array(rows);
  const idx = new Uint32Array(rows);
  const tmp = new Uint32Array(rows);
  const histSize = dims * maxBins * 2;
  const featureGain = new Float64Array(dims);

  const spec: BoostingSpec = {
    algorithm: 'GRADIENT_BOOSTING',
    names: [...set.names],
    base,
    roots: [],
    feature: [],
    threshold: [],
    left: [],
    value: [],
    gain: [],
    params,
  };
  const addNode = (g: number, h: number): number => {
    spec.feature.push(-1);
    spec.threshold.push(0);
    spec.left.push(-1);
    spec.value.push((-learningRate * g) / (h + l2));
    return spec.value.length - 1;
  };

  for (let t = 0; t < trees; t += 1) {
    const [gSum, hSum] = gradients(f, y, w, grad, hess, idx);
    const root: Node = {
      id: addNode(gSum, hSum),
      depth: 0,
      start: 0,
      end: rows,
      g: gSum,
      h: hSum,
      hist: histogram(idx, 0, rows, grad, hess, codes, dims, maxBins),
    };
    spec.roots.push(root.id);
    let level: Node[] = [root];
    const leaves: Node[] = [];
    while (level.length > 0) {
      const next: Node[] = [];
      for (const node of level) {
        const split =
          node.depth < maxDepth ? bestSplit(node, cuts, maxBins, minChildWeight, l2) : null;
        if (!split || !(split.gain > minGain)) {
          leaves.push(node);
          continue;
        }
        featureGain[split.feature] = featureGain[split.feature]! + split.gain;
        const nl = partition(idx, tmp, node.start, node.end, codes, dims, split.feature, split.bin);
        const leftId = addNode(split.gl, split.hl);
        addNode(node.g - split.gl, node.h - split.hl);
        spec.feature[node.id] = split.feature;
        spec.threshold[node.id] = cuts[split.feature]![split.bin]!;
        spec.left[node.id] = leftId;
        const leftSmaller = nl - node.start <= node.end - nl;
        const small = leftSmaller
          ? histogram(idx, node.start, nl, grad, hess, codes, dims, maxBins)
          : histogram(idx, nl, node.end, grad, hess, codes, dims, maxBins);
        const large = node.hist;
        for (let o = 0; o < histSize; o += 1) large[o] = large[o]! - small[o]!;
        const depth = node.depth + 1;
        const l: Node = {
          id: leftId,
          depth,
          start: node.start,
          end: nl,
          g: split.gl,
          h: split.hl,
          hist: leftSmaller ? small : large,
        };
        const r: Node = {
          id: leftId + 1,
          depth,
          start: nl,
          end: node.end,
          g: node.g - split.gl,
          h: node.h - split.hl,
          hist: leftSmaller ? large : small,
        };
        next.push(l, r);
      }
      level = next;
    }
    for (const leaf of leaves) addToRows(f, idx, leaf.start, leaf.end, spec.value[leaf.id]!);
    options.onProgress?.((t + 1) / trees);
  }
  spec.gain = Array.from(featureGain);
  return spec;
}

/**
 * Per-row log-loss gradient w·(p − y) and hessian w·p·(1 − p) at log-odds `f`; resets `idx` to
 * 0..rows − 1. Returns the sums [Σg, Σh].
 */
function gradients(
  f: Float64Array,
  y: Uint8Array,
  w: Float64Array,
  grad: Float64Array,
  hess: Float64Array,
  idx: Uint32Array,
): [number, number] {
  let gSum = 0;
  let hSum = 0;
  for (let i = 0; i < f.length; i += 1) {
    const p = sigmoid(f[i]!);
    const wi = w[i]!;
    const gi = wi * (p - y[i]!);
    const hi = wi * p * (1 - p);
    grad[i] = gi;
    hess[i] = hi;
    gSum += gi;
    hSum += hi;
    idx[i] = i;
  }
  return [gSum, hSum];
}

/**
 * Gradient histogram of rows idx[start..end): entry ((feature · maxBins + bin) · 2) holds Σg and
 * the next one Σh.
 */
function histogram(
  idx: Uint32Array,
  start: number,
  end: number,
  grad: Float64Array,
  hess: Float64Array,
  codes: Uint8Array,
  dims: number,
  maxBins: number,
): Float64Array {
  const hist = new Float64Array(dims * maxBins * 2);
  for (let k = start; k < end; k += 1) {
    const r = idx[k]!;
    const gr = grad[r]!;
    const hr = hess[r]!;
    const rb = r * dims;
    for (let j = 0, off = 0; j < dims; j += 1, off += maxBins) {
      const o = (off + codes[rb + j]!) << 1;
      hist[o] = hist[o]! + gr;
      hist[o + 1] = hist[o + 1]! + hr;
    }
  }
  return hist;
}

/**
 * Stable in-place partition of idx[start..end): rows whose bin of `feature` is ≤ `bin` first.
 * Returns where the right part starts.
 */
function partition(
  idx: Uint32Array,
  tmp: Uint32Array,
  start: number,
  end: number,
  codes: Uint8Array,
  dims: number,
  feature: number,
  bin: number,
): number {
  let nl = start;
  let nr = 0;
  for (let k = start; k < end; k += 1) {
    const r = idx[k]!;
    if (codes[r * dims + feature]! <= bin) idx[nl++] = r;
    else tmp[nr++] = r;
  }
  idx.set(tmp.subarray(0, nr), nl);
  return nl;
}

/** Adds `v` to f[r] for every row r in idx[start..end). */
function addToRows(f: Float64Array, idx: Uint32Array, start: number, end: number, v: number): void {
  for (let k = start; k < end; k += 1) {
    const r = idx[k]!;
    f[r] = f[r]! + v;
  }
}

interface Split {
  feature: number;
  bin: number;
  gain: number;
  gl: number;
  hl: number;
}

/** The best split of a node over all features and bins, or null when none is allowed. */
function bestSplit(
  node: Node,
  cuts: readonly Float64Array[],
  maxBins: number,
  minChildWeight: number,
  l2: number,
): Split | null {
  const { g, h, hist } = node;
  const parent = (g * g) / (h + l2);
  let best: Split | null = null;
  for (let j = 0; j < cuts.length; j += 1) {
    const bins = cuts[j]!.length; // usable split points: bins 0..cuts.length − 1
    let gl = 0;
    let hl = 0;
    for (let b = 0, o = j * maxBins * 2; b < bins; b += 1, o += 2) {
      gl += hist[o]!;
      hl += hist[o + 1]!;
      const hr = h - hl;
      if (hl < minChildWeight) continue;
      if (hr < minChildWeight) break;
      const gr = g - gl;
      const gain = 0.5 * ((gl * gl) / (hl + l2) + (gr * gr) / (hr + l2) - parent);
      if (!best || gain > best.gain) best = { feature: j, bin: b, gain, gl, hl };
    }
  }
  return best;
}

/** Index of the leaf `x` falls into in the tree rooted at `root`. */
function leafOf(spec: BoostingSpec, root: number, x: ArrayLike<number>): number {
  const { feature, threshold, left } = spec;
  let n = root;
  let j = feature[n]!;
  while (j >= 0) {
    n = x[j]! <= threshold[n]! ? left[n]! : left[n]! + 1;
    j = feature[n]!;
  }
  return n;
}

/** Log-odds of fraud for one row of raw features (not validated; see model.ts). */
export function boostingLogit(spec: BoostingSpec, x: ArrayLike<number>): number {
  const { roots, value } = spec;
  let s = spec.base;
  for (let t = 0; t < roots.length; t += 1) s += value[leafOf(spec, roots[t]!, x)]!;
  return s;
}

/** The contributions' baseline: base + every root's value (the log-odds before any split). */
export function boostingBaseline(spec: BoostingSpec): number {
  let s = spec.base;
  for (const root of spec.roots) s += spec.value[root]!;
  return s;
}

/**
 * Saabas path attribution: along each tree's path, the change of node value at a split is
 * credited to the split feature. Sums to logit − {@link boostingBaseline}.
 */
export function boostingContributions(spec: BoostingSpec, x: ArrayLike<number>): Float64Array {
  const { feature, threshold, left, value } = spec;
  const out = new Float64Array(spec.names.length);
  for (const root of spec.roots) {
    let n = root;
    let j = feature[n]!;
    while (j >= 0) {
      const c = x[j]! <= threshold[n]! ? left[n]! : left[n]! + 1;
      out[j] = out[j]! + value[c]! - value[n]!;
      n = c;
      j = feature[n]!;
    }
  }
  return out;
}

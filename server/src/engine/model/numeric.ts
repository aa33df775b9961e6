/** Small numeric helpers shared by the model's learners. */

/** The logistic function 1 / (1 + e^-z), computed without overflow. */
export function sigmoid(z: number): number {
  if (z >= 0) return 1 / (1 + Math.exp(-z));
  const e = Math.exp(z);
  return e / (1 + e);
}

/** log(p / (1 − p)); ±Infinity at 0 and 1. */
export function logit(p: number): number {
  return Math.log(p / (1 - p));
}

/** log(1 + e^z) without overflow: the log-loss of a negative at log-odds z. */
export function log1pExp(z: number): number {
  return z > 0 ? z + Math.log1p(Math.exp(-z)) : Math.log1p(Math.exp(z));
}

/**
 * Solves `a · x = b` for a symmetric positive definite `n×n` matrix `a` (row-major; only the
 * upper triangle is read) by Cholesky decomposition. When `a` is not numerically positive
 * definite a small ridge (starting at 1e-10 × the largest diagonal entry, growing tenfold) is
 * added to the diagonal until it is. Returns a new array; `a` and `b` are left untouched.
 */
export function solveSymmetric(a: Float64Array, b: Float64Array, n: number): Float64Array {
  let maxDiag = 0;
  for (let i = 0; i < n; i += 1) maxDiag = Math.max(maxDiag, Math.abs(a[i * n + i]!));
  const l = new Float64Array(n * n);
  for (let attempt = 0, ridge = 0; attempt < 16; attempt += 1) {
    if (cholesky(a, n, ridge, l)) return choleskySolve(l, b, n);
    ridge = ridge === 0 ? 1e-10 * Math.max(maxDiag, 1e-12) : ridge * 10;
  }
  throw new Error('the system matrix is not positive definite even with a ridge');
}

/** Lower-triangular `l` with `l·lᵀ = a + ridge·I`; false when a pivot is not positive. */
function cholesky(a: Float64Array, n: number, ridge: number, l: Float64Array): boolean {
  l.fill(0);
  for (let j = 0; j < n; j += 1) {
    let d = a[j * n + j]! + ridge;
    for (let k = 0; k < j; k += 1) d -= l[j * n + k]! * l[j * n + k]!;
    if (!(d > 0) || !Number.isFinite(d)) return false;
    const ljj = Math.sqrt(d);
    l[j * n + j] = ljj;
    for (let i = j + 1; i < n; i += 1) {
      // Upper triangle of a: a[j][i] for i > j.
      let s = a[j * n + i]!;
      for (let k = 0; k < j; k += 1) s -= l[i * n + k]! * l[j * n + k]!;
      l[i * n + j] = s / ljj;
    }
  }
  return true;
}

/** Solves `l·lᵀ·x = b` by forward then backward substitution. */
function choleskySolve(l: Float64Array, b: Float64Array, n: number): Float64Array {
  const z = new Float64Array(n);
  for (let i = 0; i < n; i += 1) {
    let s = b[i]!;
    for (let k = 0; k < i; k += 1) s -= l[i * n + k]! * z[k]!;
    z[i] = s / l[i * n + i]!;
  }
  const x = new Float64Array(n);
  for (let i = n - 1; i >= 0; i -= 1) {
    let s = z[i]!;
    for (let k = i + 1; k < n; k += 1) s -= l[k * n + i]! * x[k]!;
    x[i] = s / l[i * n + i]!;
  }
  return x;
}

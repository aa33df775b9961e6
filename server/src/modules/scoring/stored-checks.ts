import type { Check } from '../../engine/types.js';

/**
 * How a stored result keeps `allChecks`: one `[code, status, weight, contribution, detail]` array
 * per check rather than an object. Every scored event carries some thirty checks, and their keys
 * were a fifth of what a batch sends and stores; the API still returns objects. Results stored
 * before hold objects, and both forms are read.
 */
export type StoredCheck = [
  code: string,
  status: Check['status'],
  weight: number,
  contribution: number,
  detail: string,
];

/** `checks` as stored. */
export function storedChecks(checks: readonly Check[]): StoredCheck[] {
  return checks.map((c) => [c.code, c.status, c.weight, c.contribution, c.detail]);
}

/** The checks of a stored result, whichever form it was stored in. */
export function checksOf(stored: readonly (StoredCheck | Check)[]): Check[] {
  return stored.map((c) =>
    Array.isArray(c)
      ? { code: c[0], status: c[1], weight: c[2], contribution: c[3], detail: c[4] }
      : c,
  );
}

/**
 * Pure rules of a transaction's explanation: which rules to show first, what a fired rule found,
 * and how free-form JSON (derived signals, the normalized input) reads as a key/value list.
 */
import type { CheckStatus } from '../../gql/graphql';

/** Check statuses in the order an analyst reads them: what fired, then what would have. */
export const CHECK_STATUS_ORDER = [
  'FIRED',
  'SHADOW_FIRED',
  'PASS',
  'DISABLED',
] as const satisfies readonly CheckStatus[];

/** How each check status reads on screen. */
export const CHECK_STATUS_TEXT: Record<CheckStatus, string> = {
  FIRED: 'Fired',
  SHADOW_FIRED: 'Fired in shadow',
  PASS: 'Passed',
  DISABLED: 'Disabled',
};

/** One rule of the policy and what it found (the API's `RuleCheck`). */
export interface CheckLike {
  code: string;
  status: CheckStatus;
  weight: number;
  detail: string;
}

/** An active rule that fired (the API's `MatchedRule`). */
export interface MatchedRuleLike {
  code: string;
  label: string;
  weight: number;
}

/** Checks by status (`CHECK_STATUS_ORDER`), then heaviest first, then by code. */
export function sortChecks<T extends CheckLike>(checks: readonly T[]): T[] {
  const rank = (s: CheckStatus) => CHECK_STATUS_ORDER.indexOf(s);
  return [...checks].sort(
    (a, b) =>
      rank(a.status) - rank(b.status) ||
      b.weight - a.weight ||
      (a.code < b.code ? -1 : a.code > b.code ? 1 : 0),
  );
}

/** How many checks have each status; every status is present, zero when none. */
export function countChecks(checks: readonly CheckLike[]): Record<CheckStatus, number> {
  const counts: Record<CheckStatus, number> = { FIRED: 0, SHADOW_FIRED: 0, PASS: 0, DISABLED: 0 };
  for (const check of checks) counts[check.status] += 1;
  return counts;
}

/**
 * Fired rules, heaviest first, each with the human-readable finding of its check (e.g. "7
 * transactions in the last hour, limit 5"); `detail` is null when the policy no longer lists it.
 */
export function firedRulesWithDetail<T extends MatchedRuleLike>(
  matched: readonly T[],
  checks: readonly CheckLike[],
): (T & { detail: string | null })[] {
  const detailOf = new Map(checks.map((c) => [c.code, c.detail]));
  return [...matched]
    .sort((a, b) => b.weight - a.weight || a.label.localeCompare(b.label))
    .map((rule) => ({ ...rule, detail: detailOf.get(rule.code) || null }));
}

/** One line of a flattened JSON value. */
export interface FlatEntry {
  /** Dotted path, e.g. `velocity.lastHour.count` or `lists.0.name`. */
  key: string;
  /** The value as text; `—` for null. */
  value: string;
}

const DASH = '—';

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isScalar(value: unknown): boolean {
  return value === null || value === undefined || typeof value !== 'object';
}

function scalarText(value: unknown): string {
  if (value === null || value === undefined) return DASH;
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  // Ratios and rates carry float noise (0.30000000000000004): four decimals are plenty.
  if (typeof value === 'number')
    return Number.isInteger(value) ? String(value) : String(Number(value.toFixed(4)));
  return String(value);
}

/**
 * A JSON value as a readable key/value list, in the value's own key order. Nested objects become
 * dotted keys; a list of plain values reads as one comma-separated line; a list of objects is
 * indexed (`lists.0.name`). Empty objects and lists read "none", null reads "—". A value that is
 * not an object reads as one entry keyed `value`.
 */
export function flattenJson(value: unknown): FlatEntry[] {
  const out: FlatEntry[] = [];
  const join = (key: string, part: string | number) => (key ? `${key}.${part}` : String(part));
  const walk = (node: unknown, key: string) => {
    if (Array.isArray(node) && !node.every(isScalar)) {
      node.forEach((item, i) => walk(item, join(key, i)));
    } else if (Array.isArray(node)) {
      const text = node.length === 0 ? 'none' : node.map(scalarText).join(', ');
      out.push({ key: key || 'value', value: text });
    } else if (isPlainObject(node)) {
      const entries = Object.entries(node);
      if (entries.length === 0) out.push({ key: key || 'value', value: 'none' });
      for (const [k, v] of entries) walk(v, join(key, k));
    } else {
      out.push({ key: key || 'value', value: scalarText(node) });
    }
  };
  if (isPlainObject(value) && Object.keys(value).length === 0) return [];
  if (Array.isArray(value) && value.length === 0) return [];
  walk(value, '');
  return out;
}

/**
 * Pure rules of the transactions list: the filter as it lives in the URL and in the filter form,
 * its validation, the API variables it becomes, and how a page of results is labelled. No React,
 * no network.
 */
import type { Decision, TransactionFilter } from '../../gql/graphql';
import { formatNumber } from '../../lib/format';

/** Decisions in severity order (ALLOW < REVIEW < CHALLENGE < BLOCK), as the filter offers them. */
export const DECISIONS = [
  'ALLOW',
  'REVIEW',
  'CHALLENGE',
  'BLOCK',
] as const satisfies readonly Decision[];

/** Rows per page; the server accepts 1–100. */
export const PAGE_SIZE = 25;

/** Customer ids longer than this are not ids: the URL value is ignored. */
const MAX_USER_ID_LENGTH = 200;

/** What the list is filtered on. `null` (or an empty `userId`) means "any". */
export interface TransactionFilters {
  /** The integrator's customer id, matched exactly. */
  userId: string;
  decision: Decision | null;
  /** 0–100, inclusive; never above `maxScore`. */
  minScore: number | null;
  /** 0–100, inclusive. */
  maxScore: number | null;
  /** First calendar day shown (YYYY-MM-DD, the browser's time zone), inclusive. */
  from: string | null;
  /** Last calendar day shown (YYYY-MM-DD, the browser's time zone), inclusive; never before `from`. */
  to: string | null;
}

export const DEFAULT_FILTERS: TransactionFilters = {
  userId: '',
  decision: null,
  minScore: null,
  maxScore: null,
  from: null,
  to: null,
};

/** The filter form's fields as typed: every value a string, `''` for "any". */
export interface FilterDraft {
  userId: string;
  decision: string;
  minScore: string;
  maxScore: string;
  from: string;
  to: string;
}

/** A message per field of the draft that cannot be applied. */
export type DraftErrors = Partial<Record<keyof FilterDraft, string>>;

/** URL query parameter of each filter field; the customer reads better as `customer`. */
const PARAM: Record<keyof TransactionFilters, string> = {
  userId: 'customer',
  decision: 'decision',
  minScore: 'minScore',
  maxScore: 'maxScore',
  from: 'from',
  to: 'to',
};

const FIELDS = Object.keys(PARAM) as (keyof TransactionFilters)[];

function isDecision(value: string): value is Decision {
  return (DECISIONS as readonly string[]).includes(value);
}

/** A whole score 0–100, `null` when empty, `undefined` when malformed. */
function readScore(raw: string): number | null | undefined {
  const s = raw.trim();
  if (s === '') return null;
  if (!/^\d{1,3}$/.test(s)) return undefined;
  const n = Number(s);
  return n <= 100 ? n : undefined;
}

/** A real calendar day as YYYY-MM-DD, `null` when empty, `undefined` when malformed. */
function readDay(raw: string): string | null | undefined {
  const s = raw.trim();
  if (s === '') return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  const real =
    date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
  return real && y >= 2000 ? s : undefined;
}

/** The filter as the form shows it. */
export function draftOf(filters: TransactionFilters): FilterDraft {
  return {
    userId: filters.userId,
    decision: filters.decision ?? '',
    minScore: filters.minScore === null ? '' : String(filters.minScore),
    maxScore: filters.maxScore === null ? '' : String(filters.maxScore),
    from: filters.from ?? '',
    to: filters.to ?? '',
  };
}

/**
 * Reads a draft into a filter. A field with an error falls back to its default in `filters`, so
 * `filters` is always valid; cross-field problems (min above max, from after to) are reported on
 * the second field (`maxScore`, `to`), which is the one dropped.
 */
export function readDraft(draft: FilterDraft): {
  filters: TransactionFilters;
  errors: DraftErrors;
} {
  const errors: DraftErrors = {};
  const userId = draft.userId.trim();
  if (userId.length > MAX_USER_ID_LENGTH)
    errors.userId = `Use at most ${MAX_USER_ID_LENGTH} characters`;
  const decision = draft.decision === '' || isDecision(draft.decision) ? draft.decision : undefined;
  if (decision === undefined) errors.decision = 'Choose a decision from the list';

  const minScore = readScore(draft.minScore);
  const maxScore = readScore(draft.maxScore);
  if (minScore === undefined) errors.minScore = 'Enter a whole number from 0 to 100';
  if (maxScore === undefined) errors.maxScore = 'Enter a whole number from 0 to 100';
  else if (maxScore !== null && minScore != null && minScore > maxScore)
    errors.maxScore = 'Must not be below the minimum score';

  const from = readDay(draft.from);
  const to = readDay(draft.to);
  if (from === undefined) errors.from = 'Enter a date as YYYY-MM-DD';
  if (to === undefined) errors.to = 'Enter a date as YYYY-MM-DD';
  else if (to !== null && from != null && from > to)
    errors.to = 'Must not be before the start date';

  return {
    filters: {
      userId: errors.userId ? '' : userId,
      decision: decision ? (decision as Decision) : null,
      minScore: minScore ?? null,
      maxScore: errors.maxScore ? null : (maxScore ?? null),
      from: from ?? null,
      to: errors.to ? null : (to ?? null),
    },
    errors,
  };
}

/** Reads the filter from a query string; anything malformed or contradictory falls back to its default. */
export function parseFilters(search: string | URLSearchParams): TransactionFilters {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const draft = Object.fromEntries(
    FIELDS.map((field) => [field, params.get(PARAM[field]) ?? '']),
  ) as unknown as FilterDraft;
  return readDraft(draft).filters;
}

/** The filter as query parameters, defaults left out, in a stable order (round-trips with `parseFilters`). */
export function serializeFilters(filters: TransactionFilters): URLSearchParams {
  const params = new URLSearchParams();
  const draft = draftOf(filters);
  for (const field of FIELDS) {
    const value = field === 'userId' ? draft.userId.trim() : draft[field];
    if (value !== '') params.set(PARAM[field], value);
  }
  return params;
}

/** Whether any filter narrows the list. */
export function isFiltered(filters: TransactionFilters): boolean {
  return serializeFilters(filters).toString() !== '';
}

/** The link to the list narrowed to one customer. */
export function customerListPath(userId: string): string {
  const query = serializeFilters({ ...DEFAULT_FILTERS, userId }).toString();
  return query ? `/transactions?${query}` : '/transactions';
}

/** Midnight at the start of a YYYY-MM-DD day in the browser's time zone, as an ISO instant. */
function startOfDay(day: string, plusDays = 0): string {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(y!, m! - 1, d! + plusDays).toISOString();
}

/**
 * The API's `TransactionFilter`. Days are the browser's: `from` starts at its midnight, and the
 * inclusive `to` day becomes the exclusive midnight after it (the API's `to` is exclusive).
 */
export function toFilterVariables(filters: TransactionFilters): TransactionFilter {
  return {
    userId: filters.userId || null,
    decision: filters.decision,
    minScore: filters.minScore,
    maxScore: filters.maxScore,
    from: filters.from ? startOfDay(filters.from) : null,
    to: filters.to ? startOfDay(filters.to, 1) : null,
  };
}

/** "26–50 of 1,234" for page `pageIndex` (0-based) showing `shown` rows of `total`. */
export function pageRange(pageIndex: number, shown: number, total: number): string {
  if (shown === 0) return `0 of ${formatNumber(total)}`;
  const first = pageIndex * PAGE_SIZE + 1;
  return `${formatNumber(first)}–${formatNumber(first + shown - 1)} of ${formatNumber(total)}`;
}

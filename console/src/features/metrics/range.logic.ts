/**
 * The metrics date range: whole UTC days, both ends inclusive as the analyst picks them, kept in
 * the URL as `?range=30d` or `?from=YYYY-MM-DD&to=YYYY-MM-DD`. The server counts [from, to) in
 * instants, so the inclusive `to` day goes out as the next midnight UTC.
 */

const DAY_MS = 86_400_000;

/** The quick choices, by number of days (today included). */
export const PRESETS = { '7d': 7, '30d': 30, '90d': 90 } as const;
export type Preset = keyof typeof PRESETS;

export const DEFAULT_PRESET: Preset = '30d';

/** The server's limit on one window. */
export const MAX_RANGE_DAYS = 366;

export interface DateRange {
  /** First UTC day, YYYY-MM-DD. */
  from: string;
  /** Last UTC day, YYYY-MM-DD, included. */
  to: string;
  /** The preset this range came from, or null for custom dates. */
  preset: Preset | null;
}

export interface ParsedRange {
  range: DateRange;
  /** Why the URL's range was not used (the default is shown instead), or null. */
  problem: string | null;
}

const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Midnight UTC of a real calendar day written YYYY-MM-DD, in ms; null for anything else. */
export function parseDay(value: string): number | null {
  const m = DAY_PATTERN.exec(value);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const ms = Date.UTC(year, month - 1, day);
  // Date.UTC rolls 2026-02-30 over to March: a real day survives the round trip.
  return formatDay(ms) === value ? ms : null;
}

/** The UTC day of an instant (ms or Date), YYYY-MM-DD. */
export function formatDay(instant: number | Date): string {
  return new Date(instant).toISOString().slice(0, 10);
}

/** `day` moved by `n` days (negative: back). `day` must be valid. */
export function addDays(day: string, n: number): string {
  return formatDay((parseDay(day) ?? Number.NaN) + n * DAY_MS);
}

/** The last `preset` days up to and including `today` (YYYY-MM-DD, UTC). */
export function presetRange(preset: Preset, today: string): DateRange {
  return { from: addDays(today, 1 - PRESETS[preset]), to: today, preset };
}

/** Days a range covers, both ends included. */
export function rangeDays(from: string, to: string): number {
  return Math.round(((parseDay(to) ?? Number.NaN) - (parseDay(from) ?? Number.NaN)) / DAY_MS) + 1;
}

/**
 * Why custom dates do not make a range, or null when they do: both real days, the start on or
 * before the end (the server's from < to, its `to` being the day after), at most
 * {@link MAX_RANGE_DAYS} days.
 */
export function validateRange(from: string, to: string): string | null {
  if (parseDay(from) === null || parseDay(to) === null) return 'Enter both dates as YYYY-MM-DD.';
  if (from > to) return 'The start date must be on or before the end date.';
  if (rangeDays(from, to) > MAX_RANGE_DAYS)
    return `A range may span at most ${MAX_RANGE_DAYS} days.`;
  return null;
}

function isPreset(value: string): value is Preset {
  return Object.hasOwn(PRESETS, value);
}

/** The range the URL asks for; a missing one is the default, a bad one the default and a problem. */
export function parseRange(params: URLSearchParams, today: string): ParsedRange {
  const preset = params.get('range');
  const from = params.get('from');
  const to = params.get('to');
  const fallback = presetRange(DEFAULT_PRESET, today);
  if (preset !== null) {
    if (isPreset(preset)) return { range: presetRange(preset, today), problem: null };
    return {
      range: fallback,
      problem: `Unknown range "${preset}". Showing the last ${PRESETS[DEFAULT_PRESET]} days.`,
    };
  }
  if (from === null && to === null) return { range: fallback, problem: null };
  const problem = validateRange(from ?? '', to ?? '');
  if (problem === null) return { range: { from: from!, to: to!, preset: null }, problem: null };
  return {
    range: fallback,
    problem: `The dates in the link were not used: ${problem.charAt(0).toLowerCase()}${problem.slice(1, -1)}. Showing the last ${PRESETS[DEFAULT_PRESET]} days.`,
  };
}

/** `current` with the range written in (other parameters kept). */
export function rangeToSearch(range: DateRange, current = new URLSearchParams()): URLSearchParams {
  const next = new URLSearchParams(current);
  next.delete('range');
  next.delete('from');
  next.delete('to');
  if (range.preset) next.set('range', range.preset);
  else {
    next.set('from', range.from);
    next.set('to', range.to);
  }
  return next;
}

/** The query's window: [first midnight, midnight after the last day), as ISO instants. */
export function rangeVariables(range: DateRange): { from: string; to: string } {
  return {
    from: `${range.from}T00:00:00.000Z`,
    to: `${addDays(range.to, 1)}T00:00:00.000Z`,
  };
}

/** "25 Nov 2026" for a YYYY-MM-DD day. */
export function formatDayLong(day: string): string {
  const ms = parseDay(day);
  if (ms === null) return day;
  return new Date(ms).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

/** "Last 30 days (27 Oct – 25 Nov 2026)" or "1 Nov 2026 – 25 Nov 2026". */
export function describeRange(range: DateRange): string {
  const span =
    range.from === range.to
      ? formatDayLong(range.from)
      : `${formatDayLong(range.from)} – ${formatDayLong(range.to)}`;
  return range.preset ? `Last ${PRESETS[range.preset]} days (${span})` : span;
}

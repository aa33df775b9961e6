/**
 * The time windows scoring counts over, defined once: the database reads use them as SQL
 * intervals (enrichment) and the in-memory batch overlay as milliseconds, so both always agree.
 */

export const MINUTE_MS = 60_000;
export const HOUR_MS = 60 * MINUTE_MS;
export const DAY_MS = 24 * HOUR_MS;

/** Short velocity window (count and sum per user, device, IP, recipient; account velocity). */
export const VELOCITY_SHORT_MS = HOUR_MS;
/** Long velocity window; also how far back a session's previous device is looked for. */
export const VELOCITY_LONG_MS = DAY_MS;
/** CARD_TESTING's burst window for small amounts. */
export const SMALL_AMOUNT_WINDOW_MS = 10 * MINUTE_MS;
/** How far back other users sharing a device, IP, e-mail or phone count as linked. */
export const LINKAGE_MS = 30 * DAY_MS;
/** How far back other senders to the same recipient count as fan-in. */
export const FAN_IN_MS = DAY_MS;
/** The history windows the feature vector and the ranking rules read (user and recipient). */
export const HISTORY_SHORT_MS = 7 * DAY_MS;
export const HISTORY_LONG_MS = 30 * DAY_MS;
/**
 * The history windows read at most this many of an entity's latest events: exact for customers
 * and most merchants; for the busiest recipients counts saturate here and rates are over these.
 */
export const HISTORY_SCAN = 1000;
/** Fraud reports count on the transactions of this span (chargebacks arrive within months). */
export const REPORTS_SPAN_MS = 400 * DAY_MS;

/**
 * `ms` as an SQL interval literal, e.g. `interval '24 hours'`. Whole hours at most: a day is
 * written as 24 hours because an interval in days follows daylight-saving changes of the
 * session's time zone, and the milliseconds above do not.
 */
export function sqlInterval(ms: number): string {
  if (!Number.isInteger(ms) || ms <= 0) throw new Error(`bad window ${ms}`);
  const [n, unit] =
    ms % HOUR_MS === 0
      ? [ms / HOUR_MS, 'hour']
      : ms % MINUTE_MS === 0
        ? [ms / MINUTE_MS, 'minute']
        : [ms / 1000, 'second'];
  return `interval '${n} ${unit}${n === 1 ? '' : 's'}'`;
}

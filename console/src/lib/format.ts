/** How numbers, money, rates and times read across the console (en-GB style, UTC-agnostic). */

const DASH = '—';

/** 12,345 — or a dash for a missing value. */
export function formatNumber(value: number | null | undefined, digits = 0): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return DASH;
  return value.toLocaleString('en-GB', {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });
}

/** A ratio (0.0123) as a percentage ("1.2 %"); a dash when there is nothing to divide. */
export function formatPercent(ratio: number | null | undefined, digits = 1): string {
  if (ratio === null || ratio === undefined || !Number.isFinite(ratio)) return DASH;
  return `${(ratio * 100).toFixed(digits)} %`;
}

/** 2,500.00 EUR; without a currency just the number with two decimals. */
export function formatAmount(amount: number | null | undefined, currency?: string | null): string {
  const n = formatNumber(amount, 2);
  return n === DASH || !currency ? n : `${n} ${currency}`;
}

/** "25 Nov 2026, 14:05" in the browser's time zone. */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return DASH;
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return DASH;
  return d.toLocaleString('en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  });
}

/** "just now", "5 min ago", "3 h ago", "2 d ago" relative to `now` (ms). */
export function formatAgo(iso: string, now: number): string {
  const minutes = Math.floor((now - Date.parse(iso)) / 60_000);
  if (!Number.isFinite(minutes)) return DASH;
  if (minutes < 1) return 'just now';
  if (minutes < 60) return `${minutes} min ago`;
  if (minutes < 48 * 60) return `${Math.floor(minutes / 60)} h ago`;
  return `${Math.floor(minutes / 1440)} d ago`;
}

/** An enum value as words: "FALSE_POSITIVE" → "False positive". */
export function humanize(value: string): string {
  const words = value.toLowerCase().replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

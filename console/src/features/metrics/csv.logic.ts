/** CSV export of the metrics' daily series (RFC 4180: comma-separated, CRLF line ends). */

export type CsvValue = string | number | null | undefined;

/** Characters a spreadsheet would read as the start of a formula. */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One field: numbers as they are, null as empty, text quoted when it holds a comma, a quote or a
 * line break (quotes doubled). Text that would start a spreadsheet formula gets a leading `'`.
 */
export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A header row and data rows as one CSV text, each line ending in CRLF. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  return [header, ...rows].map((row) => `${row.map(csvField).join(',')}\r\n`).join('');
}

/** One day of the series, as the query returns it. */
export interface DailyCsvPoint {
  date: string;
  count: number;
  allowed: number;
  reviewed: number;
  challenged: number;
  blocked: number;
  averageScore?: number | null;
  labels: { trueFraud: number; falsePositive: number; suspicious: number; legitimate: number };
}

export const DAILY_CSV_HEADER = [
  'date',
  'count',
  'allowed',
  'reviewed',
  'challenged',
  'blocked',
  'average_score',
  'true_fraud_labels',
  'false_positive_labels',
  'suspicious_labels',
  'legitimate_labels',
] as const;

/** The daily series as CSV; the average score to two decimals, empty on a day without traffic. */
export function dailyCsv(daily: readonly DailyCsvPoint[]): string {
  return toCsv(
    DAILY_CSV_HEADER,
    daily.map((d) => [
      d.date,
      d.count,
      d.allowed,
      d.reviewed,
      d.challenged,
      d.blocked,
      d.averageScore === null || d.averageScore === undefined
        ? null
        : Math.round(d.averageScore * 100) / 100,
      d.labels.trueFraud,
      d.labels.falsePositive,
      d.labels.suspicious,
      d.labels.legitimate,
    ]),
  );
}

/** `warden-metrics-<from>-<to>.csv`, the days as shown (YYYY-MM-DD, `to` included). */
export function csvFileName(from: string, to: string): string {
  return `warden-metrics-${from}-${to}.csv`;
}

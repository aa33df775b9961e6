/**
 * The backtest section's arithmetic: the window as the date inputs give it, the decision chart's
 * scale, the before → after outcomes with whether a change is good, and the progress of a run.
 */

export const BACKTEST_DECISIONS = ['ALLOW', 'REVIEW', 'CHALLENGE', 'BLOCK'] as const;
export type BacktestDecision = (typeof BACKTEST_DECISIONS)[number];

/** Days in the window the section opens with. */
export const DEFAULT_WINDOW_DAYS = 30;

const pad = (n: number) => String(n).padStart(2, '0');

/** A local date as a date input writes it (YYYY-MM-DD). */
export function localDate(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The last `days` days, today included, as the date inputs' values. */
export function defaultWindow(now: Date, days = DEFAULT_WINDOW_DAYS): { from: string; to: string } {
  const from = new Date(now.getFullYear(), now.getMonth(), now.getDate() - (days - 1));
  return { from: localDate(from), to: localDate(now) };
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function localMidnight(text: string): Date | null {
  const m = DATE.exec(text);
  if (!m) return null;
  const date = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return localDate(date) === text ? date : null;
}

/**
 * The instants sent for two dates: from the start of the first day to the end of the last (the
 * server's window is half-open, so `to` is the next midnight), or the problem in words.
 */
export function windowOf(
  from: string,
  to: string,
): { from: string; to: string; problem: null } | { problem: string } {
  const start = localMidnight(from);
  const last = localMidnight(to);
  if (!start) return { problem: 'Choose the first day of the window.' };
  if (!last) return { problem: 'Choose the last day of the window.' };
  if (last < start) return { problem: 'The window ends before it starts.' };
  const end = new Date(last.getFullYear(), last.getMonth(), last.getDate() + 1);
  return { from: start.toISOString(), to: end.toISOString(), problem: null };
}

interface DecisionCount {
  decision: string;
  count: number;
}

/** The count of each decision, 0 for those missing, in the chart's order. */
export function decisionCounts(counts: readonly DecisionCount[]): Record<BacktestDecision, number> {
  const out = { ALLOW: 0, REVIEW: 0, CHALLENGE: 0, BLOCK: 0 };
  for (const { decision, count } of counts)
    if ((BACKTEST_DECISIONS as readonly string[]).includes(decision))
      out[decision as BacktestDecision] += count;
  return out;
}

/** One bar of the grouped chart, in viewBox units. */
export interface ChartBar {
  decision: BacktestDecision;
  side: 'before' | 'after';
  count: number;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface ChartGeometry {
  width: number;
  height: number;
  /** The baseline's y. */
  baseline: number;
  /** Top edge of the tallest possible bar. */
  top: number;
  left: number;
  right: number;
}

/**
 * Bars of before and after side by side per decision, heights proportional to the largest count
 * (which reaches `top`); a non-zero count gets at least one unit so it stays visible.
 */
export function groupedBars(
  before: Record<BacktestDecision, number>,
  after: Record<BacktestDecision, number>,
  g: ChartGeometry,
): ChartBar[] {
  const max = Math.max(1, ...BACKTEST_DECISIONS.flatMap((d) => [before[d], after[d]]));
  const group = (g.right - g.left) / BACKTEST_DECISIONS.length;
  const gap = group * 0.2;
  const width = (group - gap) / 2;
  const span = g.baseline - g.top;
  return BACKTEST_DECISIONS.flatMap((decision, i) =>
    (['before', 'after'] as const).map((side, j) => {
      const count = side === 'before' ? before[decision] : after[decision];
      const height = count === 0 ? 0 : Math.max(1, (count / max) * span);
      return {
        decision,
        side,
        count,
        x: g.left + i * group + gap / 2 + j * width,
        y: g.baseline - height,
        width,
        height,
      };
    }),
  );
}

/** Whether a rise is welcome: more fraud caught is, more fraud missed or false positives is not. */
export type Tone = 'good' | 'bad' | 'same';

export interface OutcomeDelta {
  label: string;
  before: number;
  after: number;
  delta: number;
  tone: Tone;
}

interface Outcomes {
  fraudCaught: number;
  fraudMissed: number;
  falsePositives: number;
  fraudCaughtBefore: number;
  fraudMissedBefore: number;
  falsePositivesBefore: number;
}

const OUTCOMES = [
  { label: 'Fraud caught', after: 'fraudCaught', before: 'fraudCaughtBefore', riseIs: 'good' },
  { label: 'Fraud missed', after: 'fraudMissed', before: 'fraudMissedBefore', riseIs: 'bad' },
  {
    label: 'False positives',
    after: 'falsePositives',
    before: 'falsePositivesBefore',
    riseIs: 'bad',
  },
] as const;

/** The three outcomes before → after, each with its change and whether that change helps. */
export function outcomeDeltas(r: Outcomes): OutcomeDelta[] {
  return OUTCOMES.map((o) => {
    const delta = r[o.after] - r[o.before];
    const rose: Tone = o.riseIs;
    const fell: Tone = o.riseIs === 'good' ? 'bad' : 'good';
    return {
      label: o.label,
      before: r[o.before],
      after: r[o.after],
      delta,
      tone: delta === 0 ? 'same' : delta > 0 ? rose : fell,
    };
  });
}

/** A change as shown: "+3", "−2" (a true minus sign), "±0". */
export function signed(delta: number): string {
  if (delta === 0) return '±0';
  return delta > 0 ? `+${delta}` : `\u2212${-delta}`;
}

/** A running backtest: how far, and how fast so far. */
export function progressOf(
  p: { done: number; total: number; startedAt: string },
  nowMs: number,
): { ratio: number; eventsPerSecond: number } {
  const ratio = p.total > 0 ? Math.min(1, p.done / p.total) : 0;
  const seconds = (nowMs - Date.parse(p.startedAt)) / 1000;
  const eventsPerSecond = seconds > 0 ? Math.round(p.done / seconds) : 0;
  return { ratio, eventsPerSecond };
}

/** A row of the rules table: a rule's hits under the version beside those under the current one. */
export interface FiredRule {
  code: string;
  hits: number;
  hitsBefore: number;
  fraudHits: number;
  precision: number | null;
}

/**
 * The rules that fired before or after, most hits first: a rule the version no longer runs
 * shows with 0 hits, so the table also tells what the version stops doing.
 */
export function firedRules(
  rules: readonly { code: string; hits: number; fraudHits: number; precision?: number | null }[],
  rulesBefore: readonly { code: string; hits: number }[],
): FiredRule[] {
  const before = new Map(rulesBefore.map((r) => [r.code, r.hits]));
  const rows: FiredRule[] = rules.map((r) => ({
    code: r.code,
    hits: r.hits,
    hitsBefore: before.get(r.code) ?? 0,
    fraudHits: r.fraudHits,
    precision: r.precision ?? null,
  }));
  const known = new Set(rows.map((r) => r.code));
  for (const r of rulesBefore)
    if (!known.has(r.code))
      rows.push({ code: r.code, hits: 0, hitsBefore: r.hits, fraudHits: 0, precision: null });
  return rows
    .filter((r) => r.hits > 0 || r.hitsBefore > 0)
    .sort((a, b) => b.hits - a.hits || b.hitsBefore - a.hitsBefore || a.code.localeCompare(b.code));
}

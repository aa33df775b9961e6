/**
 * The scoring settings a tenant admin edits: score bands, case settings, currency rates and
 * rule overrides. Pure: forms keep drafts as the strings the inputs hold, these functions turn
 * them into API input or say what is wrong, in the same limits the server enforces.
 */

/** The bands in severity order; each must be above the one before it when both are set. */
export const BANDS = ['review', 'challenge', 'block'] as const;
export type Band = (typeof BANDS)[number];

/** Score bands of one event kind; `null` means the band is absent. */
export type Thresholds = Record<Band, number | null>;

/** What the threshold inputs hold. */
export type ThresholdsDraft = Record<Band, string>;

/** A problem per band, and `order` when the bands do not increase. */
export type ThresholdsProblems = Partial<Record<Band | 'order', string>>;

/** Scores, bands and weights run from 0 to 100 inclusive. */
export const SCORE_MIN = 0;
export const SCORE_MAX = 100;

/** Bands as the form names them. */
export const BAND_LABELS: Record<Band, string> = {
  review: 'Review',
  challenge: 'Challenge',
  block: 'Block',
};

const WHOLE = /^-?\d+$/;

/** A whole number from `min` to `max`, or null for anything else (blank, decimals, junk). */
export function parseWhole(text: string, min: number, max: number): number | null {
  const trimmed = text.trim();
  if (!WHOLE.test(trimmed)) return null;
  const n = Number(trimmed);
  return n >= min && n <= max ? n : null;
}

/** Bands as the API returns them (a missing band reads as absent). */
export function toThresholds(t: { [band in Band]?: number | null }): Thresholds {
  return { review: t.review ?? null, challenge: t.challenge ?? null, block: t.block ?? null };
}

/** The inputs' text for stored bands (an absent band is blank). */
export function thresholdsToDraft(t: Thresholds): ThresholdsDraft {
  return {
    review: t.review === null ? '' : String(t.review),
    challenge: t.challenge === null ? '' : String(t.challenge),
    block: t.block === null ? '' : String(t.block),
  };
}

/**
 * The bands a draft names, or the problems that stop it being saved. A blank band is absent;
 * the bands that are set must strictly increase (review < challenge < block).
 */
export function parseThresholds(draft: ThresholdsDraft): {
  value: Thresholds | null;
  problems: ThresholdsProblems;
} {
  const problems: ThresholdsProblems = {};
  const value: Thresholds = { review: null, challenge: null, block: null };
  for (const band of BANDS) {
    if (draft[band].trim() === '') continue;
    const n = parseWhole(draft[band], SCORE_MIN, SCORE_MAX);
    if (n === null) problems[band] = `Enter a whole number from ${SCORE_MIN} to ${SCORE_MAX}.`;
    else value[band] = n;
  }
  if (Object.keys(problems).length > 0) return { value: null, problems };
  const set = BANDS.filter((b) => value[b] !== null);
  for (let i = 1; i < set.length; i++) {
    const lower = set[i - 1]!;
    const upper = set[i]!;
    if (value[upper]! <= value[lower]!) {
      problems.order = `${BAND_LABELS[upper]} (${value[upper]}) must be above ${BAND_LABELS[lower].toLowerCase()} (${value[lower]}).`;
      return { value: null, problems };
    }
  }
  return { value, problems };
}

/** Whether two sets of bands are the same, band by band. */
export function sameThresholds(a: Thresholds, b: Thresholds): boolean {
  return BANDS.every((band) => a[band] === b[band]);
}

/** SLA of new cases, in hours (the server's limits). */
export const SLA_HOURS_MIN = 1;
export const SLA_HOURS_MAX = 720;

/** Why an SLA draft cannot be saved, or null. */
export function slaHoursProblem(text: string): string | null {
  return parseWhole(text, SLA_HOURS_MIN, SLA_HOURS_MAX) === null
    ? `Enter a whole number of hours from ${SLA_HOURS_MIN} to ${SLA_HOURS_MAX} (30 days).`
    : null;
}

/** Currencies one policy may carry a rate for (the server's limit). */
export const MAX_RATES = 200;

const CURRENCY = /^[A-Z]{3}$/;

/** Stored rates as the form's text, one `CODE rate` per line, sorted by code. */
export function ratesToText(rates: unknown): string {
  if (!rates || typeof rates !== 'object') return '';
  return Object.entries(rates as Record<string, unknown>)
    .filter((e): e is [string, number] => typeof e[1] === 'number')
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([code, rate]) => `${code} ${rate}`)
    .join('\n');
}

/**
 * Base currency and rates from the form: `rates` holds one `CODE rate` per line (`EUR 1.08`,
 * `EUR = 1.08` and `EUR: 1.08` all read), meaning units of the base currency per unit of CODE.
 */
export function parseCurrencySettings(
  base: string,
  ratesText: string,
): {
  value: { baseCurrency: string; rates: Record<string, number> } | null;
  problems: { baseCurrency?: string; rates?: string };
} {
  const problems: { baseCurrency?: string; rates?: string } = {};
  const baseCurrency = base.trim().toUpperCase();
  if (!CURRENCY.test(baseCurrency))
    problems.baseCurrency = 'Enter a three-letter ISO 4217 code, e.g. EUR.';
  const rates: Record<string, number> = {};
  const lines = ratesText
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  for (const [i, line] of lines.entries()) {
    const match = /^([A-Za-z]{3})\s*[=:]?\s*(\S+)$/.exec(line);
    const rate = match ? Number(match[2]) : NaN;
    if (!match || !Number.isFinite(rate) || rate <= 0) {
      problems.rates = `Line ${i + 1} should read like "EUR 1.08" (a code and a positive rate).`;
      break;
    }
    const code = match[1]!.toUpperCase();
    if (code in rates) {
      problems.rates = `${code} appears twice.`;
      break;
    }
    rates[code] = rate;
  }
  if (!problems.rates && lines.length > MAX_RATES)
    problems.rates = `At most ${MAX_RATES} currencies.`;
  return Object.keys(problems).length
    ? { value: null, problems }
    : { value: { baseCurrency, rates }, problems };
}

/** ACTIVE scores, SHADOW is evaluated and reported only, DISABLED is skipped. */
export const RULE_STATUSES = ['ACTIVE', 'SHADOW', 'DISABLED'] as const;
export type RuleStatus = (typeof RULE_STATUSES)[number];

/** What each status does, for the status picker's hint. */
export const RULE_STATUS_TEXT: Record<RuleStatus, string> = {
  ACTIVE: 'Active: adds its weight to the score',
  SHADOW: 'Shadow: evaluated and reported, never scored',
  DISABLED: 'Disabled: not evaluated',
};

/** A rule's parameter as the form edits it: a number, or a list of codes (countries…). */
export type ParamKind = 'number' | 'list';

/** How a parameter is edited, from its default value; null for shapes the API does not accept. */
export function paramKind(defaultValue: unknown): ParamKind | null {
  if (typeof defaultValue === 'number') return 'number';
  if (Array.isArray(defaultValue)) return 'list';
  return null;
}

/** Parameters as a plain record (the API types them as JSON). */
export function asParams(json: unknown): Record<string, unknown> {
  return json !== null && typeof json === 'object' && !Array.isArray(json)
    ? (json as Record<string, unknown>)
    : {};
}

/** What the rule editor holds. */
export interface RuleDraft {
  weight: string;
  status: RuleStatus;
  /** Each editable parameter's input text; lists are comma-separated. */
  params: Record<string, string>;
}

/** What the rule editor needs of a rule. */
export interface EditableRule {
  code: string;
  weight: number;
  status: RuleStatus;
  params: unknown;
  defaultParams: unknown;
}

function paramText(value: unknown): string {
  if (Array.isArray(value)) return value.join(', ');
  return value === undefined || value === null ? '' : String(value);
}

/** The parameters a rule's editor shows: the defaults' keys, in the defaults' order. */
export function editableParams(rule: Pick<EditableRule, 'defaultParams'>): [string, ParamKind][] {
  return Object.entries(asParams(rule.defaultParams)).flatMap(([key, value]) => {
    const kind = paramKind(value);
    return kind ? [[key, kind] as [string, ParamKind]] : [];
  });
}

/** The editor's starting draft: the rule's effective settings. */
export function ruleToDraft(rule: EditableRule): RuleDraft {
  const current = asParams(rule.params);
  return {
    weight: String(rule.weight),
    status: rule.status,
    params: Object.fromEntries(editableParams(rule).map(([key]) => [key, paramText(current[key])])),
  };
}

/** Why a weight cannot be saved, or null. */
export function weightProblem(text: string): string | null {
  return parseWhole(text, SCORE_MIN, SCORE_MAX) === null
    ? `Enter a whole number from ${SCORE_MIN} to ${SCORE_MAX}.`
    : null;
}

/** Why a parameter's text is not acceptable for its kind, or its parsed value. */
export function parseParam(
  kind: ParamKind,
  text: string,
): { value: number | string[] } | { problem: string } {
  if (kind === 'number') {
    const trimmed = text.trim();
    const n = trimmed === '' ? NaN : Number(trimmed);
    return Number.isFinite(n) && n >= 0 ? { value: n } : { problem: 'Enter a number, 0 or more.' };
  }
  const items = text
    .split(/[,\s]+/)
    .map((s) => s.trim().toUpperCase())
    .filter(Boolean);
  const long = items.find((s) => s.length > 64);
  return long
    ? { problem: `"${long.slice(0, 12)}…" is longer than 64 characters.` }
    : { value: [...new Set(items)] };
}

/** The RuleSettingsInput a draft asks for: only what changed. */
export interface RuleChange {
  code: string;
  weight?: number;
  status?: RuleStatus;
  params?: Record<string, number | string[]>;
}

/**
 * What saving a draft sends (`change` is null when nothing changed), or the problems keyed by
 * `weight` and by parameter name.
 */
export function ruleChange(
  rule: EditableRule,
  draft: RuleDraft,
): { change: RuleChange | null; problems: Record<string, string> } {
  const problems: Record<string, string> = {};
  const change: RuleChange = { code: rule.code };
  const weightIssue = weightProblem(draft.weight);
  if (weightIssue) problems.weight = weightIssue;
  else if (Number(draft.weight.trim()) !== rule.weight) change.weight = Number(draft.weight.trim());
  if (draft.status !== rule.status) change.status = draft.status;
  const current = asParams(rule.params);
  const params: Record<string, number | string[]> = {};
  for (const [key, kind] of editableParams(rule)) {
    const parsed = parseParam(kind, draft.params[key] ?? '');
    if ('problem' in parsed) problems[key] = parsed.problem;
    else if (JSON.stringify(parsed.value) !== JSON.stringify(current[key]))
      params[key] = parsed.value;
  }
  if (Object.keys(params).length) change.params = params;
  if (Object.keys(problems).length) return { change: null, problems };
  return { change: Object.keys(change).length > 1 ? change : null, problems };
}

/** A parameter record read at a glance: `limit 5 · countries RU, KP`. */
export function paramsSummary(params: unknown): string {
  const entries = Object.entries(asParams(params));
  if (entries.length === 0) return '—';
  return entries
    .map(([key, value]) => {
      const text = paramText(value);
      return `${key} ${text === '' ? '(none)' : text}`;
    })
    .join(' · ');
}

/** One stretch of the 0–100 score scale and the decision it leads to. */
export interface BandRange {
  decision: 'ALLOW' | 'REVIEW' | 'CHALLENGE' | 'BLOCK';
  from: number;
  to: number;
}

/**
 * The decision each score gets under valid bands, lowest first: a band starts at its threshold
 * and runs to just below the next one set. Absent bands take no part of the scale.
 */
export function bandRanges(t: Thresholds): BandRange[] {
  const starts: BandRange[] = [{ decision: 'ALLOW', from: SCORE_MIN, to: SCORE_MAX }];
  for (const band of BANDS) {
    const from = t[band];
    if (from === null) continue;
    starts.push({ decision: band.toUpperCase() as BandRange['decision'], from, to: SCORE_MAX });
  }
  return starts
    .map((range, i) => ({
      ...range,
      to: i + 1 < starts.length ? starts[i + 1]!.from - 1 : SCORE_MAX,
    }))
    .filter((range) => range.to >= range.from);
}

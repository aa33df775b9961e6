import type {
  Decision,
  Dimension,
  RuleParams,
  ScoringContext,
  TransactionEvent,
} from '../types.js';

export interface RuleOutcome {
  fired: boolean;
  /** Human-readable reason, e.g. "7 transactions in the last hour, limit 5". */
  detail: string;
  /**
   * How strongly the evidence holds, in (0, 1]: a fired rule adds weight × strength to the
   * score, so scores rank events by how far past their limits they are. 1 when absent.
   */
  strength?: number;
}

export type Evaluator = (
  event: TransactionEvent,
  ctx: ScoringContext,
  params: RuleParams,
) => RuleOutcome;

/** A default rule: its stable code, defaults a tenant may override, and its evaluator. */
export interface RuleDefinition {
  code: string;
  label: string;
  dimension: Dimension;
  weight: number;
  action: Decision | null;
  priority: number;
  params: RuleParams;
  /** One sentence for the console's rule list. */
  description: string;
  evaluate: Evaluator;
}

export function num(params: RuleParams, key: string): number {
  const value = params[key];
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new Error(`rule parameter ${key} must be a number`);
  }
  return value;
}

export function list(params: RuleParams, key: string): string[] {
  const value = params[key];
  return Array.isArray(value) ? value : [];
}

/**
 * Amounts in details: thousands grouped with commas, at most two decimals ("12,345.5").
 * Hand-rolled because Intl formatting costs more than a whole rule evaluation.
 */
export function amount(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  const rounded = Math.round(value * 100) / 100;
  const [whole = '0', fraction] = Math.abs(rounded).toString().split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${rounded < 0 ? '-' : ''}${grouped}${fraction ? `.${fraction}` : ''}`;
}

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

export const fired = (detail: string, strength = 1): RuleOutcome => ({
  fired: true,
  detail,
  strength: Math.min(1, Math.max(0, strength)),
});

/**
 * A strength from `value`'s place between `lo` and `hi`: 0.5 at `lo` (the rule's limit) rising
 * linearly to 1 at `hi` and beyond, so that a fired rule always adds at least half its weight.
 */
export function ramp(value: number, lo: number, hi: number): number {
  if (!(hi > lo)) return value >= lo ? 1 : 0.5;
  return 0.5 + 0.5 * Math.min(1, Math.max(0, (value - lo) / (hi - lo)));
}
export const pass = (detail: string): RuleOutcome => ({ fired: false, detail });

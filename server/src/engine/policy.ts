import type { RuleDefinition } from './rules/index.js';
import type { RuleParams, RuleSettings, RuleStatus, Thresholds } from './types.js';

/** A tenant's change to one default rule; absent fields keep the default. */
export interface RuleOverride {
  weight?: number;
  status?: RuleStatus;
  params?: RuleParams;
}

/** Transactions: REVIEW ≥ 50, BLOCK ≥ 85, no CHALLENGE band. */
export const DEFAULT_TRANSACTION_THRESHOLDS: Thresholds = {
  review: 50,
  challenge: null,
  block: 85,
};

/** Account events: CHALLENGE ≥ 50, BLOCK ≥ 85. */
export const DEFAULT_ACCOUNT_THRESHOLDS: Thresholds = { review: null, challenge: 50, block: 85 };

/**
 * The shipped rules under the platform's defaults (`globals`) and then a tenant's overrides:
 * a tenant inherits each platform default it does not override itself. Parameters merge key by
 * key.
 */
export function effectiveRules(
  defaults: readonly Omit<RuleDefinition, 'evaluate'>[],
  overrides: Readonly<Record<string, RuleOverride>>,
  globals: Readonly<Record<string, RuleOverride>> = {},
): RuleSettings[] {
  return defaults.map((rule) => {
    const o = overrides[rule.code] ?? {};
    const g = globals[rule.code] ?? {};
    return {
      code: rule.code,
      label: rule.label,
      dimension: rule.dimension,
      weight: o.weight ?? g.weight ?? rule.weight,
      action: rule.action,
      priority: rule.priority,
      status: o.status ?? g.status ?? 'ACTIVE',
      params: { ...rule.params, ...g.params, ...o.params },
    };
  });
}

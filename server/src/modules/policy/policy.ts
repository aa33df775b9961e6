import { DEFAULT_CASE_SETTINGS, type CaseSettings } from '../../domain/cases.js';
import {
  DEFAULT_ACCOUNT_THRESHOLDS,
  DEFAULT_TRANSACTION_THRESHOLDS,
  effectiveRules,
  type RuleOverride,
} from '../../engine/policy.js';
import { DEFAULT_ACCOUNT_RULES } from '../../engine/account/rules.js';
import { DEFAULT_TRANSACTION_RULES } from '../../engine/rules/index.js';
import type { Policy, Thresholds } from '../../engine/types.js';

/** The stored policy row as enrichment reads it (snake_case, JSON columns parsed). */
export interface PolicyRow {
  base_currency: string;
  currency_rates: Record<string, number>;
  transaction_thresholds: Thresholds | null;
  account_thresholds: Thresholds | null;
  rule_overrides: Record<string, RuleOverride>;
  case_settings?: Partial<CaseSettings> | null;
}

export interface TenantScoringPolicy {
  baseCurrency: string;
  currencyRates: Record<string, number>;
  transactions: Policy;
  accountThresholds: Thresholds;
  /** The account-event pack with this tenant's overrides, under the account thresholds. */
  accounts: Policy;
  cases: CaseSettings;
}

/** Defaults merged with a tenant's stored policy (absent row → all defaults, base USD). */
export function tenantPolicy(row: PolicyRow | null): TenantScoringPolicy {
  return {
    baseCurrency: row?.base_currency ?? 'USD',
    currencyRates: row?.currency_rates ?? {},
    transactions: {
      rules: effectiveRules(DEFAULT_TRANSACTION_RULES, row?.rule_overrides ?? {}),
      thresholds: row?.transaction_thresholds ?? DEFAULT_TRANSACTION_THRESHOLDS,
    },
    accountThresholds: row?.account_thresholds ?? DEFAULT_ACCOUNT_THRESHOLDS,
    accounts: {
      rules: effectiveRules(DEFAULT_ACCOUNT_RULES, row?.rule_overrides ?? {}),
      thresholds: row?.account_thresholds ?? DEFAULT_ACCOUNT_THRESHOLDS,
    },
    cases: { ...DEFAULT_CASE_SETTINGS, ...(row?.case_settings ?? {}) },
  };
}

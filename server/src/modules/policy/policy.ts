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

/**
 * Where a tenant's override of one rule parameter sits in the stored policy row, as a path for
 * PostgreSQL's `#>>` (e.g. `{rule_overrides,CARD_TESTING,params,smallAmount}`): SQL that reads
 * an override takes its path from here rather than spelling it.
 */
export function overrideParamPath(code: string, param: string): string {
  if (!/^\w+$/.test(code) || !/^\w+$/.test(param)) throw new Error('bad rule or parameter name');
  const column: keyof PolicyRow = 'rule_overrides';
  const params: keyof RuleOverride = 'params';
  return `{${column},${code},${params},${param}}`;
}

const DEFAULT_RULE_PARAMS = new Map(
  [...DEFAULT_TRANSACTION_RULES, ...DEFAULT_ACCOUNT_RULES].map((r) => [r.code, r.params]),
);

/** A rule's effective numeric parameter under `policy`, else the rule's default. */
export function ruleParam(policy: Policy, code: string, param: string): number {
  const own = policy.rules.find((r) => r.code === code)?.params[param];
  return Number(own ?? DEFAULT_RULE_PARAMS.get(code)?.[param]);
}

import { DEFAULT_CASE_SETTINGS, type CaseSettings } from '../../domain/cases.js';
import {
  DEFAULT_ACCOUNT_THRESHOLDS,
  DEFAULT_TRANSACTION_THRESHOLDS,
  effectiveRules,
  type RuleOverride,
} from '../../engine/policy.js';
import { DEFAULT_ACCOUNT_RULES } from '../../engine/account/rules.js';
import { DEFAULT_TRANSACTION_RULES } from '../../engine/rules/index.js';
import type { CustomRule, Policy, Thresholds } from '../../engine/types.js';

/**
 * What one policy version holds (stored as `policy_version.document`, snake_case like the
 * columns it replaced): null thresholds and case settings mean the defaults.
 */
export interface PolicyDocument {
  transaction_thresholds: Thresholds | null;
  account_thresholds: Thresholds | null;
  case_settings: Partial<CaseSettings> | null;
  rule_overrides: Record<string, RuleOverride>;
  custom_rules: CustomRule[];
}

/** The policy of a tenant without any version: every default. */
export const EMPTY_POLICY_DOCUMENT: PolicyDocument = {
  transaction_thresholds: null,
  account_thresholds: null,
  case_settings: null,
  rule_overrides: {},
  custom_rules: [],
};

/**
 * The policy as scoring reads it (POLICY_SQL): the tenant's policy row, the document of the
 * version its mode scores with, that version's number and the platform's rule defaults.
 */
export interface PolicyRow extends Partial<PolicyDocument> {
  base_currency?: string;
  currency_rates?: Record<string, number>;
  /** The version that decides; 0 for the built-in defaults. */
  version?: number;
  global_overrides?: Record<string, RuleOverride>;
}

/**
 * One SQL expression giving the PolicyRow of `$tenant` in `$mode` as jsonb: the platform
 * defaults, overlaid with the tenant's row and the document of the version `$mode` scores with.
 */
export const POLICY_SQL = `(select jsonb_build_object('version', 0, 'global_overrides',
    coalesce((select g.rule_overrides from platform_policy g where g.id = 1), '{}'::jsonb))
  || coalesce((select to_jsonb(tp) || coalesce(v.document, '{}'::jsonb)
        || jsonb_build_object('version', coalesce(v.number, 0))
      from tenant_policy tp left join policy_version v on v.tenant_id = tp.tenant_id
       and v.number = (case when $mode::text = 'LIVE' then tp.live_version else tp.test_version end)
     where tp.tenant_id = $tenant), '{}'::jsonb))`;

export interface TenantScoringPolicy {
  /** The version that decides; 0 for the built-in defaults. */
  version: number;
  baseCurrency: string;
  currencyRates: Record<string, number>;
  transactions: Policy;
  accountThresholds: Thresholds;
  /** The account-event pack with this tenant's overrides, under the account thresholds. */
  accounts: Policy;
  cases: CaseSettings;
  /** The version's custom rules as stored (compiled ones go into `transactions` / `accounts`). */
  customRules: CustomRule[];
}

/** Defaults merged with a tenant's stored policy (absent row → all defaults, base USD). */
export function tenantPolicy(row: PolicyRow | null): TenantScoringPolicy {
  const overrides = row?.rule_overrides ?? {};
  const globals = row?.global_overrides ?? {};
  return {
    version: row?.version ?? 0,
    baseCurrency: row?.base_currency ?? 'USD',
    currencyRates: row?.currency_rates ?? {},
    transactions: {
      rules: effectiveRules(DEFAULT_TRANSACTION_RULES, overrides, globals),
      thresholds: row?.transaction_thresholds ?? DEFAULT_TRANSACTION_THRESHOLDS,
    },
    accountThresholds: row?.account_thresholds ?? DEFAULT_ACCOUNT_THRESHOLDS,
    accounts: {
      rules: effectiveRules(DEFAULT_ACCOUNT_RULES, overrides, globals),
      thresholds: row?.account_thresholds ?? DEFAULT_ACCOUNT_THRESHOLDS,
    },
    cases: { ...DEFAULT_CASE_SETTINGS, ...(row?.case_settings ?? {}) },
    customRules: row?.custom_rules ?? [],
  };
}

/**
 * Where an override of one rule parameter sits in the PolicyRow, as a path for PostgreSQL's
 * `#>>` (e.g. `{rule_overrides,CARD_TESTING,params,smallAmount}`): the tenant's own override,
 * or with `global` the platform's. SQL that reads one takes its path from here.
 */
export function overrideParamPath(code: string, param: string, global = false): string {
  if (!/^\w+$/.test(code) || !/^\w+$/.test(param)) throw new Error('bad rule or parameter name');
  const column: keyof PolicyRow = global ? 'global_overrides' : 'rule_overrides';
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

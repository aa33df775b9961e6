import { DEFAULT_CASE_SETTINGS, type CaseSettings } from '../../domain/cases.js';
import { NotFoundError } from '../../domain/errors.js';
import type { RuleOverride } from '../../engine/policy.js';
import type { CustomRule, EventKind, Thresholds } from '../../engine/types.js';
import { EMPTY_POLICY_DOCUMENT, type PolicyDocument } from './policy.js';
import {
  applyCaseSettings,
  applyRuleSettings,
  type RuleSettingsInput,
} from './policy-validation.js';

/**
 * Pure edits of a policy document: each returns a new document (the stored one is never
 * mutated) and what changed, for the audit trail.
 */
export interface Edit<T> {
  document: PolicyDocument;
  /** The setting changed, as policyDiff names it (`rules.HIGH_AMOUNT`). */
  path: string;
  /** How the audit trail names the setting outside versions (`Rule` `HIGH_AMOUNT`). */
  entityType: string;
  entityId: string;
  before: T;
  after: T;
}

/** A stored document with every key present (older documents may lack newer keys). */
export function normalizeDocument(
  stored: Partial<PolicyDocument> | null | undefined,
): PolicyDocument {
  return { ...EMPTY_POLICY_DOCUMENT, ...(stored ?? {}) };
}

const thresholdsKey = (kind: EventKind) =>
  kind === 'TRANSACTION' ? 'transaction_thresholds' : 'account_thresholds';

export function withThresholds(
  doc: PolicyDocument,
  kind: EventKind,
  thresholds: Thresholds,
): Edit<Thresholds | null> {
  const key = thresholdsKey(kind);
  return {
    document: { ...doc, [key]: thresholds },
    path: kind === 'TRANSACTION' ? 'transactionThresholds' : 'accountThresholds',
    entityType: 'Thresholds',
    entityId: kind,
    before: doc[key],
    after: thresholds,
  };
}

export function withRuleSettings(
  doc: PolicyDocument,
  input: RuleSettingsInput,
): Edit<RuleOverride> {
  const before = doc.rule_overrides[input.code] ?? {};
  const after = applyRuleSettings(before, input);
  return {
    document: { ...doc, rule_overrides: { ...doc.rule_overrides, [input.code]: after } },
    path: `rules.${input.code}`,
    entityType: 'Rule',
    entityId: input.code,
    before,
    after,
  };
}

export function withCaseSettings(
  doc: PolicyDocument,
  input: Partial<CaseSettings>,
): Edit<CaseSettings> {
  const before = { ...DEFAULT_CASE_SETTINGS, ...(doc.case_settings ?? {}) };
  const after = applyCaseSettings(before, input);
  return {
    document: { ...doc, case_settings: after },
    path: 'caseSettings',
    entityType: 'CaseSettings',
    entityId: 'cases',
    before,
    after,
  };
}

/** Adds the custom rule, or replaces the one with its code in place. */
export function withCustomRule(doc: PolicyDocument, rule: CustomRule): Edit<CustomRule | null> {
  const before = doc.custom_rules.find((r) => r.code === rule.code) ?? null;
  const custom_rules = before
    ? doc.custom_rules.map((r) => (r.code === rule.code ? rule : r))
    : [...doc.custom_rules, rule];
  return {
    document: { ...doc, custom_rules },
    path: `customRules.${rule.code}`,
    entityType: 'CustomRule',
    entityId: rule.code,
    before,
    after: rule,
  };
}

export function withoutCustomRule(doc: PolicyDocument, code: string): Edit<CustomRule | null> {
  const before = doc.custom_rules.find((r) => r.code === code);
  if (!before) throw new NotFoundError(`No custom rule ${code} in this draft`);
  return {
    document: { ...doc, custom_rules: doc.custom_rules.filter((r) => r.code !== code) },
    path: `customRules.${code}`,
    entityType: 'CustomRule',
    entityId: code,
    before,
    after: null,
  };
}

/** One difference between two versions: `path` names the setting, null means absent. */
export interface PolicyChange {
  path: string;
  before: unknown;
  after: unknown;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * What changes from `a` to `b`: thresholds, case settings, each built-in rule's override and
 * each custom rule (added, removed or changed), in that order.
 */
export function policyDiff(a: PolicyDocument, b: PolicyDocument): PolicyChange[] {
  const changes: PolicyChange[] = [];
  const add = (path: string, before: unknown, after: unknown) => {
    if (!same(before, after)) changes.push({ path, before: before ?? null, after: after ?? null });
  };
  add('transactionThresholds', a.transaction_thresholds, b.transaction_thresholds);
  add('accountThresholds', a.account_thresholds, b.account_thresholds);
  add('caseSettings', a.case_settings, b.case_settings);
  const ruleCodes = [
    ...new Set([...Object.keys(a.rule_overrides), ...Object.keys(b.rule_overrides)]),
  ];
  for (const code of ruleCodes.sort())
    add(`rules.${code}`, a.rule_overrides[code], b.rule_overrides[code]);
  const customCodes = [
    ...new Set([...a.custom_rules.map((r) => r.code), ...b.custom_rules.map((r) => r.code)]),
  ];
  for (const code of customCodes.sort())
    add(
      `customRules.${code}`,
      a.custom_rules.find((r) => r.code === code),
      b.custom_rules.find((r) => r.code === code),
    );
  return changes;
}

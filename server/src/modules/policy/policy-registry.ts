import { compileCustomRule } from '../../engine/custom/compile.js';
import type { CompiledCustomRule, CustomRule, EventKind } from '../../engine/types.js';
import type { TenantScoringPolicy } from './policy.js';

/** Compiled custom rules of published versions, by `tenant:version`; versions never change. */
const compiled = new Map<string, CompiledCustomRule[]>();
/** Versions kept compiled: far more than a process scores with at once. */
const CAPACITY = 2_000;

/**
 * A stored rule that no longer compiles (a condition valid under an older server) must not fail
 * scores: it stays in the policy and says why it never fires.
 */
function compileOrExplain(rule: CustomRule): CompiledCustomRule {
  try {
    return compileCustomRule(rule);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ...rule, test: () => ({ error: `could not compile: ${reason}` }) };
  }
}

function compileAll(rules: readonly CustomRule[]): CompiledCustomRule[] {
  return rules.map(compileOrExplain);
}

/**
 * The policy with its custom rules compiled into `transactions.custom` and `accounts.custom`.
 * `key` (`tenant:version`) caches a published version's compilation; without one (a draft under
 * edit) the rules are compiled afresh.
 */
export function withCustomRules(
  policy: TenantScoringPolicy,
  key: string | null,
): TenantScoringPolicy {
  if (policy.customRules.length === 0) return policy;
  let rules = key ? compiled.get(key) : undefined;
  if (!rules) {
    rules = compileAll(policy.customRules);
    if (key) {
      if (compiled.size >= CAPACITY) compiled.delete(compiled.keys().next().value!);
      compiled.set(key, rules);
    }
  } else if (key) {
    // Most recently used last, so the oldest goes first when the cache is full.
    compiled.delete(key);
    compiled.set(key, rules);
  }
  const of = (kind: EventKind) => rules.filter((r) => r.eventKind === kind);
  return {
    ...policy,
    transactions: { ...policy.transactions, custom: of('TRANSACTION') },
    accounts: { ...policy.accounts, custom: of('ACCOUNT') },
  };
}

/** The cache key of a tenant's published version. */
export const versionKey = (tenantId: string, version: number) => `${tenantId}:${version}`;

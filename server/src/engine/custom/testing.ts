/**
 * Fixtures for custom-rule tests. Import only from `*.test.ts` files. Conditions are run through
 * the whole evaluation (built-ins first, then the custom rule), so a table row checks the
 * catalogue, the activation and the integration at once.
 */
import { evaluateAccountEvent } from '../account/evaluate.js';
import { DEFAULT_ACCOUNT_RULES } from '../account/rules.js';
import type { AccountContext, AccountEvent } from '../account/types.js';
import { evaluateTransaction } from '../evaluate.js';
import { DEFAULT_ACCOUNT_THRESHOLDS, effectiveRules } from '../policy.js';
import {
  makeAccountContext,
  makeAccountEvent,
  makeContext,
  makeEvent,
  makePolicy,
  type ContextOverrides,
  type EventOverrides,
} from '../testing.js';
import type { Check, CustomRule, EngineResult, Policy } from '../types.js';
import { compileCustomRule } from './compile.js';

/** An ACTIVE transaction rule worth 30 points, without an action, over `condition`. */
export function customRule(overrides: Partial<CustomRule> = {}): CustomRule {
  return {
    code: 'MY_RULE',
    name: 'My rule',
    description: 'A tenant rule under test',
    eventKind: 'TRANSACTION',
    condition: 'amount > 10',
    weight: 30,
    action: null,
    priority: 0,
    status: 'ACTIVE',
    ...overrides,
  };
}

/** The default transaction policy with these custom rules compiled into it. */
export function policyWith(rules: readonly CustomRule[], base: Policy = makePolicy()): Policy {
  return { ...base, custom: rules.map(compileCustomRule) };
}

export function checkOf(result: Pick<EngineResult, 'allChecks'>, code = 'MY_RULE'): Check {
  const check = result.allChecks.find((c) => c.code === code);
  if (!check) throw new Error(`no check for ${code}`);
  return check;
}

/** One row of a transaction variable family's table. */
export interface CelCase {
  condition: string;
  event?: EventOverrides;
  ctx?: ContextOverrides;
  fired: boolean;
}

/** The check of a 30-point custom rule over `c.condition` on the default fixtures + overrides. */
export function transactionCheck(c: Omit<CelCase, 'fired'>): Check {
  const result = evaluateTransaction(
    makeEvent(c.event),
    makeContext(c.ctx),
    policyWith([customRule({ condition: c.condition })]),
  );
  return checkOf(result);
}

/** One row of an account variable family's table. */
export interface AccountCelCase {
  condition: string;
  event?: Partial<AccountEvent>;
  ctx?: Partial<AccountContext>;
  fired: boolean;
}

/** The default account policy with these custom rules compiled into it. */
export function accountPolicyWith(rules: readonly CustomRule[]): Policy {
  return {
    rules: effectiveRules(DEFAULT_ACCOUNT_RULES, {}),
    thresholds: { ...DEFAULT_ACCOUNT_THRESHOLDS },
    custom: rules.map(compileCustomRule),
  };
}

/** The check of a 30-point ACCOUNT custom rule over `c.condition`. */
export function accountCheck(c: Omit<AccountCelCase, 'fired'>): Check {
  const result = evaluateAccountEvent(
    makeAccountEvent(c.event),
    makeAccountContext(c.ctx),
    accountPolicyWith([customRule({ eventKind: 'ACCOUNT', condition: c.condition })]),
  );
  return checkOf(result);
}

export { makeAccountContext, makeAccountEvent };

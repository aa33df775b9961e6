import { accountVariables } from '../custom/activation.js';
import { isReassuringCustom } from '../custom/evaluate.js';
import { evaluatePolicy } from '../evaluate.js';
import type { Decision, EngineResult, Policy } from '../types.js';
import { ACCOUNT_RULES_BY_CODE } from './rules.js';
import type { AccountContext, AccountEvent, RiskBand } from './types.js';

/** The band shown next to the decision: MONITOR for anything between allowing and blocking. */
export function riskBandOf(decision: Decision): RiskBand {
  if (decision === 'ALLOW') return 'ALLOW';
  if (decision === 'BLOCK') return 'BLOCK';
  return 'MONITOR';
}

/** An engine result without the transaction-only per-area checks, with the risk band. */
export interface AccountEngineResult extends Omit<EngineResult, 'checks'> {
  riskBand: RiskBand;
}

/** Stages 3 and 4 for one account event without the signals: what a backtest re-decides. */
export function decideAccountEvent(event: AccountEvent, ctx: AccountContext, policy: Policy) {
  return evaluatePolicy(event, ctx, policy, (code) => ACCOUNT_RULES_BY_CODE.get(code)?.evaluate, {
    kind: 'ACCOUNT',
    variables: accountVariables,
  });
}

/**
 * Stages 3 and 4 for one account event over the account rule pack. Signals summarize what was
 * reassuring or worrying.
 */
export function evaluateAccountEvent(
  event: AccountEvent,
  ctx: AccountContext,
  policy: Policy,
): AccountEngineResult {
  const { firedCodes, ...outcome } = evaluatePolicy(
    event,
    ctx,
    policy,
    (code) => ACCOUNT_RULES_BY_CODE.get(code)?.evaluate,
    { kind: 'ACCOUNT', variables: accountVariables },
  );
  const reassuring = [...firedCodes].filter((c) => isReassuringCustom(policy, c));
  const positive: string[] = reassuring.map((c) => c.toLowerCase());
  const negative: string[] = [...firedCodes]
    .filter((c) => !reassuring.includes(c))
    .map((c) => c.toLowerCase());
  const neutral: string[] = [];
  if (ctx.deviceKnownForAccount) positive.push('known_device');
  if (event.emailDomain && !ctx.disposableEmail) positive.push('regular_email_domain');
  if (event.behavior && !firedCodes.has('BOT_BEHAVIOR')) positive.push('human_behavior');
  if (!event.behavior) neutral.push('no_behavior_collected');
  if (!event.deviceId) neutral.push('no_device_fingerprint');
  return {
    ...outcome,
    riskBand: riskBandOf(outcome.decision),
    signals: { positive, negative, neutral },
  };
}

import { clampScore, decide, riskLevelOf, type FiredAction } from './decision.js';
import { explain } from './explain.js';
import { RULES_BY_CODE, type RuleOutcome } from './rules/index.js';
import type {
  Check,
  EngineResult,
  MatchedRule,
  Policy,
  RuleSettings,
  ScoringContext,
  TransactionEvent,
} from './types.js';

interface Evaluated {
  rule: RuleSettings;
  fired: boolean;
  detail: string;
}

function toAction(rule: RuleSettings): FiredAction[] {
  return rule.action ? [{ code: rule.code, action: rule.action, priority: rule.priority }] : [];
}

/** What every event kind's evaluation shares: checks, score, decision, shadow evaluation. */
export type PolicyOutcome = Omit<EngineResult, 'signals' | 'checks'> & {
  /** Codes of the fired ACTIVE rules. */
  firedCodes: Set<string>;
};

/**
 * Stages 3 and 4 over any event kind: every rule of the policy yields a check; the score is the
 * clamped sum of the weights of fired ACTIVE rules; the decision follows decision.ts. SHADOW rules
 * are evaluated as if active into `shadowEvaluation` and never touch the live result.
 * Deterministic: the same arguments give the same result.
 */
export function evaluatePolicy<E, C>(
  event: E,
  ctx: C,
  policy: Policy,
  evaluatorOf: (
    code: string,
  ) => ((e: E, c: C, p: RuleSettings['params']) => RuleOutcome) | undefined,
): PolicyOutcome {
  const evaluated: Evaluated[] = [];
  const allChecks: Check[] = [];
  for (const rule of policy.rules) {
    const evaluate = evaluatorOf(rule.code);
    if (!evaluate) continue;
    if (rule.status === 'DISABLED') {
      allChecks.push({
        code: rule.code,
        status: 'DISABLED',
        weight: rule.weight,
        detail: 'disabled',
      });
      continue;
    }
    const outcome = evaluate(event, ctx, rule.params);
    evaluated.push({ rule, fired: outcome.fired, detail: outcome.detail });
    allChecks.push({
      code: rule.code,
      status: outcome.fired ? (rule.status === 'SHADOW' ? 'SHADOW_FIRED' : 'FIRED') : 'PASS',
      weight: rule.weight,
      detail: outcome.detail,
    });
  }

  const live = evaluated.filter((e) => e.fired && e.rule.status === 'ACTIVE');
  const riskScore = clampScore(live.reduce((sum, e) => sum + e.rule.weight, 0));
  const decision = decide(
    riskScore,
    policy.thresholds,
    live.flatMap((e) => toAction(e.rule)),
  );
  const matchedRules: MatchedRule[] = live.map(({ rule }) => ({
    code: rule.code,
    label: rule.label,
    dimension: rule.dimension,
    weight: rule.weight,
    action: rule.action,
  }));

  const shadow = evaluated.filter((e) => e.fired && e.rule.status === 'SHADOW');
  const hasShadowRules = policy.rules.some((r) => r.status === 'SHADOW');
  let shadowEvaluation: EngineResult['shadowEvaluation'] = null;
  if (hasShadowRules) {
    const all = [...live, ...shadow];
    const score = clampScore(all.reduce((sum, e) => sum + e.rule.weight, 0));
    shadowEvaluation = {
      score,
      decision: decide(
        score,
        policy.thresholds,
        all.flatMap((e) => toAction(e.rule)),
      ),
      rules: shadow.map((e) => e.rule.code),
    };
  }
  return {
    riskScore,
    riskLevel: riskLevelOf(riskScore),
    decision,
    matchedRules,
    allChecks,
    shadowEvaluation,
    firedCodes: new Set(live.map((e) => e.rule.code)),
  };
}

/** Stages 3 and 4 for one transaction, with its signals and per-area checks. */
export function evaluateTransaction(
  event: TransactionEvent,
  ctx: ScoringContext,
  policy: Policy,
): EngineResult {
  const { firedCodes, ...outcome } = evaluatePolicy(
    event,
    ctx,
    policy,
    (code) => RULES_BY_CODE.get(code)?.evaluate,
  );
  const { signals, checks } = explain(event, ctx, policy, firedCodes);
  return { ...outcome, signals, checks };
}

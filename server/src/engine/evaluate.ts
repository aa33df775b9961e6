import { transactionVariables } from './custom/activation.js';
import { evaluateCustomRules, type CustomRuleHooks } from './custom/evaluate.js';
import { clampScore, decide, riskLevelOf, type FiredAction } from './decision.js';
import { explain } from './explain.js';
import { tieBreak, transactionFeatures } from './features.js';
import { RULES_BY_CODE, type RuleOutcome } from './rules/index.js';
import { MODEL_RISK } from './rules/model.js';
import type {
  Check,
  Evaluated,
  ScoredRule,
  EngineResult,
  FeatureContribution,
  ModelOutput,
  MatchedRule,
  Policy,
  RuleSettings,
  ScoringContext,
  TransactionEvent,
} from './types.js';

const sumPoints = (items: readonly Evaluated[]) => items.reduce((sum, e) => sum + e.points, 0);

function toAction(rule: ScoredRule): FiredAction[] {
  return rule.action ? [{ code: rule.code, action: rule.action, priority: rule.priority }] : [];
}

/** What every event kind's evaluation shares: checks, score, decision, shadow evaluation. */
export type PolicyOutcome = Omit<EngineResult, 'signals' | 'checks'> & {
  /** Codes of the fired ACTIVE rules. */
  firedCodes: Set<string>;
};

/**
 * Stages 3 and 4 over any event kind: every rule of the policy yields a check, the built-in ones
 * first, then the custom ones of `custom.kind` (which read the built-ins' results); the score is the
 * clamped and rounded sum of the points of fired ACTIVE rules (weight × strength of the
 * evidence); the decision follows decision.ts. SHADOW rules
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
  custom: CustomRuleHooks<E, C>,
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
        contribution: 0,
        detail: 'disabled',
      });
      continue;
    }
    const outcome = evaluate(event, ctx, rule.params);
    const points = outcome.fired ? rule.weight * (outcome.strength ?? 1) : 0;
    evaluated.push({ rule, fired: outcome.fired, detail: outcome.detail, points });
    allChecks.push({
      code: rule.code,
      status: outcome.fired ? (rule.status === 'SHADOW' ? 'SHADOW_FIRED' : 'FIRED') : 'PASS',
      weight: rule.weight,
      contribution: Math.round(points * 100) / 100,
      detail: outcome.detail,
    });
  }

  const builtIn = new Set(
    evaluated.filter((e) => e.fired && e.rule.status === 'ACTIVE').map((e) => e.rule.code),
  );
  const customs = evaluateCustomRules(policy.custom ?? [], custom, event, ctx, builtIn);
  evaluated.push(...customs.evaluated);
  allChecks.push(...customs.checks);

  const live = evaluated.filter((e) => e.fired && e.rule.status === 'ACTIVE');
  const riskScore = clampScore(sumPoints(live));
  const decision = decide(
    riskScore,
    policy.thresholds,
    live.flatMap((e) => toAction(e.rule)),
  );
  const matchedRules: MatchedRule[] = live.map(({ rule, points }) => ({
    code: rule.code,
    label: rule.label,
    dimension: rule.dimension,
    weight: rule.weight,
    contribution: Math.round(points * 100) / 100,
    action: rule.action,
  }));

  const shadow = evaluated.filter((e) => e.fired && e.rule.status === 'SHADOW');
  const hasShadowRules =
    policy.rules.some((r) => r.status === 'SHADOW') ||
    (policy.custom ?? []).some((r) => r.status === 'SHADOW' && r.eventKind === custom.kind);
  let shadowEvaluation: EngineResult['shadowEvaluation'] = null;
  if (hasShadowRules) {
    const all = [...live, ...shadow];
    const score = clampScore(sumPoints(all));
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
    riskScoreExact: riskScore,
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
    { kind: 'TRANSACTION', variables: transactionVariables },
  );
  const { signals, checks } = explain(event, ctx, policy, firedCodes);
  return { ...outcome, signals, checks };
}

/**
 * Stages 3 and 4 for a transaction whose context holds the acting model's verdict, without the
 * explanations (signals, per-area checks): what a backtest needs to re-decide stored events.
 * A SHADOW verdict never acts, as in scoreTransactionEvent.
 */
export function decideTransaction(
  event: TransactionEvent,
  ctx: ScoringContext,
  policy: Policy,
): PolicyOutcome {
  return evaluatePolicy(
    event,
    ctx,
    { ...policy, rules: rulesUnderModel(policy, ctx.model ?? null) },
    (code) => RULES_BY_CODE.get(code)?.evaluate,
    { kind: 'TRANSACTION', variables: transactionVariables },
  );
}

/** The policy's rules with MODEL_RISK evaluated as a SHADOW rule when the model is a SHADOW one. */
function rulesUnderModel(policy: Policy, acting: ModelOutput | null): RuleSettings[] {
  return acting?.shadow === true
    ? policy.rules.map((r) =>
        r.code === MODEL_RISK && r.status === 'ACTIVE' ? { ...r, status: 'SHADOW' as const } : r,
      )
    : policy.rules;
}

/** A trained model ready to score feature vectors (built from a stored spec by engine/model). */
export interface ModelScorer {
  version: number;
  shadow: boolean;
  score(features: readonly number[]): { probability: number; contributions: FeatureContribution[] };
}

/** A transaction's verdict with what a model trains on. */
export interface TransactionVerdict {
  result: EngineResult;
  /** In FEATURE_NAMES order. */
  features: number[];
  /** Every model's verdict: the acting (ACTIVE) one first, then a SHADOW one. */
  models: ModelOutput[];
}

/**
 * The whole of stages 3 and 4 for a transaction: its features, the tenant's models on them
 * (at most one ACTIVE and one SHADOW), then the rules, MODEL_RISK reading the acting model's
 * verdict. With only a SHADOW model, MODEL_RISK is evaluated as a SHADOW rule.
 */
export function scoreTransactionEvent(
  event: TransactionEvent,
  ctx: ScoringContext,
  policy: Policy,
  scorers: readonly ModelScorer[] = [],
): TransactionVerdict {
  const features = transactionFeatures(event, ctx);
  const models = [...scorers]
    .sort((a, b) => Number(a.shadow) - Number(b.shadow))
    .map((m) => ({ version: m.version, shadow: m.shadow, ...m.score(features) }));
  const acting = models[0] ?? null;
  const result = evaluateTransaction(
    event,
    { ...ctx, model: acting },
    { ...policy, rules: rulesUnderModel(policy, acting) },
  );
  // Within one riskScore, an acting model's probability orders events; else the evidence does.
  const within =
    acting && !acting.shadow
      ? 0.49 * Math.min(1, Math.max(0, acting.probability))
      : tieBreak(features);
  result.riskScoreExact = result.riskScore + within;
  return { result, features, models };
}

import { describe, expect, it } from 'vitest';
import { evaluateTransaction, scoreTransactionEvent, type ModelScorer } from './evaluate.js';
import { FEATURE_NAMES, tieBreak, transactionFeatures } from './features.js';
import { makeContext, makeEvent, makePolicy, type ContextOverrides } from './testing.js';
import type { FeatureContribution } from './types.js';

/** A fake trained model: a fixed verdict; it records the feature vectors it was given. */
function fakeScorer(
  version: number,
  shadow: boolean,
  probability: number,
  contributions: FeatureContribution[] = [{ name: 'amount_z', value: 1.5 }],
): ModelScorer & { seen: number[][] } {
  const seen: number[][] = [];
  return {
    version,
    shadow,
    seen,
    score(features) {
      seen.push([...features]);
      return { probability, contributions };
    },
  };
}

/** 90 against mean 50 (z 2.7, 1.8×; 1.8× the recent averages): no rule fires, some evidence. */
const EVENT = makeEvent({ amount: 90 });
/** A new device on top: NEW_DEVICE 10. */
const CTX_OVERRIDES: ContextOverrides = { deviceKnown: false };

const run = (scorers: ModelScorer[] = [], policy = makePolicy()) =>
  scoreTransactionEvent(EVENT, makeContext(CTX_OVERRIDES), policy, scorers);

const modelCheck = (verdict: ReturnType<typeof run>) =>
  verdict.result.allChecks.find((c) => c.code === 'MODEL_RISK');

describe('scoreTransactionEvent without models', () => {
  const verdict = run();
  const { result, features, models } = verdict;

  it('passes MODEL_RISK and lists no model', () => {
    expect(modelCheck(verdict)).toMatchObject({
      status: 'PASS',
      contribution: 0,
      detail: 'no active model',
    });
    expect(models).toEqual([]);
  });

  it('is evaluateTransaction plus a tie-break from the features', () => {
    const plain = evaluateTransaction(EVENT, makeContext(CTX_OVERRIDES), makePolicy());
    expect({ ...result, riskScoreExact: 0 }).toEqual({ ...plain, riskScoreExact: 0 });
    expect(result.riskScore).toBe(10);
    expect(features).toEqual(transactionFeatures(EVENT, makeContext(CTX_OVERRIDES)));
    expect(features).toHaveLength(FEATURE_NAMES.length);
    expect(result.riskScoreExact - result.riskScore).toBeCloseTo(tieBreak(features), 12);
  });

  it('keeps riskScoreExact − riskScore in [0, 0.49) so that it rounds to riskScore', () => {
    const within = result.riskScoreExact - result.riskScore;
    expect(within).toBeGreaterThan(0);
    expect(within).toBeLessThan(0.49);
    expect(Math.round(result.riskScoreExact)).toBe(result.riskScore);
  });

  it('orders events that share a riskScore by their evidence', () => {
    const exact = (amount: number) =>
      scoreTransactionEvent(makeEvent({ amount }), makeContext(), makePolicy()).result;
    const [calm, tense] = [exact(55), exact(90)];
    expect([calm.riskScore, tense.riskScore]).toEqual([0, 0]);
    expect(tense.riskScoreExact).toBeGreaterThan(calm.riskScoreExact);
  });
});

describe('scoreTransactionEvent with an ACTIVE model', () => {
  const scorer = fakeScorer(7, false, 0.5, [
    { name: 'amount_z', value: 1.5 },
    { name: 'device_new', value: 0.75 },
  ]);
  const verdict = run([scorer]);
  const { result, features, models } = verdict;

  it('scores the features and lists the model', () => {
    expect(scorer.seen).toEqual([features]);
    expect(models).toEqual([
      {
        version: 7,
        shadow: false,
        probability: 0.5,
        contributions: [
          { name: 'amount_z', value: 1.5 },
          { name: 'device_new', value: 0.75 },
        ],
      },
    ]);
  });

  it('adds weight × probability through MODEL_RISK', () => {
    expect(modelCheck(verdict)).toEqual({
      code: 'MODEL_RISK',
      status: 'FIRED',
      weight: 60,
      contribution: 30,
      detail: 'model v7: fraud probability 50%, limit 5%; amount_z +1.5, device_new +0.75',
    });
    expect(result.matchedRules.map((r) => [r.code, r.contribution])).toEqual([
      ['NEW_DEVICE', 10],
      ['MODEL_RISK', 30],
    ]);
    expect(result.riskScore).toBe(run().result.riskScore + 30);
  });

  it('breaks ties by the model’s probability', () => {
    expect(result.riskScoreExact - result.riskScore).toBeCloseTo(0.49 * 0.5, 12);
    expect(Math.round(result.riskScoreExact)).toBe(result.riskScore);
    const surer = run([fakeScorer(7, false, 0.6)]).result;
    expect(surer.riskScore).toBe(46);
    expect(result.riskScore).toBe(40);
    expect(surer.riskScoreExact).toBeGreaterThan(result.riskScoreExact);
  });

  it('adds nothing under minProbability', () => {
    const low = run([fakeScorer(7, false, 0.04)]);
    expect(modelCheck(low)?.status).toBe('PASS');
    expect(low.result.riskScore).toBe(10);
    expect(low.models).toHaveLength(1);
  });

  it('adds nothing when the tenant disabled MODEL_RISK', () => {
    const policy = makePolicy({ rules: { MODEL_RISK: { status: 'DISABLED' } } });
    const off = run([fakeScorer(7, false, 0.9)], policy);
    expect(modelCheck(off)).toMatchObject({ status: 'DISABLED', contribution: 0 });
    expect(off.result.riskScore).toBe(10);
  });
});

describe('scoreTransactionEvent with a SHADOW model only', () => {
  const none = run();
  const verdict = run([fakeScorer(4, true, 0.9)]);
  const { result, models } = verdict;

  it('shows the model’s verdict as SHADOW_FIRED', () => {
    expect(modelCheck(verdict)).toMatchObject({
      status: 'SHADOW_FIRED',
      weight: 60,
      contribution: 54,
    });
    expect(modelCheck(verdict)?.detail).toMatch(/^model v4: fraud probability 90%/);
    expect(models).toEqual([
      expect.objectContaining({ version: 4, shadow: true, probability: 0.9 }),
    ]);
  });

  it('leaves the live result unchanged', () => {
    for (const key of [
      'riskScore',
      'riskScoreExact',
      'riskLevel',
      'decision',
      'matchedRules',
      'signals',
      'checks',
    ] as const) {
      expect(result[key]).toEqual(none.result[key]);
    }
  });

  it('shows in shadowEvaluation', () => {
    // 10 + 54 = 64: REVIEW.
    expect(result.shadowEvaluation).toEqual({
      score: 64,
      decision: 'REVIEW',
      rules: ['MODEL_RISK'],
    });
  });

  it('does not change the stored policy', () => {
    const policy = makePolicy();
    const before = structuredClone(policy);
    scoreTransactionEvent(EVENT, makeContext(), policy, [fakeScorer(4, true, 0.9)]);
    expect(policy).toEqual(before);
  });
});

describe('scoreTransactionEvent with ACTIVE and SHADOW models', () => {
  // The SHADOW model comes first on purpose: the ACTIVE one must still act.
  const shadow = fakeScorer(9, true, 0.95);
  const active = fakeScorer(8, false, 0.2);
  const verdict = run([shadow, active]);
  const { result, features, models } = verdict;

  it('lists the acting (ACTIVE) model first', () => {
    expect(models.map((m) => [m.version, m.shadow, m.probability])).toEqual([
      [8, false, 0.2],
      [9, true, 0.95],
    ]);
    expect(shadow.seen).toEqual([features]);
    expect(active.seen).toEqual([features]);
  });

  it('MODEL_RISK reads the ACTIVE model only', () => {
    expect(modelCheck(verdict)).toMatchObject({ status: 'FIRED', contribution: 12 });
    expect(modelCheck(verdict)?.detail).toMatch(/^model v8: fraud probability 20%/);
    expect(result.riskScore).toBe(22);
    expect(result.riskScoreExact - result.riskScore).toBeCloseTo(0.49 * 0.2, 12);
    expect(result.shadowEvaluation).toBeNull();
  });
});

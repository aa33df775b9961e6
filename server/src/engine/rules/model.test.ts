import { describe, expect, it } from 'vitest';
import { evaluateTransaction } from '../evaluate.js';
import {
  evaluateCase,
  makeContext,
  makeEvent,
  makePolicy,
  type RuleCase as Case,
} from '../testing.js';
import type { FeatureContribution, ModelOutput } from '../types.js';
import { RULES_BY_CODE } from './index.js';

function check(c: Case) {
  const outcome = evaluateCase('MODEL_RISK', c);
  expect(outcome.fired).toBe(c.fired);
  if (typeof c.detail === 'string') expect(outcome.detail).toBe(c.detail);
  else if (c.detail) expect(outcome.detail).toMatch(c.detail);
  if (!c.fired) expect(outcome.strength).toBeUndefined();
  else expect(outcome.strength).toBeCloseTo(c.strength ?? NaN, 12);
}

const model = (probability: number, contributions: FeatureContribution[] = []): ModelOutput => ({
  version: 3,
  shadow: false,
  probability,
  contributions,
});

describe('MODEL_RISK (weight × probability from minProbability 0.05)', () => {
  it('is the MODEL dimension with weight 60', () => {
    expect(RULES_BY_CODE.get('MODEL_RISK')).toMatchObject({
      dimension: 'MODEL',
      weight: 60,
      params: { minProbability: 0.05 },
    });
  });

  it.each<Case>([
    { name: 'no model', fired: false, detail: 'no active model' },
    { name: 'null model', ctx: { model: null }, fired: false, detail: 'no active model' },
    {
      name: 'probability 0',
      ctx: { model: model(0) },
      fired: false,
      detail: 'model v3: fraud probability 0%, limit 5%',
    },
    {
      name: 'probability 0.0499 (just below minProbability)',
      ctx: { model: model(0.0499) },
      fired: false,
    },
    {
      name: 'probability 0.05 (at minProbability)',
      ctx: { model: model(0.05) },
      fired: true,
      strength: 0.05,
      detail: 'model v3: fraud probability 5%, limit 5%',
    },
    { name: 'probability 0.37', ctx: { model: model(0.37) }, fired: true, strength: 0.37 },
    { name: 'probability 1', ctx: { model: model(1) }, fired: true, strength: 1 },
    {
      name: 'tenant minProbability 0.5, just under',
      ctx: { model: model(0.499) },
      params: { minProbability: 0.5 },
      fired: false,
      detail: 'model v3: fraud probability 49.9%, limit 50%',
    },
    {
      name: 'tenant minProbability 0.5, at it',
      ctx: { model: model(0.5) },
      params: { minProbability: 0.5 },
      fired: true,
      strength: 0.5,
    },
    {
      name: 'names the three largest non-zero contributions, signed',
      ctx: {
        model: model(0.8, [
          { name: 'amount_z', value: 1.234 },
          { name: 'night', value: 0 },
          { name: 'recipient_new', value: -0.5 },
          { name: 'listed', value: 0.2 },
          { name: 'device_new', value: 0.1 },
        ]),
      },
      fired: true,
      strength: 0.8,
      detail:
        'model v3: fraud probability 80%, limit 5%; amount_z +1.23, recipient_new −0.5, listed +0.2',
    },
    {
      name: 'names contributions on a pass too',
      ctx: { model: model(0.01, [{ name: 'amount_log', value: -2 }]) },
      fired: false,
      detail: 'model v3: fraud probability 1%, limit 5%; amount_log −2',
    },
  ])('$name → fired=$fired', (c) => check(c));

  it.each([
    [0.0499, 'PASS', 0],
    [0.05, 'FIRED', 3],
    [0.37, 'FIRED', 22.2],
    [0.8, 'FIRED', 48],
    [1, 'FIRED', 60],
  ] as const)('probability %d: %s, contribution %d points', (p, status, contribution) => {
    const result = evaluateTransaction(makeEvent(), makeContext({ model: model(p) }), makePolicy());
    const checkOf = result.allChecks.find((c) => c.code === 'MODEL_RISK');
    expect(checkOf).toMatchObject({ status, weight: 60, contribution });
    expect(result.matchedRules.map((r) => [r.code, r.contribution])).toEqual(
      status === 'FIRED' ? [['MODEL_RISK', contribution]] : [],
    );
    expect(result.riskScore).toBe(Math.round(contribution));
  });

  it('scales with the tenant weight', () => {
    const result = evaluateTransaction(
      makeEvent(),
      makeContext({ model: model(0.5) }),
      makePolicy({ rules: { MODEL_RISK: { weight: 90 } } }),
    );
    expect(result.matchedRules).toEqual([
      expect.objectContaining({ code: 'MODEL_RISK', weight: 90, contribution: 45 }),
    ]);
    expect(result.riskScore).toBe(45);
  });
});

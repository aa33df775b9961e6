import { describe, expect, it } from 'vitest';
import { evaluateTransaction, scoreTransactionEvent } from '../evaluate.js';
import { makeContext, makeEvent, makePolicy } from '../testing.js';
import { checkOf, customRule, policyWith } from './testing.js';
import { shortened } from './evaluate.js';

const BIG = makeEvent();
const score = (rules: Parameters<typeof policyWith>[0], event = BIG, base = makePolicy()) =>
  evaluateTransaction(event, makeContext(), policyWith(rules, base));

describe('custom rules in evaluatePolicy', () => {
  it('adds the weight of a fired ACTIVE rule, joins matchedRules as CUSTOM and explains it', () => {
    const result = score([customRule({ condition: 'amount >= 50', weight: 40 })]);
    expect(result.riskScore).toBe(40);
    expect(result.matchedRules).toEqual([
      {
        code: 'MY_RULE',
        label: 'My rule',
        dimension: 'CUSTOM',
        weight: 40,
        contribution: 40,
        action: null,
      },
    ]);
    expect(checkOf(result)).toEqual({
      code: 'MY_RULE',
      status: 'FIRED',
      weight: 40,
      contribution: 40,
      detail: 'condition holds: amount >= 50',
    });
    expect(result.signals.negative).toContain('my_rule');
  });

  it('passes, at 0 points, when the condition does not hold', () => {
    const result = score([customRule({ condition: 'amount > 50' })]);
    expect(result.riskScore).toBe(0);
    expect(result.matchedRules).toEqual([]);
    expect(checkOf(result)).toMatchObject({
      status: 'PASS',
      contribution: 0,
      detail: 'condition does not hold',
    });
  });

  it('adds up with built-in rules, and clamps the sum at 100', () => {
    const ctx = makeContext({ reputation: { torExit: true } });
    const policy = policyWith([customRule({ condition: 'rules.TOR_EXIT', weight: 30 })]);
    const withTor = evaluateTransaction(BIG, ctx, policy);
    const torOnly = evaluateTransaction(BIG, ctx, makePolicy());
    expect(withTor.riskScore).toBe(torOnly.riskScore + 30);
    const capped = score([
      customRule({ code: 'A_RULE', weight: 100 }),
      customRule({ code: 'B_RULE', weight: 100 }),
    ]);
    expect(capped.riskScore).toBe(100);
    expect(capped.matchedRules.map((r) => r.contribution)).toEqual([100, 100]);
  });

  it('lowers the score with a negative weight, never below 0, as a positive signal', () => {
    const ctx = makeContext({ reputation: { torExit: true } });
    const torOnly = evaluateTransaction(BIG, ctx, makePolicy()).riskScore;
    const lowered = evaluateTransaction(
      BIG,
      ctx,
      policyWith([customRule({ condition: 'customer.trustScore > 80', weight: -20 })]),
    );
    expect(torOnly).toBeGreaterThan(20);
    expect(lowered.riskScore).toBe(torOnly - 20);
    expect(checkOf(lowered)).toMatchObject({ status: 'FIRED', contribution: -20 });
    expect(lowered.signals.positive).toContain('my_rule');
    expect(lowered.signals.negative).not.toContain('my_rule');
    expect(score([customRule({ weight: -100 })]).riskScore).toBe(0);
  });

  it('carries a BLOCK action with its priority into the decision', () => {
    const blocked = score([customRule({ weight: 1, action: 'BLOCK', priority: 5 })]);
    expect(blocked.riskScore).toBe(1);
    expect(blocked.decision).toBe('BLOCK');
    expect(blocked.matchedRules[0]!.action).toBe('BLOCK');
    // A higher-priority fired ALLOW wins over it, lower-priority does not.
    const allowRule = (priority: number) =>
      customRule({
        code: 'TRUSTED_PAYEE',
        weight: 0,
        action: 'ALLOW',
        priority,
        condition: 'recipient.isKnown',
      });
    const rules = (p: number) => [
      customRule({ weight: 1, action: 'BLOCK', priority: 5 }),
      allowRule(p),
    ];
    expect(score(rules(6)).decision).toBe('ALLOW');
    expect(score(rules(5)).decision).toBe('BLOCK');
  });

  it('keeps a SHADOW rule out of the live result and puts it in shadowEvaluation', () => {
    const result = score([customRule({ status: 'SHADOW', weight: 60, action: 'REVIEW' })]);
    expect(result.riskScore).toBe(0);
    expect(result.decision).toBe('ALLOW');
    expect(result.matchedRules).toEqual([]);
    expect(checkOf(result)).toMatchObject({ status: 'SHADOW_FIRED', contribution: 60 });
    expect(result.shadowEvaluation).toEqual({ score: 60, decision: 'REVIEW', rules: ['MY_RULE'] });
  });

  it('gives a shadowEvaluation for a SHADOW rule that does not fire', () => {
    const result = score([customRule({ status: 'SHADOW', condition: 'amount > 50' })]);
    expect(result.shadowEvaluation).toEqual({ score: 0, decision: 'ALLOW', rules: [] });
  });

  it('shows a DISABLED rule as a check and never evaluates it', () => {
    const result = score([customRule({ status: 'DISABLED', condition: 'int(amount) / 0 > 1' })]);
    expect(checkOf(result)).toEqual({
      code: 'MY_RULE',
      status: 'DISABLED',
      weight: 30,
      contribution: 0,
      detail: 'disabled',
    });
    expect(result.riskScore).toBe(0);
    expect(result.shadowEvaluation).toBeNull();
  });

  it('counts a rule that cannot be evaluated as not fired, says why, and scores the rest', () => {
    const result = score([
      customRule({
        code: 'BROKEN',
        condition: 'int(amount) / int(customer.fraudCount) > 1',
        weight: 50,
      }),
      customRule({ code: 'NOT_BOOL', condition: 'dyn(channel)', weight: 50 }),
      customRule({ condition: 'amount >= 50', weight: 20 }),
    ]);
    expect(checkOf(result, 'BROKEN')).toMatchObject({
      status: 'PASS',
      contribution: 0,
      detail: 'could not evaluate: int divide by zero',
    });
    expect(checkOf(result, 'NOT_BOOL').detail).toBe(
      "could not evaluate: the condition gave the string 'mobile', not true or false",
    );
    expect(result.riskScore).toBe(20);
    expect(result.matchedRules.map((r) => r.code)).toEqual(['MY_RULE']);
  });

  it('runs only the rules of the event kind', () => {
    const policy = policyWith([customRule({ eventKind: 'ACCOUNT', condition: 'ip.tor' })]);
    const result = evaluateTransaction(BIG, makeContext(), policy);
    expect(result.allChecks.some((c) => c.code === 'MY_RULE')).toBe(false);
  });

  it('sees built-in results: a SHADOW or DISABLED built-in reads as not fired', () => {
    const ctx = makeContext({ reputation: { torExit: true } });
    const rule = customRule({ condition: 'rules.TOR_EXIT' });
    for (const status of ['SHADOW', 'DISABLED'] as const) {
      const base = makePolicy({ rules: { TOR_EXIT: { status } } });
      expect(checkOf(evaluateTransaction(BIG, ctx, policyWith([rule], base))).status).toBe('PASS');
    }
    expect(checkOf(evaluateTransaction(BIG, ctx, policyWith([rule]))).status).toBe('FIRED');
  });

  it("reads the acting model's score in scoreTransactionEvent, never a SHADOW model's", () => {
    const scorer = (shadow: boolean) => ({
      version: 2,
      shadow,
      score: () => ({ probability: 0.9, contributions: [] }),
    });
    const policy = policyWith([customRule({ condition: 'model.score >= 90' })]);
    const acting = scoreTransactionEvent(BIG, makeContext(), policy, [scorer(false)]);
    expect(checkOf(acting.result).status).toBe('FIRED');
    const shadow = scoreTransactionEvent(BIG, makeContext(), policy, [scorer(true)]);
    expect(checkOf(shadow.result).status).toBe('PASS');
  });

  it('is deterministic: the same arguments give the same result', () => {
    const rules = [
      customRule({ condition: 'amount >= 50 && !recipient.isKnown' }),
      customRule({ code: 'NIGHT', condition: 'time.hour >= 23 || time.hour <= 5', weight: 15 }),
      customRule({ code: 'TRUSTED', condition: 'customer.trustScore > 50.0', weight: -10 }),
    ];
    const policy = policyWith(rules);
    const ctx = makeContext({ recipient: { isKnown: false, timesSent: 0 } });
    const first = evaluateTransaction(BIG, ctx, policy);
    for (let i = 0; i < 3; i++) expect(evaluateTransaction(BIG, ctx, policy)).toEqual(first);
    expect(first.riskScore).toBe(first.matchedRules.reduce((sum, r) => sum + r.contribution, 0));
  });

  it('quotes long conditions shortened, on one line', () => {
    const condition = `amount >= 50 &&\n    ${Array.from({ length: 20 }, (_, i) => `amount != ${i}.5`).join(' && ')}`;
    const detail = checkOf(score([customRule({ condition })])).detail;
    expect(detail).toBe(`condition holds: ${shortened(condition)}`);
    expect(shortened(condition)).toHaveLength(120);
    expect(shortened(condition).endsWith('…')).toBe(true);
    expect(shortened(condition)).not.toMatch(/\n| {2}/);
  });
});

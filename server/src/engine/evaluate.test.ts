import { describe, expect, it } from 'vitest';
import { evaluateTransaction } from './evaluate.js';
import { DEFAULT_TRANSACTION_RULES, RULES_BY_CODE } from './rules/index.js';
import {
  listMatch,
  makeContext,
  makeEvent,
  makePolicy,
  type ContextOverrides,
  type EventOverrides,
} from './testing.js';
import type { RuleStatus } from './types.js';

const weightOf = (code: string) => RULES_BY_CODE.get(code)?.weight ?? NaN;

/**
 * 110 against a customer mean of 50 with sd 20 (z 3, 2.2×) and recent averages of 50 (2.2×):
 * AMOUNT_SPIKE 80 × 0.5 = 40, AMOUNT_ABOVE_RECENT 20 × (0.5 + 0.5 · 0.2 / 3) ≈ 10.67,
 * NEW_DEVICE 10, GEO_MISMATCH 10: 70.67, scored 71: REVIEW, HIGH.
 */
const NOISY_EVENT: EventOverrides = { amount: 110 };
const NOISY_CTX: ContextOverrides = {
  customer: { stats: { m2: 30 * 20 ** 2 } },
  deviceKnown: false,
  geo: { ipCountry: 'DE' },
};
const SPIKE_POINTS = 40;
const RECENT_POINTS = 20 * (0.5 + (0.5 * 0.2) / 3);
const NOISY_POINTS: [string, number][] = [
  ['AMOUNT_SPIKE', SPIKE_POINTS],
  ['AMOUNT_ABOVE_RECENT', RECENT_POINTS],
  ['NEW_DEVICE', 10],
  ['GEO_MISMATCH', 10],
];
const round2 = (x: number) => Math.round(x * 100) / 100;

function noisy(statuses: Record<string, RuleStatus> = {}) {
  const rules = Object.fromEntries(
    Object.entries(statuses).map(([code, status]) => [code, { status }]),
  );
  return evaluateTransaction(makeEvent(NOISY_EVENT), makeContext(NOISY_CTX), makePolicy({ rules }));
}

describe('evaluateTransaction on the quiet defaults', () => {
  const result = evaluateTransaction(makeEvent(), makeContext(), makePolicy());

  it('fires no rule: score 0, LOW, ALLOW', () => {
    expect(result).toMatchObject({
      riskScore: 0,
      riskLevel: 'LOW',
      decision: 'ALLOW',
      matchedRules: [],
      shadowEvaluation: null,
    });
    expect(result.allChecks.filter((c) => c.status !== 'PASS')).toEqual([]);
  });

  it('has one check per policy rule, in policy order, each with a detail', () => {
    expect(result.allChecks.map((c) => c.code)).toEqual(
      DEFAULT_TRANSACTION_RULES.map((r) => r.code),
    );
    for (const check of result.allChecks) {
      expect(check.detail.length).toBeGreaterThan(0);
      expect(check.weight).toBe(weightOf(check.code));
    }
  });

  it('reads as a trusted customer', () => {
    expect(result.signals).toEqual({
      positive: ['established_customer', 'known_recipient', 'normal_amount', 'trusted_device'],
      negative: [],
      neutral: [],
    });
    expect(result.checks).toEqual({
      velocity: { passed: true, dailyCount: 2, dailyLimit: 20 },
      amount: { passed: true, vsAverage: 1 },
      recipient: { passed: true, isKnown: true, trustLevel: 'TRUSTED' },
      device: { passed: true, isTrusted: true },
    });
  });
});

describe('scoring and decision', () => {
  it('adds weight × strength of each fired rule and bands the rounded sum', () => {
    const result = noisy();
    expect(result.matchedRules.map((r) => [r.code, r.contribution])).toEqual(
      NOISY_POINTS.map(([code, points]) => [code, round2(points)]),
    );
    expect(result.matchedRules.find((r) => r.code === 'AMOUNT_ABOVE_RECENT')?.contribution).toBe(
      10.67,
    );
    const fired = result.allChecks.filter((c) => c.status === 'FIRED');
    expect(fired.map((c) => [c.code, c.contribution])).toEqual(
      result.matchedRules.map((r) => [r.code, r.contribution]),
    );
    for (const check of result.allChecks.filter((c) => c.status === 'PASS'))
      expect(check.contribution).toBe(0);
    expect(result).toMatchObject({
      riskScore: 71,
      riskScoreExact: 71,
      riskLevel: 'HIGH',
      decision: 'REVIEW',
    });
  });

  it('uses the tenant weights', () => {
    const result = evaluateTransaction(
      makeEvent(NOISY_EVENT),
      makeContext(NOISY_CTX),
      makePolicy({ rules: { AMOUNT_ABOVE_RECENT: { weight: 50 } } }),
    );
    // 40 + 50 × 0.5333 + 10 + 10 = 86.67.
    expect(result).toMatchObject({ riskScore: 87, riskLevel: 'CRITICAL', decision: 'BLOCK' });
    expect(result.matchedRules.find((r) => r.code === 'AMOUNT_ABOVE_RECENT')).toMatchObject({
      weight: 50,
      contribution: 26.67,
    });
    expect(result.allChecks.find((c) => c.code === 'AMOUNT_ABOVE_RECENT')).toMatchObject({
      weight: 50,
      contribution: 26.67,
    });
  });

  it('uses the tenant thresholds', () => {
    const result = evaluateTransaction(
      makeEvent(NOISY_EVENT),
      makeContext(NOISY_CTX),
      makePolicy({ thresholds: { challenge: 70 } }),
    );
    expect(result.decision).toBe('CHALLENGE');
  });

  it('uses the tenant parameters', () => {
    const policy = makePolicy({ rules: { HIGH_AMOUNT: { params: { limit: 50 } } } });
    const result = evaluateTransaction(makeEvent({ amount: 50 }), makeContext(), policy);
    expect(result.matchedRules.map((r) => r.code)).toEqual(['HIGH_AMOUNT']);
  });

  it('clamps the score at 100', () => {
    const result = evaluateTransaction(
      makeEvent({ amount: 50_000, country: 'IR' }),
      makeContext({
        ...NOISY_CTX,
        history: { user: { reports7d: 2 }, recipient: { reports7d: 3 } },
        recipient: { fanIn24h: 9 },
      }),
      makePolicy(),
    );
    const sum = result.matchedRules.reduce((s, r) => s + r.contribution, 0);
    expect(sum).toBeGreaterThan(100);
    expect(result).toMatchObject({ riskScore: 100, riskLevel: 'CRITICAL', decision: 'BLOCK' });
  });

  it('blocks a deny-listed event even when it is also allow-listed', () => {
    const result = evaluateTransaction(
      makeEvent(),
      makeContext({
        listMatches: [
          listMatch('ALLOW', 'USER', 'user-1'),
          listMatch('DENY', 'IP', '203.0.113.10'),
        ],
      }),
      makePolicy(),
    );
    expect(result).toMatchObject({ riskScore: 100, decision: 'BLOCK' });
  });

  it('allows an allow-listed event whatever its score, and keeps the score', () => {
    const result = evaluateTransaction(
      makeEvent(NOISY_EVENT),
      makeContext({
        ...NOISY_CTX,
        reputation: { torExit: true },
        listMatches: [listMatch('ALLOW', 'USER', 'user-1')],
      }),
      makePolicy(),
    );
    expect(result).toMatchObject({ riskScore: 100, riskLevel: 'CRITICAL', decision: 'ALLOW' });
    expect(result.signals.positive).toContain('allow_listed');
    expect(result.signals.negative).not.toContain('allowlist_match');
  });

  it('sends a watch-listed event to review', () => {
    const result = evaluateTransaction(
      makeEvent(),
      makeContext({ listMatches: [listMatch('WATCH', 'PHONE', '+33600000001')] }),
      makePolicy(),
    );
    expect(result).toMatchObject({ riskScore: 20, riskLevel: 'LOW', decision: 'REVIEW' });
  });
});

describe('rule statuses', () => {
  it('DISABLED rules yield DISABLED checks and add nothing', () => {
    const result = noisy({ AMOUNT_SPIKE: 'DISABLED' });
    expect(result.allChecks.find((c) => c.code === 'AMOUNT_SPIKE')).toEqual({
      code: 'AMOUNT_SPIKE',
      status: 'DISABLED',
      weight: 80,
      contribution: 0,
      detail: 'disabled',
    });
    // 70.67 − 40 = 30.67.
    expect(result.riskScore).toBe(31);
    expect(result.decision).toBe('ALLOW');
    expect(result.matchedRules.map((r) => r.code)).not.toContain('AMOUNT_SPIKE');
    expect(result.signals.negative).not.toContain('amount_spike');
    expect(result.shadowEvaluation).toBeNull();
  });

  it('a disabled deny-list rule does not block', () => {
    const result = evaluateTransaction(
      makeEvent(),
      makeContext({ listMatches: [listMatch('DENY', 'USER', 'user-1')] }),
      makePolicy({ rules: { DENYLIST_MATCH: { status: 'DISABLED' } } }),
    );
    expect(result).toMatchObject({ riskScore: 0, decision: 'ALLOW' });
  });

  it('SHADOW rules give SHADOW_FIRED checks and leave the live result alone', () => {
    const shadow = noisy({ AMOUNT_SPIKE: 'SHADOW' });
    const disabled = noisy({ AMOUNT_SPIKE: 'DISABLED' });
    const check = shadow.allChecks.find((c) => c.code === 'AMOUNT_SPIKE');
    expect(check?.status).toBe('SHADOW_FIRED');
    expect(check?.contribution).toBe(SPIKE_POINTS);
    expect(check?.detail).toBe(
      "amount 110 is 2.2× the customer's mean 50 (z 3), limits 2× and z 3",
    );
    for (const key of [
      'riskScore',
      'riskScoreExact',
      'riskLevel',
      'decision',
      'matchedRules',
      'signals',
      'checks',
    ] as const) {
      expect(shadow[key]).toEqual(disabled[key]);
    }
    expect(shadow.shadowEvaluation).toEqual({
      score: 71,
      decision: 'REVIEW',
      rules: ['AMOUNT_SPIKE'],
    });
  });

  it('shadowEvaluation is what the policy would give with its SHADOW rules active', () => {
    const statuses: Record<string, RuleStatus> = { AMOUNT_SPIKE: 'SHADOW', NEW_DEVICE: 'SHADOW' };
    const shadow = noisy(statuses);
    const promoted = noisy();
    // 10.67 + 10 = 20.67 live.
    expect(shadow.riskScore).toBe(21);
    expect(shadow.shadowEvaluation).toEqual({
      score: promoted.riskScore,
      decision: promoted.decision,
      rules: ['AMOUNT_SPIKE', 'NEW_DEVICE'],
    });
  });

  it('a SHADOW deny-list rule would block but does not', () => {
    const result = evaluateTransaction(
      makeEvent(),
      makeContext({ listMatches: [listMatch('DENY', 'USER', 'user-1')] }),
      makePolicy({ rules: { DENYLIST_MATCH: { status: 'SHADOW' } } }),
    );
    expect(result).toMatchObject({
      riskScore: 0,
      decision: 'ALLOW',
      shadowEvaluation: { score: 100, decision: 'BLOCK', rules: ['DENYLIST_MATCH'] },
    });
  });

  it('a SHADOW rule that does not fire is a PASS and the shadow result equals the live one', () => {
    const result = noisy({ HIGH_AMOUNT: 'SHADOW' });
    expect(result.allChecks.find((c) => c.code === 'HIGH_AMOUNT')?.status).toBe('PASS');
    expect(result.allChecks.find((c) => c.code === 'HIGH_AMOUNT')?.contribution).toBe(0);
    expect(result.shadowEvaluation).toEqual({ score: 71, decision: 'REVIEW', rules: [] });
  });

  it('shadowEvaluation is null when the policy has no SHADOW rule', () => {
    expect(noisy().shadowEvaluation).toBeNull();
    expect(noisy({ HIGH_AMOUNT: 'DISABLED' }).shadowEvaluation).toBeNull();
  });

  it('allChecks has one entry per policy rule and matchedRules lists exactly the FIRED ones', () => {
    const result = noisy({
      GEO_MISMATCH: 'SHADOW',
      NEW_DEVICE: 'DISABLED',
      HIGH_AMOUNT: 'DISABLED',
    });
    expect(result.allChecks).toHaveLength(DEFAULT_TRANSACTION_RULES.length);
    const byStatus = (s: string) =>
      result.allChecks.filter((c) => c.status === s).map((c) => c.code);
    expect(byStatus('FIRED')).toEqual(result.matchedRules.map((r) => r.code));
    expect(byStatus('FIRED')).toEqual(['AMOUNT_SPIKE', 'AMOUNT_ABOVE_RECENT']);
    expect(byStatus('SHADOW_FIRED')).toEqual(['GEO_MISMATCH']);
    expect(byStatus('DISABLED')).toEqual(['HIGH_AMOUNT', 'NEW_DEVICE']);
    expect(byStatus('PASS')).toHaveLength(DEFAULT_TRANSACTION_RULES.length - 5);
  });

  it('checks only the rules the policy has', () => {
    const policy = makePolicy();
    policy.rules = policy.rules.filter((r) => ['GEO_MISMATCH', 'AMOUNT_SPIKE'].includes(r.code));
    const result = evaluateTransaction(makeEvent(NOISY_EVENT), makeContext(NOISY_CTX), policy);
    expect(result.allChecks.map((c) => [c.code, c.status])).toEqual([
      ['AMOUNT_SPIKE', 'FIRED'],
      ['GEO_MISMATCH', 'FIRED'],
    ]);
    expect(result.riskScore).toBe(50);
  });
});

describe('purity', () => {
  it('is deterministic and does not mutate its arguments', () => {
    const event = makeEvent(NOISY_EVENT);
    const ctx = makeContext(NOISY_CTX);
    const policy = makePolicy({ rules: { GEO_MISMATCH: { status: 'SHADOW' } } });
    const before = structuredClone({ event, ctx, policy });
    const first = evaluateTransaction(event, ctx, policy);
    const second = evaluateTransaction(event, ctx, policy);
    expect(second).toEqual(first);
    expect({ event, ctx, policy }).toEqual(before);
  });
});

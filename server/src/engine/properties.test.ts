import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bandDecision, clampScore, riskLevelOf } from './decision.js';
import { evaluateTransaction, scoreTransactionEvent, type ModelScorer } from './evaluate.js';
import { FEATURE_NAMES } from './features.js';
import { DEFAULT_TRANSACTION_THRESHOLDS } from './policy.js';
import { EMPTY_STATS, addAmount } from './profile.js';
import { DEFAULT_TRANSACTION_RULES, RULES_BY_CODE } from './rules/index.js';
import { makePolicy } from './testing.js';
import {
  LISTS,
  LIST_KINDS,
  RECIPIENT_TYPES,
  RULE_STATUSES,
  TRANSACTION_TYPES,
  severity,
  type CustomerSnapshot,
  type HistoryWindow,
  type Policy,
  type RuleStatus,
  type ScoringContext,
  type Thresholds,
  type TransactionEvent,
  type Window,
} from './types.js';

// ---- Arbitraries -------------------------------------------------------------------------------

const nullable = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null });

const dateArb = fc.date({
  min: new Date('2024-01-01T00:00:00Z'),
  max: new Date('2026-06-01T00:00:00Z'),
  noInvalidDate: true,
});
const countryArb = fc.constantFrom('FR', 'DE', 'GB', 'US', 'IR', 'KP', 'MM');
/** Amounts with the rules' limits and their neighbourhoods well represented. */
const amountArb = fc.oneof(
  fc.integer({ min: 0, max: 60_000 }),
  fc.double({ min: 0, max: 60_000, noNaN: true, noDefaultInfinity: true }),
  fc.constantFrom(0, 2, 5, 5.01, 999.99, 1_000, 9_999.99, 10_000, 20_000),
);
const deviceArb = fc.constantFrom('device-1', 'device-2');

const eventArb: fc.Arbitrary<TransactionEvent> = fc.record({
  userId: fc.constantFrom('user-1', 'user-2'),
  amount: amountArb,
  type: fc.constantFrom(...TRANSACTION_TYPES),
  channel: nullable(fc.constantFrom('mobile', 'web', 'api')),
  occurredAt: dateArb,
  deviceId: nullable(deviceArb),
  sessionId: nullable(fc.constantFrom('session-1', 'session-2')),
  ip: nullable(fc.constantFrom('203.0.113.10', '198.51.100.7')),
  email: nullable(fc.constantFrom('alice@example.com', 'bob@example.org')),
  phone: nullable(fc.constant('+33600000001')),
  recipient: nullable(
    fc.record({
      type: fc.constantFrom(...RECIPIENT_TYPES),
      value: fc.constantFrom('+33600000002', 'FR7630006000011234567890189'),
      country: nullable(countryArb),
    }),
  ),
  country: nullable(countryArb),
});

/** A customer whose statistics and hour histogram come from real past events. */
const customerArb: fc.Arbitrary<CustomerSnapshot> = fc
  .record({
    past: fc.array(fc.record({ amount: amountArb, hour: fc.integer({ min: 0, max: 23 }) }), {
      maxLength: 40,
    }),
    firstSeenAt: nullable(dateArb),
    lastSeenAt: nullable(dateArb),
    accountOpenedAt: nullable(dateArb),
    country: nullable(countryArb),
    fraudCount: fc.integer({ min: 0, max: 3 }),
  })
  .map(({ past, ...rest }) => {
    const hourHistogram = Array.from({ length: 24 }, () => 0);
    for (const { hour } of past) hourHistogram[hour] = (hourHistogram[hour] ?? 0) + 1;
    const stats = past.reduce((s, { amount }) => addAmount(s, amount), EMPTY_STATS);
    return { ...rest, stats, hourHistogram };
  });

const windowArb: fc.Arbitrary<Window> = fc.record({
  count1h: fc.integer({ min: 0, max: 30 }),
  sum1h: fc.integer({ min: 0, max: 50_000 }),
  count24h: fc.integer({ min: 0, max: 40 }),
  sum24h: fc.integer({ min: 0, max: 50_000 }),
});

const historyArb: fc.Arbitrary<HistoryWindow> = fc
  .record({
    count7d: fc.integer({ min: 0, max: 50 }),
    more: fc.integer({ min: 0, max: 150 }),
    mean: fc.integer({ min: 1, max: 500 }),
    fraud: fc.integer({ min: 0, max: 5 }),
    reports7d: fc.integer({ min: 0, max: 6 }),
  })
  .map(({ count7d, more, mean, fraud, reports7d }) => ({
    count7d,
    sum7d: count7d * mean,
    count30d: count7d + more,
    sum30d: (count7d + more) * mean,
    fraud30d: Math.min(fraud, count7d + more),
    reports7d,
  }));

const contextArb: fc.Arbitrary<ScoringContext> = fc.record({
  customer: nullable(customerArb),
  velocity: fc.record({
    user: fc
      .record({
        window: windowArb,
        smallCount10m: fc.integer({ min: 0, max: 5 }),
        secondsSinceLast: nullable(fc.integer({ min: 0, max: 200_000 })),
        previousSessionDevice: nullable(deviceArb),
      })
      .map(({ window, ...rest }) => ({ ...window, ...rest })),
    device: nullable(windowArb),
    ip: nullable(windowArb),
    recipient: nullable(windowArb),
  }),
  history: fc.record({ user: historyArb, recipient: nullable(historyArb) }),
  linkage: fc.record({
    usersPerDevice: fc.integer({ min: 1, max: 6 }),
    usersPerIp: fc.integer({ min: 1, max: 6 }),
    usersPerEmail: fc.integer({ min: 1, max: 6 }),
    usersPerPhone: fc.integer({ min: 1, max: 6 }),
  }),
  deviceKnown: nullable(fc.boolean()),
  recipient: nullable(
    fc.record({
      isKnown: fc.boolean(),
      timesSent: fc.integer({ min: 0, max: 10 }),
      firstSentAt: nullable(dateArb),
      lastSentAt: nullable(dateArb),
      fanIn24h: fc.integer({ min: 1, max: 8 }),
      priorFraudCount: fc.integer({ min: 0, max: 2 }),
    }),
  ),
  geo: fc.record({
    ipCountry: nullable(countryArb),
    distanceKm: nullable(fc.double({ min: 0, max: 20_000, noNaN: true })),
    speedKmh: nullable(
      fc.oneof(fc.double({ min: 0, max: 5_000, noNaN: true }), fc.constant(Infinity)),
    ),
  }),
  listMatches: fc.array(
    fc.record({
      list: fc.constantFrom(...LISTS),
      kind: fc.constantFrom(...LIST_KINDS),
      value: fc.constantFrom('user-1', '203.0.113.10', 'example.com'),
      reason: nullable(fc.constantFrom('chargeback', 'manual')),
    }),
    { maxLength: 3 },
  ),
  reputation: fc.record({ torExit: fc.boolean(), hostingAsn: fc.boolean() }),
});

const thresholdArb: fc.Arbitrary<Thresholds> = fc.record({
  review: nullable(fc.integer({ min: 0, max: 100 })),
  challenge: nullable(fc.integer({ min: 0, max: 100 })),
  block: nullable(fc.integer({ min: 0, max: 100 })),
});

const weightArb = fc.oneof(
  fc.integer({ min: 0, max: 100 }),
  fc.double({ min: 0, max: 100, noNaN: true }),
);

/** Mostly mixed statuses, but also policies without SHADOW rules and all-ACTIVE ones. */
const statusesArb: fc.Arbitrary<readonly RuleStatus[]> = fc.oneof(
  { weight: 3, arbitrary: fc.constant(RULE_STATUSES) },
  { weight: 1, arbitrary: fc.constant(['ACTIVE', 'DISABLED'] as const) },
  { weight: 1, arbitrary: fc.constant(['ACTIVE'] as const) },
);

/** The default rule pack with random statuses and weights, under default or random thresholds. */
const policyArb: fc.Arbitrary<Policy> = fc
  .record({
    settings: statusesArb.chain((statuses) =>
      fc.array(fc.record({ status: fc.constantFrom(...statuses), weight: weightArb }), {
        minLength: DEFAULT_TRANSACTION_RULES.length,
        maxLength: DEFAULT_TRANSACTION_RULES.length,
      }),
    ),
    thresholds: fc.oneof(fc.constant(DEFAULT_TRANSACTION_THRESHOLDS), thresholdArb),
  })
  .map(({ settings, thresholds }) => {
    const policy = makePolicy({ thresholds });
    policy.rules = policy.rules.map((rule, i) => ({ ...rule, ...settings[i] }));
    return policy;
  });

const inputArb = fc.record({ event: eventArb, ctx: contextArb, policy: policyArb });

function withStatus(policy: Policy, from: RuleStatus, to: RuleStatus): Policy {
  return {
    ...policy,
    rules: policy.rules.map((r) => (r.status === from ? { ...r, status: to } : r)),
  };
}

// ---- Properties --------------------------------------------------------------------------------

describe('engine properties', () => {
  it('the score is an integer within 0..100 and the risk level follows it', () => {
    fc.assert(
      fc.property(inputArb, ({ event, ctx, policy }) => {
        const { riskScore, riskLevel } = evaluateTransaction(event, ctx, policy);
        expect(Number.isInteger(riskScore)).toBe(true);
        expect(riskScore).toBeGreaterThanOrEqual(0);
        expect(riskScore).toBeLessThanOrEqual(100);
        expect(riskLevel).toBe(riskLevelOf(riskScore));
        const expected =
          riskScore < 30 ? 'LOW' : riskScore < 60 ? 'MEDIUM' : riskScore < 85 ? 'HIGH' : 'CRITICAL';
        expect(riskLevel).toBe(expected);
      }),
    );
  });

  it('checks, matched rules and score agree with the policy', () => {
    fc.assert(
      fc.property(inputArb, ({ event, ctx, policy }) => {
        const result = evaluateTransaction(event, ctx, policy);
        expect(result.allChecks.map((c) => c.code)).toEqual(policy.rules.map((r) => r.code));
        result.allChecks.forEach((check, i) => {
          const status = policy.rules[i]?.status;
          expect(check.detail.length).toBeGreaterThan(0);
          if (status === 'DISABLED') expect(check.status).toBe('DISABLED');
          if (status === 'ACTIVE') expect(['FIRED', 'PASS']).toContain(check.status);
          if (status === 'SHADOW') expect(['SHADOW_FIRED', 'PASS']).toContain(check.status);
        });
        const fired = result.allChecks.filter((c) => c.status === 'FIRED');
        expect(result.matchedRules.map((r) => r.code)).toEqual(fired.map((c) => c.code));
        // Each fired check adds weight × the strength of its rule's outcome; the score rounds the sum.
        const points = fired.map((c, i) => {
          const rule = policy.rules.find((r) => r.code === c.code);
          const outcome = RULES_BY_CODE.get(c.code)?.evaluate(event, ctx, rule?.params ?? {});
          expect(outcome?.fired).toBe(true);
          expect(outcome?.strength).toBeGreaterThan(0);
          expect(outcome?.strength).toBeLessThanOrEqual(1);
          const exact = c.weight * (outcome?.strength ?? NaN);
          expect(c.contribution).toBe(Math.round(exact * 100) / 100);
          expect(result.matchedRules[i]?.contribution).toBe(c.contribution);
          return exact;
        });
        expect(result.riskScore).toBe(clampScore(points.reduce((s, p) => s + p, 0)));
        expect(result.riskScoreExact).toBe(result.riskScore);
        for (const c of result.allChecks)
          if (c.status === 'PASS' || c.status === 'DISABLED') expect(c.contribution).toBe(0);
        expect(result.shadowEvaluation === null).toBe(
          !policy.rules.some((r) => r.status === 'SHADOW'),
        );
      }),
    );
  });

  it('the decision is at least the band unless an ALLOW rule fired', () => {
    fc.assert(
      fc.property(inputArb, ({ event, ctx, policy }) => {
        const result = evaluateTransaction(event, ctx, policy);
        const band = bandDecision(result.riskScore, policy.thresholds);
        if (result.matchedRules.some((r) => r.action === 'ALLOW')) return;
        expect(severity(result.decision)).toBeGreaterThanOrEqual(severity(band));
        if (result.matchedRules.some((r) => r.action === 'BLOCK')) {
          expect(result.decision).toBe('BLOCK');
        }
      }),
    );
  });

  it('SHADOW rules never change the live result', () => {
    fc.assert(
      fc.property(inputArb, ({ event, ctx, policy }) => {
        const withShadow = evaluateTransaction(event, ctx, policy);
        const without = evaluateTransaction(event, ctx, withStatus(policy, 'SHADOW', 'DISABLED'));
        expect(withShadow.riskScore).toBe(without.riskScore);
        expect(withShadow.riskLevel).toBe(without.riskLevel);
        expect(withShadow.decision).toBe(without.decision);
        expect(withShadow.matchedRules).toEqual(without.matchedRules);
        expect(withShadow.signals).toEqual(without.signals);
        expect(withShadow.checks).toEqual(without.checks);
      }),
    );
  });

  it('shadowEvaluation is the live result of the policy with its SHADOW rules active', () => {
    fc.assert(
      fc.property(inputArb, ({ event, ctx, policy }) => {
        const shadow = evaluateTransaction(event, ctx, policy).shadowEvaluation;
        const promoted = evaluateTransaction(event, ctx, withStatus(policy, 'SHADOW', 'ACTIVE'));
        if (!shadow) return;
        expect(shadow.score).toBe(promoted.riskScore);
        expect(shadow.decision).toBe(promoted.decision);
        const shadowCodes = new Set(
          policy.rules.filter((r) => r.status === 'SHADOW').map((r) => r.code),
        );
        expect(shadow.rules).toEqual(
          promoted.matchedRules.map((r) => r.code).filter((c) => shadowCodes.has(c)),
        );
      }),
    );
  });

  it('is deterministic and leaves its inputs untouched', () => {
    fc.assert(
      fc.property(inputArb, ({ event, ctx, policy }) => {
        const before = structuredClone({ event, ctx, policy });
        const first = evaluateTransaction(event, ctx, policy);
        const again = evaluateTransaction(
          structuredClone(event),
          structuredClone(ctx),
          structuredClone(policy),
        );
        expect(again).toEqual(first);
        expect({ event, ctx, policy }).toEqual(before);
      }),
    );
  });

  it('lists each signal once', () => {
    fc.assert(
      fc.property(inputArb, ({ event, ctx, policy }) => {
        const { positive, negative, neutral } = evaluateTransaction(event, ctx, policy).signals;
        const all = [...positive, ...negative, ...neutral];
        expect(new Set(all).size).toBe(all.length);
      }),
    );
  });

  it('scoreTransactionEvent: finite features, riskScoreExact rounds to riskScore', () => {
    const probability = fc.double({ min: 0, max: 1, noNaN: true });
    const scorer = (version: number, shadow: boolean) => (p: number) =>
      ({ version, shadow, score: () => ({ probability: p, contributions: [] }) }) as ModelScorer;
    const scorersArb = fc
      .record({ active: nullable(probability), shadow: nullable(probability) })
      .map(({ active, shadow }) => [
        ...(shadow === null ? [] : [scorer(2, true)(shadow)]),
        ...(active === null ? [] : [scorer(1, false)(active)]),
      ]);
    fc.assert(
      fc.property(inputArb, scorersArb, ({ event, ctx, policy }, scorers) => {
        const { result, features, models } = scoreTransactionEvent(event, ctx, policy, scorers);
        expect(features).toHaveLength(FEATURE_NAMES.length);
        expect(features.every(Number.isFinite)).toBe(true);
        expect(models.map((m) => m.shadow)).toEqual(scorers.map((s) => s.shadow).sort());
        expect(Math.round(result.riskScoreExact)).toBe(result.riskScore);
        const within = result.riskScoreExact - result.riskScore;
        expect(within).toBeGreaterThanOrEqual(0);
        const acting = models[0];
        if (acting && !acting.shadow) {
          expect(within).toBeCloseTo(0.49 * acting.probability, 9);
        } else {
          expect(within).toBeLessThan(0.49);
          // No acting model: the live result is the rules' alone.
          const live = evaluateTransaction(event, { ...ctx, model: null }, policy);
          expect(result.riskScore).toBe(live.riskScore);
          expect(result.matchedRules).toEqual(live.matchedRules);
        }
      }),
    );
  });
});

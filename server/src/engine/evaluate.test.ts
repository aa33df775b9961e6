import { describe, expect, it } from 'vitest';
import { evaluateTransaction } from './evaluate.js';
import { DEFAULT_TRANSACTION_RULES, RULES_BY_CODE } from './rules/index.js';
import {
  HOUR_MS,
  at,
  daysAgo,
  listMatch,
  makeContext,
  makeEvent,
  makePolicy,
  type ContextOverrides,
  type EventOverrides,
} from './testing.js';
import type { RuleStatus } from './types.js';

const weightOf = (code: string) => RULES_BY_CODE.get(code)?.weight ?? NaN;

/** A known customer with a large usual amount, so high amounts do not spike. */
const bigSpender = (mean: number): ContextOverrides => ({
  customer: {
    stats: { count: 30, mean, m2: 30 * (mean / 3) ** 2, max: mean * 2, total: 30 * mean },
  },
});

/** For each default rule, overrides of the quiet defaults that fire that rule and no other. */
const FIRES_ALONE: Record<string, { event?: EventOverrides; ctx?: ContextOverrides }> = {
  AMOUNT_SPIKE: { event: { amount: 300 } },
  HIGH_AMOUNT: { event: { amount: 10_000 }, ctx: bigSpender(8_000) },
  VELOCITY_COUNT_1H: { ctx: { velocity: { user: { count1h: 4, count24h: 4 } } } },
  VELOCITY_COUNT_24H: { ctx: { velocity: { user: { count24h: 19 } } } },
  VELOCITY_AMOUNT_24H: { ctx: { velocity: { user: { sum24h: 19_950 } } } },
  RAPID_SUCCESSION: { ctx: { velocity: { user: { secondsSinceLast: 10 } } } },
  CARD_TESTING: { event: { amount: 2 }, ctx: { velocity: { user: { smallCount10m: 2 } } } },
  NEW_DEVICE: { ctx: { deviceKnown: false } },
  DEVICE_REUSED: { ctx: { linkage: { usersPerDevice: 3 } } },
  IP_VELOCITY: { ctx: { velocity: { ip: { count1h: 19 } } } },
  TOR_EXIT: { ctx: { reputation: { torExit: true } } },
  HOSTING_ASN: { ctx: { reputation: { hostingAsn: true } } },
  NEW_ACCOUNT_HIGH_VALUE: {
    event: { amount: 1_000 },
    ctx: {
      customer: {
        stats: { count: 3, mean: 900, m2: 3 * 100 ** 2, max: 1_000, total: 2_700 },
        accountOpenedAt: daysAgo(2),
        firstSeenAt: daysAgo(2),
      },
    },
  },
  SESSION_DEVICE_CHANGE: { ctx: { velocity: { user: { previousSessionDevice: 'device-0' } } } },
  NEW_RECIPIENT_HIGH_VALUE: {
    event: { amount: 1_000 },
    ctx: { ...bigSpender(800), recipient: { isKnown: false, timesSent: 0 } },
  },
  RECIPIENT_FAN_IN: { ctx: { recipient: { fanIn24h: 5 } } },
  RECIPIENT_FLAGGED: { ctx: { recipient: { priorFraudCount: 2 } } },
  GEO_MISMATCH: { ctx: { geo: { ipCountry: 'DE' } } },
  IMPOSSIBLE_TRAVEL: { ctx: { geo: { distanceKm: 1_000, speedKmh: 2_000 } } },
  HIGH_RISK_COUNTRY: { event: { recipient: { country: 'IR' } } },
  UNUSUAL_HOUR: { event: { occurredAt: at(-9 * HOUR_MS) } },
  DORMANT_REACTIVATION: { ctx: { customer: { lastSeenAt: daysAgo(120) } } },
  PRIOR_FRAUD: { ctx: { customer: { fraudCount: 1 } } },
  DENYLIST_MATCH: { ctx: { listMatches: [listMatch('DENY', 'USER', 'user-1')] } },
  ALLOWLIST_MATCH: { ctx: { listMatches: [listMatch('ALLOW', 'USER', 'user-1')] } },
  WATCHLIST_MATCH: { ctx: { listMatches: [listMatch('WATCH', 'EMAIL', 'alice@example.com')] } },
};

/** AMOUNT_SPIKE 25 + NEW_DEVICE 10 + GEO_MISMATCH 10 + TOR_EXIT 30 = 75: REVIEW, HIGH. */
const NOISY_EVENT: EventOverrides = { amount: 300 };
const NOISY_CTX: ContextOverrides = {
  deviceKnown: false,
  geo: { ipCountry: 'DE' },
  reputation: { torExit: true },
};
const NOISY_CODES = ['AMOUNT_SPIKE', 'NEW_DEVICE', 'TOR_EXIT', 'GEO_MISMATCH'];

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

describe('each default rule fires alone', () => {
  it('covers every default rule', () => {
    expect(Object.keys(FIRES_ALONE).sort()).toEqual([...RULES_BY_CODE.keys()].sort());
  });

  it.each(Object.entries(FIRES_ALONE))('%s', (code, { event, ctx }) => {
    const result = evaluateTransaction(makeEvent(event), makeContext(ctx), makePolicy());
    const rule = RULES_BY_CODE.get(code);
    expect(result.matchedRules).toEqual([
      {
        code,
        label: rule?.label,
        dimension: rule?.dimension,
        weight: rule?.weight,
        action: rule?.action,
      },
    ]);
    expect(result.allChecks.filter((c) => c.status === 'FIRED').map((c) => c.code)).toEqual([code]);
    expect(result.riskScore).toBe(weightOf(code));
  });
});

describe('scoring and decision', () => {
  it('sums the weights of fired rules and bands the score', () => {
    const result = noisy();
    expect(result.matchedRules.map((r) => r.code).sort()).toEqual([...NOISY_CODES].sort());
    expect(result).toMatchObject({ riskScore: 75, riskLevel: 'HIGH', decision: 'REVIEW' });
  });

  it('uses the tenant weights', () => {
    const result = evaluateTransaction(
      makeEvent(NOISY_EVENT),
      makeContext(NOISY_CTX),
      makePolicy({ rules: { TOR_EXIT: { weight: 40 } } }),
    );
    expect(result).toMatchObject({ riskScore: 85, riskLevel: 'CRITICAL', decision: 'BLOCK' });
    expect(result.matchedRules.find((r) => r.code === 'TOR_EXIT')?.weight).toBe(40);
    expect(result.allChecks.find((c) => c.code === 'TOR_EXIT')?.weight).toBe(40);
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
        customer: { fraudCount: 2 },
        recipient: { priorFraudCount: 1, fanIn24h: 9 },
      }),
      makePolicy(),
    );
    const sum = result.matchedRules.reduce((s, r) => s + r.weight, 0);
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
        customer: { fraudCount: 1 },
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
    const result = noisy({ TOR_EXIT: 'DISABLED' });
    expect(result.allChecks.find((c) => c.code === 'TOR_EXIT')).toEqual({
      code: 'TOR_EXIT',
      status: 'DISABLED',
      weight: 30,
      detail: 'disabled',
    });
    expect(result.riskScore).toBe(45);
    expect(result.decision).toBe('ALLOW');
    expect(result.matchedRules.map((r) => r.code)).not.toContain('TOR_EXIT');
    expect(result.signals.negative).not.toContain('tor_exit');
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
    const shadow = noisy({ TOR_EXIT: 'SHADOW' });
    const disabled = noisy({ TOR_EXIT: 'DISABLED' });
    const check = shadow.allChecks.find((c) => c.code === 'TOR_EXIT');
    expect(check?.status).toBe('SHADOW_FIRED');
    expect(check?.detail).toBe('203.0.113.10 is a TOR exit node');
    for (const key of [
      'riskScore',
      'riskLevel',
      'decision',
      'matchedRules',
      'signals',
      'checks',
    ] as const) {
      expect(shadow[key]).toEqual(disabled[key]);
    }
    expect(shadow.shadowEvaluation).toEqual({ score: 75, decision: 'REVIEW', rules: ['TOR_EXIT'] });
  });

  it('shadowEvaluation is what the policy would give with its SHADOW rules active', () => {
    const statuses: Record<string, RuleStatus> = { TOR_EXIT: 'SHADOW', NEW_DEVICE: 'SHADOW' };
    const shadow = noisy(statuses);
    const promoted = noisy();
    expect(shadow.riskScore).toBe(35);
    expect(shadow.shadowEvaluation).toEqual({
      score: promoted.riskScore,
      decision: promoted.decision,
      rules: ['NEW_DEVICE', 'TOR_EXIT'],
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
    expect(result.shadowEvaluation).toEqual({ score: 75, decision: 'REVIEW', rules: [] });
  });

  it('shadowEvaluation is null when the policy has no SHADOW rule', () => {
    expect(noisy().shadowEvaluation).toBeNull();
    expect(noisy({ HIGH_AMOUNT: 'DISABLED' }).shadowEvaluation).toBeNull();
  });

  it('allChecks has one entry per policy rule and matchedRules lists exactly the FIRED ones', () => {
    const result = noisy({ TOR_EXIT: 'SHADOW', GEO_MISMATCH: 'DISABLED', HIGH_AMOUNT: 'DISABLED' });
    expect(result.allChecks).toHaveLength(DEFAULT_TRANSACTION_RULES.length);
    const byStatus = (s: string) =>
      result.allChecks.filter((c) => c.status === s).map((c) => c.code);
    expect(byStatus('FIRED')).toEqual(result.matchedRules.map((r) => r.code));
    expect(byStatus('FIRED')).toEqual(['AMOUNT_SPIKE', 'NEW_DEVICE']);
    expect(byStatus('SHADOW_FIRED')).toEqual(['TOR_EXIT']);
    expect(byStatus('DISABLED')).toEqual(['HIGH_AMOUNT', 'GEO_MISMATCH']);
    expect(byStatus('PASS')).toHaveLength(DEFAULT_TRANSACTION_RULES.length - 5);
  });

  it('checks only the rules the policy has', () => {
    const policy = makePolicy();
    policy.rules = policy.rules.filter((r) => r.code === 'TOR_EXIT' || r.code === 'AMOUNT_SPIKE');
    const result = evaluateTransaction(makeEvent(NOISY_EVENT), makeContext(NOISY_CTX), policy);
    expect(result.allChecks.map((c) => [c.code, c.status])).toEqual([
      ['AMOUNT_SPIKE', 'FIRED'],
      ['TOR_EXIT', 'FIRED'],
    ]);
    expect(result.riskScore).toBe(55);
  });
});

describe('signals', () => {
  const run = (event?: EventOverrides, ctx?: ContextOverrides) =>
    evaluateTransaction(makeEvent(event), makeContext(ctx), makePolicy()).signals;

  it('known recipient is positive', () => {
    expect(run().positive).toContain('known_recipient');
  });

  it('new recipient is negative', () => {
    const s = run({}, { recipient: { isKnown: false, timesSent: 0 } });
    expect(s.negative).toContain('new_recipient');
    expect(s.positive).not.toContain('known_recipient');
  });

  it('no recipient is neither', () => {
    const s = run({ recipient: null }, { recipient: null });
    expect([...s.positive, ...s.negative]).not.toContain('known_recipient');
    expect([...s.positive, ...s.negative]).not.toContain('new_recipient');
  });

  it('new device is negative, once, although NEW_DEVICE fires too', () => {
    const s = run({}, { deviceKnown: false });
    expect(s.negative.filter((x) => x === 'new_device')).toHaveLength(1);
    expect(s.positive).not.toContain('trusted_device');
  });

  it('a known device is positive; a missing device or IP is neutral', () => {
    expect(run().positive).toContain('trusted_device');
    const s = run({ deviceId: null, ip: null }, { deviceKnown: null });
    expect(s.neutral).toEqual(['no_device', 'no_ip']);
  });

  it('a first transaction is neutral and not a new device', () => {
    const s = run({}, { customer: null, deviceKnown: false });
    expect(s.neutral).toContain('first_transaction');
    expect(s.negative).not.toContain('new_device');
    expect(s.positive).not.toContain('established_customer');
  });

  it('every fired rule is a negative signal', () => {
    const s = run(NOISY_EVENT, NOISY_CTX);
    for (const code of NOISY_CODES) expect(s.negative).toContain(code.toLowerCase());
    expect(s.positive).not.toContain('normal_amount');
  });

  it('an allow-list match is positive only', () => {
    const s = run({}, { listMatches: [listMatch('ALLOW', 'DEVICE', 'device-1')] });
    expect(s.positive).toContain('allow_listed');
    expect(s.negative).toEqual([]);
  });
});

describe('check summaries', () => {
  const run = (event?: EventOverrides, ctx?: ContextOverrides, policy = makePolicy()) =>
    evaluateTransaction(makeEvent(event), makeContext(ctx), policy).checks;

  it('velocity.dailyCount is count24h + 1 and the limit comes from the policy', () => {
    expect(run({}, { velocity: { user: { count24h: 7 } } }).velocity).toEqual({
      passed: true,
      dailyCount: 8,
      dailyLimit: 20,
    });
    const policy = makePolicy({ rules: { VELOCITY_COUNT_24H: { params: { limit: 30 } } } });
    expect(run({}, {}, policy).velocity.dailyLimit).toBe(30);
  });

  it('velocity fails when a velocity rule fired', () => {
    expect(run({}, { velocity: { user: { count1h: 4 } } }).velocity.passed).toBe(false);
    expect(run({}, { velocity: { user: { secondsSinceLast: 5 } } }).velocity.passed).toBe(false);
  });

  it('a SHADOW velocity rule does not fail the summary', () => {
    const policy = makePolicy({ rules: { VELOCITY_COUNT_1H: { status: 'SHADOW' } } });
    expect(run({}, { velocity: { user: { count1h: 4 } } }, policy).velocity.passed).toBe(true);
  });

  it('amount compares with the average', () => {
    expect(run({ amount: 125 }).amount).toEqual({ passed: true, vsAverage: 2.5 });
    expect(run({ amount: 300 }).amount).toEqual({ passed: false, vsAverage: 6 });
    expect(run({ amount: 100 / 3 }).amount.vsAverage).toBe(0.67);
    expect(run({}, { customer: null }).amount.vsAverage).toBeNull();
  });

  it.each([
    ['NONE', { recipient: null }, { recipient: null }],
    ['NEW', {}, { recipient: { isKnown: false, timesSent: 0 } }],
    ['KNOWN', {}, { recipient: { timesSent: 2 } }],
    ['TRUSTED', {}, { recipient: { timesSent: 3 } }],
    ['FLAGGED', {}, { recipient: { timesSent: 30, priorFraudCount: 1 } }],
  ] as [string, EventOverrides, ContextOverrides][])(
    'recipient trust level %s',
    (level, event, ctx) => {
      const recipient = run(event, ctx).recipient;
      expect(recipient.trustLevel).toBe(level);
      expect(recipient.passed).toBe(level !== 'FLAGGED');
    },
  );

  it('device summary', () => {
    expect(run().device).toEqual({ passed: true, isTrusted: true });
    expect(run({}, { deviceKnown: false }).device).toEqual({ passed: false, isTrusted: false });
    expect(run({}, { reputation: { hostingAsn: true } }).device.passed).toBe(false);
  });
});

describe('purity', () => {
  it('is deterministic and does not mutate its arguments', () => {
    const event = makeEvent(NOISY_EVENT);
    const ctx = makeContext(NOISY_CTX);
    const policy = makePolicy({ rules: { TOR_EXIT: { status: 'SHADOW' } } });
    const before = structuredClone({ event, ctx, policy });
    const first = evaluateTransaction(event, ctx, policy);
    const second = evaluateTransaction(event, ctx, policy);
    expect(second).toEqual(first);
    expect({ event, ctx, policy }).toEqual(before);
  });
});

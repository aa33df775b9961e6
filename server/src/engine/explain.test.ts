import { describe, expect, it } from 'vitest';
import { evaluateTransaction } from './evaluate.js';
import {
  listMatch,
  makeContext,
  makeEvent,
  makePolicy,
  type ContextOverrides,
  type EventOverrides,
} from './testing.js';

// Signals and per-area summaries of evaluateTransaction (explain.ts).

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
    const event = makeEvent({ amount: 300 });
    const ctx = makeContext({ deviceKnown: false, reputation: { torExit: true } });
    const result = evaluateTransaction(event, ctx, makePolicy());
    expect(result.matchedRules.map((r) => r.code)).toEqual([
      'AMOUNT_SPIKE',
      'AMOUNT_ABOVE_RECENT',
      'NEW_DEVICE',
      'TOR_EXIT',
    ]);
    for (const { code } of result.matchedRules)
      expect(result.signals.negative).toContain(code.toLowerCase());
    expect(result.signals.positive).not.toContain('normal_amount');
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
    // Mean 50, sd 15: 75 is within 2 sd; 300 spikes.
    expect(run({ amount: 75 }).amount).toEqual({ passed: true, vsAverage: 1.5 });
    expect(run({ amount: 300 }).amount).toEqual({ passed: false, vsAverage: 6 });
    expect(run({ amount: 100 / 3 }).amount.vsAverage).toBe(0.67);
    expect(run({}, { customer: null }).amount.vsAverage).toBeNull();
  });

  it.each([
    ['NONE', { recipient: null }, { recipient: null }],
    ['NEW', {}, { recipient: { isKnown: false, timesSent: 0 } }],
    ['KNOWN', {}, { recipient: { timesSent: 2 } }],
    ['TRUSTED', {}, { recipient: { timesSent: 3 } }],
    [
      'FLAGGED',
      {},
      { recipient: { timesSent: 30 }, history: { recipient: { reports7d: 3, count7d: 10 } } },
    ],
    ['TRUSTED', {}, { recipient: { timesSent: 30, priorFraudCount: 1 } }],
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

import { describe, expect, it } from 'vitest';
import { FEATURE_DESCRIPTIONS, FEATURE_NAMES, transactionFeatures } from './features.js';
import { makeContext, makeEvent } from './testing.js';

const feature = (values: number[], name: (typeof FEATURE_NAMES)[number]) =>
  values[FEATURE_NAMES.indexOf(name)]!;

describe('transactionFeatures', () => {
  it('gives one finite value per named feature, each described', () => {
    const values = transactionFeatures(makeEvent(), makeContext());
    expect(values).toHaveLength(FEATURE_NAMES.length);
    expect(values.every(Number.isFinite)).toBe(true);
    expect(Object.keys(FEATURE_DESCRIPTIONS).sort()).toEqual([...FEATURE_NAMES].sort());
  });

  it('compares the amount with the customer’s own history over each window', () => {
    // defaultStats: mean 50, sd 15; the quiet month averages 50 too.
    const values = transactionFeatures(makeEvent({ amount: 250 }), makeContext());
    expect(feature(values, 'amount_vs_mean')).toBeCloseTo(Math.log(251 / 51), 6);
    expect(feature(values, 'amount_z')).toBeCloseTo(200 / 15, 6);
    expect(feature(values, 'amount_vs_30d')).toBeCloseTo(Math.log(251 / 51), 6);
    expect(feature(values, 'amount_vs_7d')).toBeCloseTo(Math.log(251 / 51), 6);
  });

  it('is neutral without history', () => {
    const values = transactionFeatures(
      makeEvent({ amount: 250 }),
      makeContext({
        customer: null,
        history: { user: { count7d: 0, sum7d: 0, count30d: 0, sum30d: 0 } },
      }),
    );
    for (const name of ['amount_vs_mean', 'amount_z', 'amount_vs_7d', 'amount_vs_30d'] as const)
      expect(feature(values, name)).toBe(0);
    expect(feature(values, 'user_history')).toBe(0);
  });

  it('reads the recipient’s recent fraud reports and known fraud as counts and rates', () => {
    const values = transactionFeatures(
      makeEvent(),
      makeContext({
        history: { recipient: { count7d: 8, count30d: 40, reports7d: 2, fraud30d: 10 } },
      }),
    );
    expect(feature(values, 'recipient_reports_7d')).toBeCloseTo(Math.log(3), 6);
    expect(feature(values, 'recipient_report_rate_7d')).toBeCloseTo(0.25, 6);
    expect(feature(values, 'recipient_fraud_30d')).toBeCloseTo(Math.log(11), 6);
    expect(feature(values, 'recipient_risk_30d')).toBeCloseTo(0.25, 6);
  });

  it.each([
    ['no recipient', { recipient: null }, 0],
    ['known recipient', {}, 0],
  ] as const)('recipient_new with %s is %s', (_name, event, expected) => {
    const values = transactionFeatures(makeEvent(event), makeContext());
    expect(feature(values, 'recipient_new')).toBe(expected);
  });

  it('flags a new recipient, a new device, night and weekend', () => {
    const values = transactionFeatures(
      // A Sunday, 03:00 UTC.
      makeEvent({ occurredAt: new Date('2026-03-01T03:00:00Z') }),
      makeContext({ recipient: { isKnown: false }, deviceKnown: false }),
    );
    expect(feature(values, 'recipient_new')).toBe(1);
    expect(feature(values, 'device_new')).toBe(1);
    expect(feature(values, 'night')).toBe(1);
    expect(feature(values, 'weekend')).toBe(1);
  });

  it('stays finite on extreme input', () => {
    const values = transactionFeatures(
      makeEvent({ amount: Number.MAX_VALUE }),
      makeContext({
        customer: { stats: { count: 3, mean: 0, m2: 0 } },
        velocity: { user: { secondsSinceLast: -5 } },
      }),
    );
    expect(values.every(Number.isFinite)).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import { evaluateTransaction } from './evaluate.js';
import { RULES_BY_CODE } from './rules/index.js';
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

const weightOf = (code: string) => RULES_BY_CODE.get(code)?.weight ?? NaN;

/** A known customer with a large usual (and recent) amount, so high amounts do not spike. */
const bigSpender = (mean: number): ContextOverrides => ({
  customer: {
    stats: { count: 30, mean, m2: 30 * (mean / 3) ** 2, max: mean * 2, total: 30 * mean },
  },
  history: { user: { sum7d: 7 * mean, sum30d: 30 * mean } },
});

/**
 * For each default rule, overrides of the quiet defaults that fire that rule, at full strength,
 * and no other.
 */
const FIRES_ALONE: Record<string, { event?: EventOverrides; ctx?: ContextOverrides }> = {
  // z 16.7 over the customer's mean 50; only 1.5× a recent average of 200.
  AMOUNT_SPIKE: {
    event: { amount: 300 },
    ctx: { history: { user: { sum7d: 7 * 200, sum30d: 30 * 200 } } },
  },
  // 9× a recent average of 10; z 2.7 and 1.8× the customer's mean 50.
  AMOUNT_ABOVE_RECENT: {
    event: { amount: 90 },
    ctx: { history: { user: { sum7d: 7 * 10, sum30d: 30 * 10 } } },
  },
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
      history: { user: { count7d: 3, sum7d: 2_700, count30d: 3, sum30d: 2_700 } },
    },
  },
  SESSION_DEVICE_CHANGE: { ctx: { velocity: { user: { previousSessionDevice: 'device-0' } } } },
  NEW_RECIPIENT_HIGH_VALUE: {
    event: { amount: 1_000 },
    ctx: { ...bigSpender(800), recipient: { isKnown: false, timesSent: 0 } },
  },
  RECIPIENT_FAN_IN: { ctx: { recipient: { fanIn24h: 5 } } },
  RECIPIENT_FLAGGED: { ctx: { history: { recipient: { reports7d: 8 } } } },
  GEO_MISMATCH: { ctx: { geo: { ipCountry: 'DE' } } },
  IMPOSSIBLE_TRAVEL: { ctx: { geo: { distanceKm: 1_000, speedKmh: 2_000 } } },
  HIGH_RISK_COUNTRY: { event: { recipient: { country: 'IR' } } },
  UNUSUAL_HOUR: { event: { occurredAt: at(-9 * HOUR_MS) } },
  DORMANT_REACTIVATION: { ctx: { customer: { lastSeenAt: daysAgo(120) } } },
  PRIOR_FRAUD: { ctx: { history: { user: { reports7d: 5 } } } },
  DENYLIST_MATCH: { ctx: { listMatches: [listMatch('DENY', 'USER', 'user-1')] } },
  ALLOWLIST_MATCH: { ctx: { listMatches: [listMatch('ALLOW', 'USER', 'user-1')] } },
  WATCHLIST_MATCH: { ctx: { listMatches: [listMatch('WATCH', 'EMAIL', 'alice@example.com')] } },
  MODEL_RISK: { ctx: { model: { version: 1, shadow: false, probability: 1, contributions: [] } } },
};

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
        contribution: rule?.weight,
        action: rule?.action,
      },
    ]);
    const fired = result.allChecks.filter((c) => c.status === 'FIRED');
    expect(fired.map((c) => [c.code, c.contribution])).toEqual([[code, weightOf(code)]]);
    expect(result.riskScore).toBe(weightOf(code));
    expect(result.riskScoreExact).toBe(result.riskScore);
  });
});

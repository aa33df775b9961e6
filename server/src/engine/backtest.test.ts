import { describe, expect, it } from 'vitest';
import type { AccountContext } from './account/types.js';
import { DEFAULT_ACCOUNT_RULES } from './account/rules.js';
import { BacktestAccumulator, type BacktestItem, type BacktestPolicies } from './backtest.js';
import { DEFAULT_ACCOUNT_THRESHOLDS, effectiveRules, type RuleOverride } from './policy.js';
import { DEFAULT_TRANSACTION_RULES } from './rules/index.js';
import { encodeAccountSnapshot, encodeTransactionSnapshot } from './snapshot.js';
import {
  makeAccountContext,
  makeAccountEvent,
  HOUR_MS,
  at,
  listMatch,
  makeContext,
  makeEvent,
  makePolicy,
  type ContextOverrides,
  type EventOverrides,
} from './testing.js';
import type { CompiledCustomRule, Policy, Thresholds } from './types.js';

/** Every rule of `codes` DISABLED except those given, ACTIVE with the given weight. */
function only(
  codes: readonly { code: string }[],
  active: Record<string, number>,
): Record<string, RuleOverride> {
  return Object.fromEntries(
    codes.map(({ code }) => [
      code,
      code in active ? { status: 'ACTIVE', weight: active[code] } : { status: 'DISABLED' },
    ]),
  );
}

function transactions(active: Record<string, number>, thresholds: Partial<Thresholds>): Policy {
  return makePolicy({ rules: only(DEFAULT_TRANSACTION_RULES, active), thresholds });
}

function accounts(active: Record<string, number>): Policy {
  return {
    rules: effectiveRules(DEFAULT_ACCOUNT_RULES, only(DEFAULT_ACCOUNT_RULES, active)),
    thresholds: DEFAULT_ACCOUNT_THRESHOLDS,
  };
}

/** A custom rule that never holds: it is in the policy, and never fires. */
const quietCustom: CompiledCustomRule = {
  code: 'NIGHT_OWL',
  name: 'Night owl',
  description: 'never holds here',
  eventKind: 'TRANSACTION',
  condition: 'false',
  weight: 10,
  action: null,
  priority: 0,
  status: 'ACTIVE',
  test: () => false,
};

/**
 * Before: HIGH_AMOUNT 40, VELOCITY_COUNT_1H 30, DENYLIST_MATCH, REVIEW from 50.
 * After: the draft lowers REVIEW to 40, disables VELOCITY_COUNT_1H, activates WATCHLIST_MATCH
 * and adds a custom rule. Account events: TOR_EXIT 60 and DENYLIST_MATCH in both.
 */
const POLICIES: BacktestPolicies = {
  before: {
    transactions: transactions(
      { HIGH_AMOUNT: 40, VELOCITY_COUNT_1H: 30, DENYLIST_MATCH: 100 },
      { review: 50 },
    ),
    accounts: accounts({ TOR_EXIT: 60, DENYLIST_MATCH: 100 }),
  },
  after: {
    transactions: {
      ...transactions(
        { HIGH_AMOUNT: 40, DENYLIST_MATCH: 100, WATCHLIST_MATCH: 20 },
        { review: 40 },
      ),
      custom: [quietCustom],
    },
    accounts: accounts({ TOR_EXIT: 60, DENYLIST_MATCH: 100 }),
  },
};

function tx(
  eventId: string,
  fraud: boolean,
  event: EventOverrides = {},
  ctx: ContextOverrides = {},
  hour = 0,
): BacktestItem {
  const occurredAt = at(hour * HOUR_MS);
  return {
    eventId,
    kind: 'TRANSACTION',
    snapshot: JSON.parse(
      JSON.stringify(
        encodeTransactionSnapshot(makeEvent({ ...event, occurredAt }), makeContext(ctx)),
      ),
    ),
    fraud,
    occurredAt,
  };
}

function account(eventId: string, fraud: boolean, ctx: Partial<AccountContext>): BacktestItem {
  const event = makeAccountEvent({
    userId: 'u-9',
    email: 'ann@example.com',
    ip: '203.0.113.7',
    deviceId: null,
    userAgent: null,
    deviceTimezone: null,
    behavior: null,
  });
  const context = makeAccountContext(ctx);
  return {
    eventId,
    kind: 'ACCOUNT',
    snapshot: encodeAccountSnapshot(event, context),
    fraud,
    occurredAt: at(),
  };
}

const HIGH = { amount: 12_000 };
const denied = { listMatches: [listMatch('DENY', 'USER', 'user-1')] };

/** The hand-built run; comments give (before → after, fraud). */
const ITEMS: BacktestItem[] = [
  tx('quiet', false), // ALLOW → ALLOW
  tx('big-fraud', true, HIGH, {}, 2), // 40: ALLOW → REVIEW, fraud
  tx('big', false, { amount: 15_000 }, {}, 1), // 40: ALLOW → REVIEW
  tx('big-burst', false, HIGH, { velocity: { user: { count1h: 5 } } }), // 70 → 40: REVIEW both
  tx('burst-fraud', true, {}, { velocity: { user: { count1h: 9 } } }), // 30 → 0: ALLOW both, fraud
  tx('denied-fraud', true, {}, denied), // BLOCK both, fraud
  {
    eventId: 'broken',
    kind: 'TRANSACTION',
    snapshot: [1, 'garbage'],
    fraud: true,
    occurredAt: at(),
  },
  account('tor', false, { torExit: true }), // 60: CHALLENGE both
  account('denied-signup', true, { listMatches: [listMatch('DENY', 'IP', '203.0.113.7')] }), // BLOCK
];

function run(items: readonly BacktestItem[], sampleSize?: number) {
  const acc = new BacktestAccumulator(POLICIES, { sampleSize });
  for (const item of items) acc.add(item);
  return acc.result();
}

const counts = (decisions: { decision: string; count: number }[]) =>
  decisions.map((d) => `${d.decision}:${d.count}`).join(' ');

describe('BacktestAccumulator on a hand-built run', () => {
  const summary = run(ITEMS);

  it('counts events, skipped snapshots and changed decisions', () => {
    expect(summary.events).toBe(8);
    expect(summary.skipped).toBe(1);
    expect(summary.changed).toBe(2);
  });

  it('tallies every decision in severity order, before and after', () => {
    expect(counts(summary.before.decisions)).toBe('ALLOW:4 REVIEW:1 CHALLENGE:1 BLOCK:2');
    expect(counts(summary.after.decisions)).toBe('ALLOW:2 REVIEW:3 CHALLENGE:1 BLOCK:2');
  });

  it('keeps fraud and non-fraud bookkeeping apart', () => {
    expect(summary.before).toMatchObject({ fraudCaught: 2, fraudMissed: 2, falsePositives: 2 });
    expect(summary.after).toMatchObject({ fraudCaught: 3, fraudMissed: 1, falsePositives: 3 });
  });

  it('gives each ACTIVE rule its hits and precision, most hits first', () => {
    expect(summary.rules).toEqual([
      { code: 'HIGH_AMOUNT', hits: 3, fraudHits: 1, precision: 1 / 3 },
      { code: 'DENYLIST_MATCH', hits: 2, fraudHits: 2, precision: 1 },
      { code: 'TOR_EXIT', hits: 1, fraudHits: 0, precision: 0 },
      { code: 'NIGHT_OWL', hits: 0, fraudHits: 0, precision: null },
      { code: 'WATCHLIST_MATCH', hits: 0, fraudHits: 0, precision: null },
    ]);
    expect(summary.rulesBefore).toEqual([
      { code: 'HIGH_AMOUNT', hits: 3, fraudHits: 1, precision: 1 / 3 },
      { code: 'DENYLIST_MATCH', hits: 2, fraudHits: 2, precision: 1 },
      { code: 'VELOCITY_COUNT_1H', hits: 2, fraudHits: 1, precision: 0.5 },
      { code: 'TOR_EXIT', hits: 1, fraudHits: 0, precision: 0 },
    ]);
  });

  it('samples the changed events, oldest first, with both verdicts', () => {
    expect(summary.sample).toEqual([
      {
        eventId: 'big',
        occurredAt: at(HOUR_MS),
        fraud: false,
        before: { decision: 'ALLOW', riskScore: 40 },
        after: { decision: 'REVIEW', riskScore: 40, rules: ['HIGH_AMOUNT'] },
      },
      {
        eventId: 'big-fraud',
        occurredAt: at(2 * HOUR_MS),
        fraud: true,
        before: { decision: 'ALLOW', riskScore: 40 },
        after: { decision: 'REVIEW', riskScore: 40, rules: ['HIGH_AMOUNT'] },
      },
    ]);
  });

  it('skips what it cannot read, whatever it is', () => {
    const odd: BacktestItem[] = [null, 'text', [2], { version: 1 }, [1, [], []]].map(
      (snapshot, i) => ({
        eventId: `odd-${i}`,
        kind: 'TRANSACTION',
        snapshot,
        fraud: false,
        occurredAt: at(),
      }),
    );
    const wrongKind = { ...ITEMS[0]!, kind: 'ACCOUNT' as const };
    const result = run([...odd, wrongKind]);
    expect(result.skipped).toBe(6);
    expect(result.events).toBe(0);
    expect(counts(result.before.decisions)).toBe('ALLOW:0 REVIEW:0 CHALLENGE:0 BLOCK:0');
  });
});

describe('BacktestAccumulator sample', () => {
  /** 200 changed events an hour apart, every 20th one fraud. */
  const changed = Array.from({ length: 200 }, (_, i) => tx(`tx-${i}`, i % 20 === 0, HIGH, {}, i));
  const ids = (sample: { eventId: string }[]) => sample.map((s) => s.eventId);

  it('stays within sampleSize and prefers fraud', () => {
    const small = run(changed, 5);
    expect(small.changed).toBe(200);
    expect(small.sample).toHaveLength(5);
    expect(small.sample.every((s) => s.fraud)).toBe(true);
    const larger = run(changed, 20);
    expect(larger.sample).toHaveLength(20);
    expect(larger.sample.filter((s) => s.fraud)).toHaveLength(10);
    expect(run(changed, 0).sample).toEqual([]);
    expect(run(changed).sample).toHaveLength(50);
  });

  it('is the same whatever the order, spread over the run, oldest first', () => {
    const forward = run(changed, 20);
    const backward = run([...changed].reverse(), 20);
    expect(ids(backward.sample)).toEqual(ids(forward.sample));
    const hours = forward.sample.map((s) => (s.occurredAt.getTime() - at().getTime()) / HOUR_MS);
    expect(hours).toEqual([...hours].sort((a, b) => a - b));
    const others = hours.filter((h) => h % 20 !== 0);
    expect(Math.max(...others)).toBeGreaterThan(100);
    expect(Math.min(...others)).toBeLessThan(100);
  });

  it('rejects a sample size that is not a whole number', () => {
    expect(() => new BacktestAccumulator(POLICIES, { sampleSize: -1 })).toThrow(
      'sampleSize must be a whole number ≥ 0, got -1',
    );
  });
});

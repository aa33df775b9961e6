import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateTransaction } from './evaluate.js';
import { DEFAULT_TRANSACTION_RULES } from './rules/index.js';
import {
  TRANSACTION_SNAPSHOT_VERSION,
  decodeTransactionSnapshot,
  encodeTransactionSnapshot,
} from './snapshot.js';
import { daysAgo, listMatch, makeContext, makeEvent, makePolicy } from './testing.js';
import {
  LISTS,
  LIST_KINDS,
  RECIPIENT_TYPES,
  RULE_STATUSES,
  TRANSACTION_TYPES,
  type HistoryWindow,
  type ModelOutput,
  type Policy,
  type ScoringContext,
  type TransactionEvent,
  type Window,
} from './types.js';

// ---- Arbitraries: every field, special numbers included ----------------------------------------

const nullable = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null });

/** Any double (NaN, ±Infinity and -0 included) or a plain count. */
const numberArb = fc.oneof(fc.double(), fc.integer({ min: 0, max: 1_000 }));
const countArb = fc.integer({ min: 0, max: 50 });
const dateArb = fc.date({
  min: new Date('1990-01-01T00:00:00Z'),
  max: new Date('2100-01-01T00:00:00Z'),
  noInvalidDate: true,
});
/** Repeated identifiers (shared in the encoding), short ones, and anything at all. */
const textArb = fc.oneof(
  fc.constantFrom('user-1', 'device-7f3a', '203.0.113.10', 'FR', 'a', ''),
  fc.string(),
);
const boolArb = fc.boolean();

const windowArb: fc.Arbitrary<Window> = fc.record({
  count1h: countArb,
  sum1h: numberArb,
  count24h: countArb,
  sum24h: numberArb,
});

const historyArb: fc.Arbitrary<HistoryWindow> = fc.record({
  count7d: countArb,
  sum7d: numberArb,
  count30d: countArb,
  sum30d: numberArb,
  fraud30d: countArb,
  reports7d: countArb,
});

const modelArb: fc.Arbitrary<ModelOutput> = fc.record({
  version: fc.integer({ min: 1, max: 40 }),
  shadow: boolArb,
  probability: fc.double({ min: 0, max: 1, noNaN: true }),
  contributions: fc.array(fc.record({ name: textArb, value: fc.double({ noNaN: true }) }), {
    maxLength: 3,
  }),
});

/** Optional keys are either absent or present (null included), never present as undefined. */
function withOptional<T extends object, K extends string, V>(
  arb: fc.Arbitrary<T>,
  key: K,
  value: fc.Arbitrary<V>,
): fc.Arbitrary<T & Partial<Record<K, V>>> {
  return fc
    .tuple(arb, fc.option(value, { nil: undefined }))
    .map(([base, v]) => (v === undefined ? base : { ...base, [key]: v }));
}

const eventArb: fc.Arbitrary<TransactionEvent> = withOptional(
  withOptional(
    fc.record({
      userId: textArb,
      amount: numberArb,
      type: fc.constantFrom(...TRANSACTION_TYPES),
      channel: nullable(textArb),
      occurredAt: dateArb,
      deviceId: nullable(textArb),
      sessionId: nullable(textArb),
      ip: nullable(textArb),
      email: nullable(textArb),
      phone: nullable(textArb),
      recipient: nullable(
        fc.record({
          type: fc.constantFrom(...RECIPIENT_TYPES),
          value: textArb,
          country: nullable(textArb),
        }),
      ),
      country: nullable(textArb),
    }),
    'originalAmount',
    numberArb,
  ),
  'currency',
  nullable(textArb),
);

const contextArb: fc.Arbitrary<ScoringContext> = withOptional(
  fc.record({
    customer: nullable(
      fc.record({
        stats: fc.record({
          count: countArb,
          mean: numberArb,
          m2: numberArb,
          max: numberArb,
          total: numberArb,
        }),
        firstSeenAt: nullable(dateArb),
        lastSeenAt: nullable(dateArb),
        hourHistogram: fc.oneof(
          fc.array(fc.nat(40), { minLength: 24, maxLength: 24 }),
          fc.array(fc.constant(0), { minLength: 24, maxLength: 24 }),
        ),
        accountOpenedAt: nullable(dateArb),
        country: nullable(textArb),
        fraudCount: countArb,
      }),
    ),
    velocity: fc.record({
      user: fc
        .tuple(
          windowArb,
          fc.record({
            smallCount10m: countArb,
            secondsSinceLast: nullable(numberArb),
            previousSessionDevice: nullable(textArb),
          }),
        )
        .map(([window, rest]) => ({ ...window, ...rest })),
      device: nullable(windowArb),
      ip: nullable(windowArb),
      recipient: nullable(windowArb),
    }),
    history: fc.record({ user: historyArb, recipient: nullable(historyArb) }),
    linkage: fc.record({
      usersPerDevice: countArb,
      usersPerIp: countArb,
      usersPerEmail: countArb,
      usersPerPhone: countArb,
    }),
    deviceKnown: nullable(boolArb),
    recipient: nullable(
      fc.record({
        isKnown: boolArb,
        timesSent: countArb,
        firstSentAt: nullable(dateArb),
        lastSentAt: nullable(dateArb),
        fanIn24h: countArb,
        priorFraudCount: countArb,
      }),
    ),
    geo: fc.record({
      ipCountry: nullable(textArb),
      distanceKm: nullable(numberArb),
      speedKmh: nullable(numberArb),
    }),
    listMatches: fc.array(
      fc.record({
        list: fc.constantFrom(...LISTS),
        kind: fc.constantFrom(...LIST_KINDS),
        value: textArb,
        reason: nullable(textArb),
      }),
      { maxLength: 3 },
    ),
    reputation: fc.record({ torExit: boolArb, hostingAsn: boolArb }),
  }),
  'model',
  nullable(modelArb),
);

/** The default pack with random statuses and weights. */
const policyArb: fc.Arbitrary<Policy> = fc
  .array(
    fc.record({
      status: fc.constantFrom(...RULE_STATUSES),
      weight: fc.integer({ min: 0, max: 100 }),
    }),
    { minLength: DEFAULT_TRANSACTION_RULES.length, maxLength: DEFAULT_TRANSACTION_RULES.length },
  )
  .map((settings) => {
    const policy = makePolicy();
    policy.rules = policy.rules.map((rule, i) => ({ ...rule, ...settings[i] }));
    return policy;
  });

// ---- Helpers -----------------------------------------------------------------------------------

/** What a stored snapshot gives back: JSON in between, as in the database. */
function roundTrip(event: TransactionEvent, ctx: ScoringContext) {
  return decodeTransactionSnapshot(
    JSON.parse(JSON.stringify(encodeTransactionSnapshot(event, ctx))),
  );
}

/** The context as the snapshot keeps it: the model without its contributions. */
function withoutContributions(ctx: ScoringContext): ScoringContext {
  return ctx.model ? { ...ctx, model: { ...ctx.model, contributions: [] } } : ctx;
}

const bytes = (event: TransactionEvent, ctx: ScoringContext) =>
  Buffer.byteLength(JSON.stringify(encodeTransactionSnapshot(event, ctx)));

// ---- Tests -------------------------------------------------------------------------------------

describe('transaction snapshots', () => {
  it('decode(JSON(encode(x))) gives x back, the model without its contributions', () => {
    fc.assert(
      // structuredClone: plain prototypes, which the decoder's objects have.
      fc.property(eventArb.map(structuredClone), contextArb.map(structuredClone), (event, ctx) => {
        const decoded = roundTrip(event, ctx);
        expect(decoded.event).toStrictEqual(event);
        expect(decoded.ctx).toStrictEqual(withoutContributions(ctx));
      }),
      { numRuns: 500 },
    );
  });

  it('the engine decides the decoded input exactly as the original', () => {
    fc.assert(
      fc.property(eventArb, contextArb, policyArb, (event, ctx, policy) => {
        const { event: e, ctx: c } = roundTrip(event, ctx);
        const original = evaluateTransaction(event, ctx, policy);
        const replayed = evaluateTransaction(e, c, policy);
        expect(replayed).toEqual(evaluateTransaction(event, withoutContributions(ctx), policy));
        expect(replayed.decision).toBe(original.decision);
        expect(replayed.riskScore).toBe(original.riskScore);
        expect(replayed.matchedRules).toEqual(original.matchedRules);
      }),
      { numRuns: 300 },
    );
  });

  it('keeps absent and null apart for the optional fields', () => {
    const event = makeEvent();
    const ctx = makeContext();
    delete ctx.model;
    const plain = roundTrip(event, ctx);
    expect('originalAmount' in plain.event).toBe(false);
    expect('currency' in plain.event).toBe(false);
    expect('model' in plain.ctx).toBe(false);
    const sent = roundTrip(
      { ...event, originalAmount: 54.2, currency: null },
      { ...ctx, model: null },
    );
    expect(sent.event.originalAmount).toBe(54.2);
    expect(sent.event.currency).toBeNull();
    expect(sent.ctx.model).toBeNull();
  });

  it('carries numbers JSON cannot: Infinity, NaN, -0', () => {
    const ctx = makeContext({ geo: { speedKmh: Infinity, distanceKm: -0 } });
    const decoded = roundTrip(makeEvent({ amount: NaN }), ctx);
    expect(decoded.ctx.geo.speedKmh).toBe(Infinity);
    expect(Object.is(decoded.ctx.geo.distanceKm, -0)).toBe(true);
    expect(decoded.event.amount).toBeNaN();
  });

  it('writes a repeated string once and refers to it after', () => {
    const ctx = makeContext({ velocity: { user: { previousSessionDevice: 'device-1' } } });
    const json = JSON.stringify(encodeTransactionSnapshot(makeEvent(), ctx));
    expect(json.split('"device-1"')).toHaveLength(2);
    expect(roundTrip(makeEvent(), ctx).ctx.velocity.user.previousSessionDevice).toBe('device-1');
  });

  it('stays small: a new customer, one with history, one with list matches', () => {
    const event = makeEvent({ occurredAt: new Date('2026-03-02T12:00:00.123Z') });
    const model = { version: 3, shadow: false, probability: 0.0734, contributions: [] };
    const newcomer = makeContext({
      customer: { stats: { count: 0, mean: 0, m2: 0, max: 0, total: 0 }, hourHistogram: [] },
      recipient: null,
      history: { user: { count7d: 0, sum7d: 0, count30d: 0, sum30d: 0 }, recipient: null },
      deviceKnown: false,
      model,
    });
    const regular = makeContext({ customer: { stats: { mean: 52.345678912 } }, model });
    const listed = makeContext({
      model,
      listMatches: [
        listMatch('DENY', 'IP', '203.0.113.10', 'chargeback'),
        listMatch('WATCH', 'USER', 'user-1'),
      ],
    });
    // The event's own strings take 110 of these bytes.
    expect(bytes(event, newcomer)).toBeLessThanOrEqual(320);
    expect(bytes(event, regular)).toBeLessThanOrEqual(410);
    expect(bytes(event, listed)).toBeLessThanOrEqual(440);
    expect(bytes(event, listed)).toBeGreaterThan(bytes(event, regular));
  });

  it('rejects an unknown format version', () => {
    const encoded = encodeTransactionSnapshot(makeEvent(), makeContext()) as unknown[];
    expect(encoded[0]).toBe(TRANSACTION_SNAPSHOT_VERSION);
    expect(() => decodeTransactionSnapshot([99, ...encoded.slice(1)])).toThrow(
      'transaction snapshot: expected format version 1 at position 0, got 99',
    );
  });

  it('rejects malformed values with the field it expected', () => {
    const encoded = encodeTransactionSnapshot(makeEvent(), makeContext()) as [
      number,
      unknown[],
      unknown[],
    ];
    expect(() => decodeTransactionSnapshot({ version: 1 })).toThrow(/expected an array/);
    expect(() => decodeTransactionSnapshot(null)).toThrow(/expected an array at the top level/);
    const badAmount = [encoded[0], ['user-1', 'fifty', ...encoded[1].slice(2)], encoded[2]];
    expect(() => decodeTransactionSnapshot(badAmount)).toThrow(/a number at amount, got "fifty"/);
    const badType = [encoded[0], ['user-1', 50, 42, ...encoded[1].slice(3)], encoded[2]];
    expect(() => decodeTransactionSnapshot(badType)).toThrow(/an index below 9 at type/);
    const badRef = [encoded[0], [7, ...encoded[1].slice(1)], encoded[2]];
    expect(() => decodeTransactionSnapshot(badRef)).toThrow(/earlier one at userId, got 7/);
    expect(() => decodeTransactionSnapshot([1, encoded[1]])).toThrow(/array at context/);
  });

  it('reads context dates relative to the event time', () => {
    const ctx = makeContext({ customer: { firstSeenAt: daysAgo(400), lastSeenAt: null } });
    const decoded = roundTrip(makeEvent(), ctx).ctx.customer;
    expect(decoded?.firstSeenAt?.toISOString()).toBe('2025-01-26T12:00:00.000Z');
    expect(decoded?.lastSeenAt).toBeNull();
  });
});

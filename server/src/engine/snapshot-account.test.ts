import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateAccountEvent } from './account/evaluate.js';
import { DEFAULT_ACCOUNT_RULES } from './account/rules.js';
import { ACCOUNT_EVENT_TYPES, type AccountContext, type AccountEvent } from './account/types.js';
import { DEFAULT_ACCOUNT_THRESHOLDS, effectiveRules } from './policy.js';
import {
  ACCOUNT_SNAPSHOT_VERSION,
  decodeAccountSnapshot,
  decodeTransactionSnapshot,
  encodeAccountSnapshot,
  encodeTransactionSnapshot,
} from './snapshot.js';
import { makeAccountContext, makeContext, makeEvent } from './testing.js';
import { LISTS, LIST_KINDS, RULE_STATUSES, type Policy } from './types.js';

const nullable = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null });
const numberArb = fc.oneof(fc.double(), fc.integer({ min: 0, max: 1_000 }));
const countArb = fc.integer({ min: 0, max: 12 });
const dateArb = fc.date({
  min: new Date('1990-01-01T00:00:00Z'),
  max: new Date('2100-01-01T00:00:00Z'),
  noInvalidDate: true,
});
const textArb = fc.oneof(
  fc.constantFrom('u-1', 'fp-9c2e', '203.0.113.7', 'example.com', 'Chrome', ''),
  fc.string(),
);
const placeArb = fc.record({ latitude: numberArb, longitude: numberArb });

const eventArb: fc.Arbitrary<AccountEvent> = fc.record({
  type: fc.constantFrom(...ACCOUNT_EVENT_TYPES),
  userId: textArb,
  occurredAt: dateArb,
  email: nullable(textArb),
  emailDomain: nullable(textArb),
  ip: nullable(textArb),
  deviceId: nullable(textArb),
  userAgent: nullable(
    fc.record({ browser: nullable(textArb), os: nullable(textArb), headless: fc.boolean() }),
  ),
  deviceTimezone: nullable(textArb),
  behavior: nullable(
    fc.record({
      completionMs: nullable(numberArb),
      pointerPoints: countArb,
      pathLength: numberArb,
      straightness: nullable(numberArb),
      keystrokes: nullable(countArb),
      pastes: nullable(countArb),
    }),
  ),
});

const contextArb: fc.Arbitrary<AccountContext> = fc.record({
  disposableEmail: fc.boolean(),
  accountsOnDevice: countArb,
  accountsOnIp: countArb,
  accountsWithEmail: countArb,
  signupsFromIp1h: countArb,
  signupsFromDevice1h: countArb,
  failedLoginsAccount1h: countArb,
  failedLoginsIp1h: countArb,
  deviceKnownForAccount: nullable(fc.boolean()),
  location: nullable(placeArb),
  previousLogin: nullable(fc.record({ latitude: numberArb, longitude: numberArb, at: dateArb })),
  timezoneGapHours: nullable(numberArb),
  torExit: fc.boolean(),
  hostingAsn: fc.boolean(),
  listMatches: fc.array(
    fc.record({
      list: fc.constantFrom(...LISTS),
      kind: fc.constantFrom(...LIST_KINDS),
      value: textArb,
      reason: nullable(textArb),
    }),
    { maxLength: 3 },
  ),
});

const policyArb: fc.Arbitrary<Policy> = fc
  .array(
    fc.record({
      status: fc.constantFrom(...RULE_STATUSES),
      weight: fc.integer({ min: 0, max: 100 }),
    }),
    { minLength: DEFAULT_ACCOUNT_RULES.length, maxLength: DEFAULT_ACCOUNT_RULES.length },
  )
  .map((settings) => ({
    rules: effectiveRules(DEFAULT_ACCOUNT_RULES, {}).map((r, i) => ({ ...r, ...settings[i] })),
    thresholds: DEFAULT_ACCOUNT_THRESHOLDS,
  }));

function roundTrip(event: AccountEvent, ctx: AccountContext) {
  return decodeAccountSnapshot(JSON.parse(JSON.stringify(encodeAccountSnapshot(event, ctx))));
}

describe('account snapshots', () => {
  it('decode(JSON(encode(x))) gives x back', () => {
    fc.assert(
      // structuredClone: plain prototypes, which the decoder's objects have.
      fc.property(eventArb.map(structuredClone), contextArb.map(structuredClone), (event, ctx) => {
        const decoded = roundTrip(event, ctx);
        expect(decoded.event).toStrictEqual(event);
        expect(decoded.ctx).toStrictEqual(ctx);
      }),
      { numRuns: 500 },
    );
  });

  it('the engine decides the decoded input exactly as the original', () => {
    fc.assert(
      fc.property(eventArb, contextArb, policyArb, (event, ctx, policy) => {
        const decoded = roundTrip(event, ctx);
        expect(evaluateAccountEvent(decoded.event, decoded.ctx, policy)).toEqual(
          evaluateAccountEvent(event, ctx, policy),
        );
      }),
      { numRuns: 300 },
    );
  });

  it('stays small for a plain signup', () => {
    const event: AccountEvent = {
      type: 'SIGNUP',
      userId: 'u-18273645',
      occurredAt: new Date('2026-03-02T12:00:00.123Z'),
      email: 'ann.martin@example.com',
      emailDomain: 'example.com',
      ip: '203.0.113.7',
      deviceId: 'fp-9c2e41d07a',
      userAgent: { browser: 'Chrome', os: 'Windows', headless: false },
      deviceTimezone: 'Europe/Paris',
      behavior: {
        completionMs: 9000,
        pointerPoints: 120,
        pathLength: 2400.5,
        straightness: 0.61,
        keystrokes: 40,
        pastes: 0,
      },
    };
    const ctx: AccountContext = {
      disposableEmail: false,
      accountsOnDevice: 0,
      accountsOnIp: 1,
      accountsWithEmail: 0,
      signupsFromIp1h: 0,
      signupsFromDevice1h: 0,
      failedLoginsAccount1h: 0,
      failedLoginsIp1h: 0,
      deviceKnownForAccount: null,
      location: { latitude: 48.8566, longitude: 2.3522 },
      previousLogin: null,
      timezoneGapHours: 0,
      torExit: false,
      hostingAsn: false,
      listMatches: [],
    };
    expect(Buffer.byteLength(JSON.stringify(encodeAccountSnapshot(event, ctx)))).toBeLessThan(260);
  });

  it('rejects an unknown version, and a transaction snapshot read as an account one', () => {
    const transaction = encodeTransactionSnapshot(makeEvent(), makeContext());
    expect(() => decodeAccountSnapshot(transaction)).toThrow(/account snapshot: expected/);
    const signup = encodeAccountSnapshot(
      {
        type: 'SIGNUP',
        userId: 'u-1',
        occurredAt: new Date(0),
        email: null,
        emailDomain: null,
        ip: null,
        deviceId: null,
        userAgent: null,
        deviceTimezone: null,
        behavior: null,
      },
      makeAccountContext(),
    ) as unknown[];
    expect(signup[0]).toBe(ACCOUNT_SNAPSHOT_VERSION);
    expect(() => decodeTransactionSnapshot(signup)).toThrow(/transaction snapshot: expected/);
    expect(() => decodeAccountSnapshot([2, ...signup.slice(1)])).toThrow(
      'account snapshot: expected format version 1 at position 0, got 2',
    );
  });
});

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { effectiveRules, DEFAULT_ACCOUNT_THRESHOLDS } from '../policy.js';
import type { Policy } from '../types.js';
import { makeAccountContext } from '../testing.js';
import { evaluateAccountEvent, riskBandOf } from './evaluate.js';
import { ACCOUNT_RULES_BY_CODE, DEFAULT_ACCOUNT_RULES } from './rules.js';
import type { AccountContext, AccountEvent } from './types.js';

const AT = new Date('2026-11-25T12:00:00Z');

function event(over: Partial<AccountEvent> = {}): AccountEvent {
  return {
    type: 'SIGNUP',
    userId: 'u1',
    occurredAt: AT,
    email: 'ann@example.com',
    emailDomain: 'example.com',
    ip: '203.0.113.7',
    deviceId: 'fp-1',
    userAgent: { browser: 'Chrome', os: 'Windows', headless: false },
    deviceTimezone: 'Europe/Paris',
    behavior: {
      completionMs: 9000,
      pointerPoints: 120,
      pathLength: 2400,
      straightness: 0.6,
      keystrokes: 40,
      pastes: 0,
    },
    ...over,
  };
}

const context = makeAccountContext;

const rule = (code: string) => {
  const r = ACCOUNT_RULES_BY_CODE.get(code);
  if (!r) throw new Error(code);
  return (e: AccountEvent, c: AccountContext) => r.evaluate(e, c, r.params).fired;
};

describe('account rule boundaries (just under → PASS, at the limit → FIRED)', () => {
  it.each([
    ['EMAIL_REUSED', { accountsWithEmail: 1 }, { accountsWithEmail: 2 }],
    ['DEVICE_REUSED', { accountsOnDevice: 3 }, { accountsOnDevice: 4 }],
    ['SIGNUP_VELOCITY_IP', { signupsFromIp1h: 4 }, { signupsFromIp1h: 5 }],
    ['SIGNUP_VELOCITY_DEVICE', { signupsFromDevice1h: 1 }, { signupsFromDevice1h: 2 }],
    ['TIMEZONE_MISMATCH', { timezoneGapHours: 3 }, { timezoneGapHours: 3.5 }],
    ['DISPOSABLE_EMAIL', { disposableEmail: false }, { disposableEmail: true }],
    ['TOR_EXIT', { torExit: false }, { torExit: true }],
    ['HOSTING_ASN', { hostingAsn: false }, { hostingAsn: true }],
  ] as const)('%s', (code, under, at) => {
    expect(rule(code)(event(), context(under))).toBe(false);
    expect(rule(code)(event(), context(at))).toBe(true);
  });

  it('LOGIN_FAILURES counts per account and per IP, on logins only', () => {
    const login = event({ type: 'LOGIN' });
    expect(rule('LOGIN_FAILURES')(login, context({ failedLoginsAccount1h: 2 }))).toBe(false);
    expect(rule('LOGIN_FAILURES')(login, context({ failedLoginsAccount1h: 3 }))).toBe(true);
    expect(rule('LOGIN_FAILURES')(login, context({ failedLoginsIp1h: 9 }))).toBe(false);
    expect(rule('LOGIN_FAILURES')(login, context({ failedLoginsIp1h: 10 }))).toBe(true);
    expect(rule('LOGIN_FAILURES')(event(), context({ failedLoginsAccount1h: 9 }))).toBe(false);
  });

  it('signup velocity applies to signups only', () => {
    expect(
      rule('SIGNUP_VELOCITY_IP')(event({ type: 'LOGIN' }), context({ signupsFromIp1h: 50 })),
    ).toBe(false);
  });

  it('NEW_DEVICE_LOGIN needs earlier logins', () => {
    const login = event({ type: 'LOGIN' });
    expect(rule('NEW_DEVICE_LOGIN')(login, context({ deviceKnownForAccount: null }))).toBe(false);
    expect(rule('NEW_DEVICE_LOGIN')(login, context({ deviceKnownForAccount: true }))).toBe(false);
    expect(rule('NEW_DEVICE_LOGIN')(login, context({ deviceKnownForAccount: false }))).toBe(true);
  });

  it('IMPOSSIBLE_TRAVEL: Paris then New York one hour later fires, a day later passes', () => {
    const paris = { latitude: 48.8566, longitude: 2.3522 };
    const ny = { latitude: 40.7128, longitude: -74.006 };
    const login = event({ type: 'LOGIN' });
    const hourAgo = { ...paris, at: new Date(AT.getTime() - 3_600_000) };
    const dayAgo = { ...paris, at: new Date(AT.getTime() - 86_400_000) };
    expect(
      rule('IMPOSSIBLE_TRAVEL')(login, context({ location: ny, previousLogin: hourAgo })),
    ).toBe(true);
    expect(rule('IMPOSSIBLE_TRAVEL')(login, context({ location: ny, previousLogin: dayAgo }))).toBe(
      false,
    );
  });

  it('BOT_BEHAVIOR: fast forms, no pointer, straight paths, too few keystrokes, headless', () => {
    const b = event().behavior!;
    const bot = (over: Partial<typeof b>, headless = false) =>
      rule('BOT_BEHAVIOR')(
        event({
          behavior: { ...b, ...over },
          userAgent: { browser: 'Chrome', os: 'Linux', headless },
        }),
        context(),
      );
    expect(bot({})).toBe(false);
    expect(bot({ completionMs: 2000 })).toBe(false);
    expect(bot({ completionMs: 1999 })).toBe(true);
    expect(bot({ pointerPoints: 0, straightness: null })).toBe(true);
    expect(bot({ straightness: 0.99 })).toBe(false);
    expect(bot({ straightness: 0.995 })).toBe(true);
    expect(bot({ keystrokes: 3 })).toBe(false);
    expect(bot({ keystrokes: 2 })).toBe(true);
    expect(bot({ keystrokes: 0, pastes: 2 })).toBe(false);
    expect(bot({}, true)).toBe(true);
  });
});

describe('evaluateAccountEvent', () => {
  const policy: Policy = {
    rules: effectiveRules(DEFAULT_ACCOUNT_RULES, {}),
    thresholds: DEFAULT_ACCOUNT_THRESHOLDS,
  };

  it('allows a clean signup with every check PASS', () => {
    const result = evaluateAccountEvent(event(), context(), policy);
    expect(result).toMatchObject({ riskScore: 0, decision: 'ALLOW', riskBand: 'ALLOW' });
    expect(result.allChecks.map((c) => c.status)).toEqual(DEFAULT_ACCOUNT_RULES.map(() => 'PASS'));
  });

  it('challenges, then blocks, as risk adds up (CHALLENGE ≥ 50, BLOCK ≥ 85)', () => {
    const device = evaluateAccountEvent(
      event(),
      context({ accountsOnDevice: 5, disposableEmail: true }),
      policy,
    );
    expect(device).toMatchObject({ riskScore: 65, decision: 'CHALLENGE', riskBand: 'MONITOR' });
    const bot = evaluateAccountEvent(
      event({
        behavior: { ...event().behavior!, completionMs: 300, pointerPoints: 0, straightness: null },
      }),
      context({ accountsOnDevice: 5, disposableEmail: true }),
      policy,
    );
    expect(bot).toMatchObject({ riskScore: 100, decision: 'BLOCK', riskBand: 'BLOCK' });
  });

  it('shows a disabled rule as DISABLED and ignores it', () => {
    const disabled: Policy = {
      ...policy,
      rules: effectiveRules(DEFAULT_ACCOUNT_RULES, { DISPOSABLE_EMAIL: { status: 'DISABLED' } }),
    };
    const result = evaluateAccountEvent(event(), context({ disposableEmail: true }), disabled);
    expect(result.riskScore).toBe(0);
    expect(result.allChecks.find((c) => c.code === 'DISPOSABLE_EMAIL')?.status).toBe('DISABLED');
  });

  it('keeps the score within 0..100 and the band consistent with the decision', () => {
    fc.assert(
      fc.property(
        fc.record({
          accountsOnDevice: fc.nat(20),
          accountsWithEmail: fc.nat(5),
          signupsFromIp1h: fc.nat(20),
          signupsFromDevice1h: fc.nat(5),
          disposableEmail: fc.boolean(),
          torExit: fc.boolean(),
          hostingAsn: fc.boolean(),
          timezoneGapHours: fc.option(fc.double({ min: 0, max: 14, noNaN: true })),
        }),
        (over) => {
          const r = evaluateAccountEvent(event(), context(over), policy);
          return r.riskScore >= 0 && r.riskScore <= 100 && r.riskBand === riskBandOf(r.decision);
        },
      ),
    );
  });
});

import { describe, expect, it } from 'vitest';
import { evaluateAccountEvent } from '../account/evaluate.js';
import { at, HOUR_MS } from '../testing.js';
import {
  accountCheck,
  accountPolicyWith,
  checkOf,
  customRule,
  makeAccountContext,
  makeAccountEvent,
  type AccountCelCase,
} from './testing.js';

function row(c: AccountCelCase) {
  const check = accountCheck(c);
  expect(check.status, check.detail).toBe(c.fired ? 'FIRED' : 'PASS');
}
const table = (cases: AccountCelCase[]) =>
  cases.map((c) => [`${c.condition} → ${c.fired}`, c] as const);

describe('account event, e-mail and time', () => {
  it.each(
    table([
      { condition: "type == 'SIGNUP'", fired: true },
      { condition: "type == 'LOGIN_FAILED'", event: { type: 'LOGIN_FAILED' }, fired: true },
      { condition: "type == 'LOGIN'", fired: false },
      { condition: "email == 'alice@example.com' && emailDomain == 'example.com'", fired: true },
      {
        condition: "email == '' && emailDomain == ''",
        event: { email: null, emailDomain: null },
        fired: true,
      },
      { condition: "email.endsWith('.ru')", event: { email: 'bob@mail.ru' }, fired: true },
      {
        condition: "disposableEmail && type == 'SIGNUP'",
        ctx: { disposableEmail: true },
        fired: true,
      },
      { condition: 'disposableEmail', fired: false },
      { condition: 'time.hour == 12.0 && time.dayOfWeek == 1.0', fired: true },
      { condition: 'time.hour <= 5', event: { occurredAt: at(-6 * HOUR_MS - 1) }, fired: true },
      { condition: 'time.hour <= 5', event: { occurredAt: at(-6 * HOUR_MS) }, fired: false },
    ]),
  )('%s', (_, c) => row(c));
});

describe('device', () => {
  it.each(
    table([
      { condition: "device.id == 'fp-1'", fired: true },
      { condition: "device.id == ''", event: { deviceId: null }, fired: true },
      { condition: 'device.known', ctx: { deviceKnownForAccount: true }, fired: true },
      { condition: '!device.known', fired: true },
      {
        condition: 'device.headless',
        event: { userAgent: { browser: 'Chrome', os: 'Linux', headless: true } },
        fired: true,
      },
      { condition: 'device.headless', fired: false },
      { condition: "device.browser == 'Firefox' && device.os == 'Linux'", fired: true },
      {
        condition: "device.browser == '' && device.os == '' && !device.headless",
        event: { userAgent: null },
        fired: true,
      },
      { condition: 'device.timezoneGapHours > 3', ctx: { timezoneGapHours: 3.5 }, fired: true },
      { condition: 'device.timezoneGapHours > 3', ctx: { timezoneGapHours: 3 }, fired: false },
      { condition: 'device.timezoneGapHours == 0.0', ctx: { timezoneGapHours: null }, fired: true },
    ]),
  )('%s', (_, c) => row(c));
});

const BEHAVIOR = makeAccountEvent().behavior!;

describe('behaviour', () => {
  it.each(
    table([
      { condition: 'behavior.collected && behavior.completionMs == 25000.0', fired: true },
      {
        condition: '!behavior.collected && behavior.completionMs == 0.0',
        event: { behavior: null },
        fired: true,
      },
      {
        condition: 'behavior.collected && behavior.completionMs < 1500',
        event: { behavior: { ...BEHAVIOR, completionMs: 1_499 } },
        fired: true,
      },
      {
        condition: 'behavior.collected && behavior.completionMs < 1500',
        event: { behavior: { ...BEHAVIOR, completionMs: 1_500 } },
        fired: false,
      },
      {
        condition: 'behavior.collected && behavior.completionMs < 1500',
        event: { behavior: { ...BEHAVIOR, completionMs: null } },
        fired: true,
      },
      {
        condition: 'behavior.pointerPoints == 0.0',
        event: { behavior: { ...BEHAVIOR, pointerPoints: 0 } },
        fired: true,
      },
      {
        condition: 'behavior.straightness > 0.98',
        event: { behavior: { ...BEHAVIOR, straightness: 0.99 } },
        fired: true,
      },
      {
        condition: 'behavior.straightness == 0.0',
        event: { behavior: { ...BEHAVIOR, straightness: null } },
        fired: true,
      },
      {
        condition: 'behavior.keystrokes == 0.0',
        event: { behavior: { ...BEHAVIOR, keystrokes: null } },
        fired: true,
      },
      {
        condition: 'behavior.pastes > 1',
        event: { behavior: { ...BEHAVIOR, pastes: 2 } },
        fired: true,
      },
      {
        condition: 'behavior.pastes > 1',
        event: { behavior: { ...BEHAVIOR, pastes: 1 } },
        fired: false,
      },
    ]),
  )('%s', (_, c) => row(c));
});

describe('linkage, velocity, ip', () => {
  it.each(
    table([
      { condition: 'linkage.accountsOnDevice >= 3', ctx: { accountsOnDevice: 3 }, fired: true },
      { condition: 'linkage.accountsOnDevice >= 3', ctx: { accountsOnDevice: 2 }, fired: false },
      { condition: 'linkage.accountsOnIp >= 10', ctx: { accountsOnIp: 10 }, fired: true },
      { condition: 'linkage.accountsWithEmail >= 1', ctx: { accountsWithEmail: 1 }, fired: true },
      { condition: 'velocity.signupsFromIp1h >= 3', ctx: { signupsFromIp1h: 3 }, fired: true },
      { condition: 'velocity.signupsFromIp1h >= 3', ctx: { signupsFromIp1h: 2 }, fired: false },
      {
        condition: 'velocity.signupsFromDevice1h >= 2',
        ctx: { signupsFromDevice1h: 2 },
        fired: true,
      },
      {
        condition: 'velocity.failedLoginsAccount1h >= 5',
        ctx: { failedLoginsAccount1h: 5 },
        fired: true,
      },
      { condition: 'velocity.failedLoginsIp1h >= 20', ctx: { failedLoginsIp1h: 19 }, fired: false },
      { condition: 'ip.tor', ctx: { torExit: true }, fired: true },
      { condition: "ip.hosting && type == 'SIGNUP'", ctx: { hostingAsn: true }, fired: true },
      { condition: 'ip.tor || ip.hosting', fired: false },
    ]),
  )('%s', (_, c) => row(c));
});

describe('rules, and custom account rules in the result', () => {
  it.each(
    table([
      { condition: 'rules.DISPOSABLE_EMAIL', ctx: { disposableEmail: true }, fired: true },
      { condition: 'rules.DISPOSABLE_EMAIL', fired: false },
      { condition: 'rules.exists(code, rules[code])', fired: false },
    ]),
  )('%s', (_, c) => row(c));

  it('scores, explains and decides with custom account rules like built-in ones', () => {
    const policy = accountPolicyWith([
      customRule({ eventKind: 'ACCOUNT', condition: "type == 'SIGNUP' && ip.hosting", weight: 60 }),
      customRule({ code: 'KNOWN', eventKind: 'ACCOUNT', condition: 'device.known', weight: -10 }),
      customRule({ code: 'TX_ONLY', condition: 'amount > 1' }),
    ]);
    const result = evaluateAccountEvent(
      makeAccountEvent(),
      makeAccountContext({ hostingAsn: true }),
      policy,
    );
    const hosting = evaluateAccountEvent(
      makeAccountEvent(),
      makeAccountContext({ hostingAsn: true }),
      accountPolicyWith([]),
    ).riskScore;
    expect(result.riskScore).toBe(Math.min(100, hosting + 60));
    expect(checkOf(result)).toMatchObject({
      status: 'FIRED',
      detail: "condition holds: type == 'SIGNUP' && ip.hosting",
    });
    expect(checkOf(result, 'KNOWN').status).toBe('PASS');
    expect(result.allChecks.some((c) => c.code === 'TX_ONLY')).toBe(false);
    expect(result.matchedRules.find((r) => r.code === 'MY_RULE')?.dimension).toBe('CUSTOM');
    expect(result.signals.negative).toContain('my_rule');
  });

  it('lists a fired negative-weight account rule as a positive signal', () => {
    const policy = accountPolicyWith([
      customRule({ code: 'KNOWN', eventKind: 'ACCOUNT', condition: 'device.known', weight: -10 }),
    ]);
    const result = evaluateAccountEvent(
      makeAccountEvent({ type: 'LOGIN' }),
      makeAccountContext({ deviceKnownForAccount: true }),
      policy,
    );
    expect(checkOf(result, 'KNOWN')).toMatchObject({ status: 'FIRED', contribution: -10 });
    expect(result.signals.positive).toContain('known');
    expect(result.signals.negative).not.toContain('known');
  });
});

import { describe, expect, it } from 'vitest';
import { daysAgo, evaluateCase, type RuleCase as Case } from '../testing.js';

function check(code: string, c: Case) {
  const outcome = evaluateCase(code, c);
  expect(outcome.fired).toBe(c.fired);
  expect(outcome.detail).not.toBe('');
  if (typeof c.detail === 'string') expect(outcome.detail).toBe(c.detail);
  else if (c.detail) expect(outcome.detail).toMatch(c.detail);
}

const opened = (days: number) => ({ customer: { accountOpenedAt: daysAgo(days) } });

describe('NEW_ACCOUNT_HIGH_VALUE (younger than 7 days, at least 1,000)', () => {
  it.each<Case>([
    {
      name: 'old account, large amount',
      event: { amount: 50_000 },
      fired: false,
      detail: 'account 400 days old, amount 50,000 (limits 7 days, 1,000)',
    },
    {
      name: 'new account, amount just under',
      event: { amount: 999.99 },
      ctx: opened(2),
      fired: false,
      detail: 'account 2 days old, amount 999.99 (limits 7 days, 1,000)',
    },
    {
      name: 'new account, amount at the limit',
      event: { amount: 1_000 },
      ctx: opened(2),
      fired: true,
      detail: 'account 2 days old, amount 1,000 (limits 7 days, 1,000)',
    },
    { name: 'new account, amount beyond', event: { amount: 8_000 }, ctx: opened(0.5), fired: true },
    // The age limit is exclusive: "younger than maxAgeDays".
    {
      name: 'a second short of 7 days',
      event: { amount: 1_000 },
      ctx: { customer: { accountOpenedAt: daysAgo(7 - 1 / 86_400) } },
      fired: true,
      detail: 'account 6 days old, amount 1,000 (limits 7 days, 1,000)',
    },
    {
      name: 'exactly 7 days old',
      event: { amount: 1_000 },
      ctx: opened(7),
      fired: false,
      detail: 'account 7 days old, amount 1,000 (limits 7 days, 1,000)',
    },
    {
      name: 'unknown customer counts as opened now',
      event: { amount: 1_000 },
      ctx: { customer: null },
      fired: true,
      detail: 'account 0 days old, amount 1,000 (limits 7 days, 1,000)',
    },
    {
      name: 'no opening date: first seen is used',
      event: { amount: 1_000 },
      ctx: { customer: { accountOpenedAt: null, firstSeenAt: daysAgo(3) } },
      fired: true,
      detail: /^account 3 days old/,
    },
    {
      name: 'no dates at all counts as opened now',
      event: { amount: 1_000 },
      ctx: { customer: { accountOpenedAt: null, firstSeenAt: null } },
      fired: true,
    },
    {
      name: 'opening date after the event is age 0',
      event: { amount: 1_000, occurredAt: daysAgo(1) },
      ctx: { customer: { accountOpenedAt: daysAgo(-1) } },
      fired: true,
      detail: /^account 0 days old/,
    },
    {
      name: 'tenant limits 30 days, 100',
      event: { amount: 100 },
      ctx: opened(29),
      params: { maxAgeDays: 30, minAmount: 100 },
      fired: true,
      detail: 'account 29 days old, amount 100 (limits 30 days, 100)',
    },
  ])('$name → fired=$fired', (c) => check('NEW_ACCOUNT_HIGH_VALUE', c));
});

describe('SESSION_DEVICE_CHANGE', () => {
  const previous = (device: string | null) => ({
    velocity: { user: { previousSessionDevice: device } },
  });
  it.each<Case>([
    {
      name: 'no earlier device in the session',
      ctx: previous(null),
      fired: false,
      detail: 'no earlier device in this session',
    },
    {
      name: 'no session sent',
      event: { sessionId: null },
      ctx: previous('device-2'),
      fired: false,
      detail: 'no earlier device in this session',
    },
    {
      name: 'no device sent',
      event: { deviceId: null },
      ctx: previous('device-2'),
      fired: false,
      detail: 'no earlier device in this session',
    },
    {
      name: 'same device as before',
      ctx: previous('device-1'),
      fired: false,
      detail: 'same device as earlier in the session',
    },
    {
      name: 'another device than before',
      ctx: previous('device-2'),
      fired: true,
      detail: 'session moved to another device',
    },
  ])('$name → fired=$fired', (c) => check('SESSION_DEVICE_CHANGE', c));
});

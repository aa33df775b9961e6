import { describe, expect, it } from 'vitest';
import { evaluateCase, type ContextOverrides, type RuleCase as Case } from '../testing.js';

// AMOUNT_SPIKE and AMOUNT_ABOVE_RECENT, whose strength ramps, are in amount.test.ts.

function check(code: string, c: Case) {
  const outcome = evaluateCase(code, c);
  expect(outcome.fired).toBe(c.fired);
  // Count and limit rules fire at full strength.
  expect(outcome.strength).toBe(c.fired ? 1 : undefined);
  expect(outcome.detail).not.toBe('');
  if (typeof c.detail === 'string') expect(outcome.detail).toBe(c.detail);
  else if (c.detail) expect(outcome.detail).toMatch(c.detail);
}

describe('HIGH_AMOUNT (limit 10,000)', () => {
  it.each<Case>([
    { name: 'well under', event: { amount: 50 }, fired: false, detail: 'amount 50, limit 10,000' },
    {
      name: 'just under',
      event: { amount: 9_999.99 },
      fired: false,
      detail: 'amount 9,999.99, limit 10,000',
    },
    {
      name: 'at the limit',
      event: { amount: 10_000 },
      fired: true,
      detail: 'amount 10,000, limit 10,000',
    },
    {
      name: 'beyond',
      event: { amount: 250_000.5 },
      fired: true,
      detail: 'amount 250,000.5, limit 10,000',
    },
    {
      name: 'tenant limit 500, just under',
      event: { amount: 499 },
      params: { limit: 500 },
      fired: false,
    },
    {
      name: 'tenant limit 500, at it',
      event: { amount: 500 },
      params: { limit: 500 },
      fired: true,
      detail: 'amount 500, limit 500',
    },
  ])('$name → fired=$fired', (c) => check('HIGH_AMOUNT', c));
});

describe('VELOCITY_COUNT_1H (limit 5, this event included)', () => {
  const count1h = (n: number): ContextOverrides => ({ velocity: { user: { count1h: n } } });
  it.each<Case>([
    {
      name: 'first in the hour',
      ctx: count1h(0),
      fired: false,
      detail: '1 transaction in the last hour, limit 5',
    },
    {
      name: 'just under (4th)',
      ctx: count1h(3),
      fired: false,
      detail: '4 transactions in the last hour, limit 5',
    },
    {
      name: 'at the limit (5th)',
      ctx: count1h(4),
      fired: true,
      detail: '5 transactions in the last hour, limit 5',
    },
    {
      name: 'beyond (12th)',
      ctx: count1h(11),
      fired: true,
      detail: '12 transactions in the last hour, limit 5',
    },
    { name: 'tenant limit 2, at it', ctx: count1h(1), params: { limit: 2 }, fired: true },
  ])('$name → fired=$fired', (c) => check('VELOCITY_COUNT_1H', c));
});

describe('VELOCITY_COUNT_24H (limit 20, this event included)', () => {
  const count24h = (n: number): ContextOverrides => ({ velocity: { user: { count24h: n } } });
  it.each<Case>([
    {
      name: 'first of the day',
      ctx: count24h(0),
      fired: false,
      detail: '1 transaction in the last 24 hours, limit 20',
    },
    { name: 'just under (19th)', ctx: count24h(18), fired: false },
    {
      name: 'at the limit (20th)',
      ctx: count24h(19),
      fired: true,
      detail: '20 transactions in the last 24 hours, limit 20',
    },
    { name: 'beyond (50th)', ctx: count24h(49), fired: true },
  ])('$name → fired=$fired', (c) => check('VELOCITY_COUNT_24H', c));
});

describe('VELOCITY_AMOUNT_24H (limit 20,000, this amount included)', () => {
  const sum24h = (n: number): ContextOverrides => ({ velocity: { user: { sum24h: n } } });
  it.each<Case>([
    {
      name: 'quiet day',
      event: { amount: 50 },
      ctx: sum24h(40),
      fired: false,
      detail: '90 in the last 24 hours, limit 20,000',
    },
    { name: 'just under', event: { amount: 999.5 }, ctx: sum24h(19_000), fired: false },
    {
      name: 'at the limit',
      event: { amount: 1_000 },
      ctx: sum24h(19_000),
      fired: true,
      detail: '20,000 in the last 24 hours, limit 20,000',
    },
    {
      name: 'one event at the limit alone',
      event: { amount: 20_000 },
      ctx: sum24h(0),
      fired: true,
    },
    {
      name: 'beyond',
      event: { amount: 5_000 },
      ctx: sum24h(30_000),
      fired: true,
      detail: '35,000 in the last 24 hours, limit 20,000',
    },
  ])('$name → fired=$fired', (c) => check('VELOCITY_AMOUNT_24H', c));
});

describe('RAPID_SUCCESSION (at most 30 seconds after the previous one)', () => {
  const since = (s: number | null): ContextOverrides => ({
    velocity: { user: { secondsSinceLast: s } },
  });
  it.each<Case>([
    {
      name: 'first transaction ever',
      ctx: since(null),
      fired: false,
      detail: 'first transaction of this customer',
    },
    {
      name: 'hours later',
      ctx: since(7_200),
      fired: false,
      detail: '7200 seconds after the previous transaction, limit 30',
    },
    { name: 'just over the limit (31 s)', ctx: since(31), fired: false },
    {
      name: 'at the limit (30 s)',
      ctx: since(30),
      fired: true,
      detail: '30 seconds after the previous transaction, limit 30',
    },
    {
      name: 'within it (1 s)',
      ctx: since(1),
      fired: true,
      detail: '1 second after the previous transaction, limit 30',
    },
    { name: 'same instant (0 s)', ctx: since(0), fired: true },
  ])('$name → fired=$fired', (c) => check('RAPID_SUCCESSION', c));
});

describe('CARD_TESTING (3 amounts ≤ 5 in 10 minutes, this one included)', () => {
  const small = (n: number): ContextOverrides => ({ velocity: { user: { smallCount10m: n } } });
  it.each<Case>([
    {
      name: 'first small amount',
      event: { amount: 1 },
      ctx: small(0),
      fired: false,
      detail: '1 transaction of 5 or less in 10 minutes, limit 3',
    },
    { name: 'just under (2nd small)', event: { amount: 1 }, ctx: small(1), fired: false },
    {
      name: 'at the limit (3rd small)',
      event: { amount: 0.5 },
      ctx: small(2),
      fired: true,
      detail: '3 transactions of 5 or less in 10 minutes, limit 3',
    },
    { name: 'at the small-amount limit itself', event: { amount: 5 }, ctx: small(2), fired: true },
    { name: 'beyond (9th small)', event: { amount: 2 }, ctx: small(8), fired: true },
    {
      name: 'this amount is not small',
      event: { amount: 5.01 },
      ctx: small(10),
      fired: false,
    },
    {
      name: 'tenant small amount 1, limit 2',
      event: { amount: 1 },
      ctx: small(1),
      params: { smallAmount: 1, limit: 2 },
      fired: true,
      detail: '2 transactions of 1 or less in 10 minutes, limit 2',
    },
  ])('$name → fired=$fired', (c) => check('CARD_TESTING', c));
});

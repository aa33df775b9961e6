import { describe, expect, it } from 'vitest';
import { evaluateCase, type ContextOverrides, type RuleCase as Case } from '../testing.js';

function check(code: string, c: Case) {
  const outcome = evaluateCase(code, c);
  expect(outcome.fired).toBe(c.fired);
  expect(outcome.detail).not.toBe('');
  if (typeof c.detail === 'string') expect(outcome.detail).toBe(c.detail);
  else if (c.detail) expect(outcome.detail).toMatch(c.detail);
}

describe('NEW_DEVICE', () => {
  it.each<Case>([
    {
      name: 'no device sent',
      event: { deviceId: null },
      ctx: { deviceKnown: null },
      fired: false,
      detail: 'no device sent',
    },
    {
      name: 'unknown customer',
      ctx: { customer: null, deviceKnown: false },
      fired: false,
      detail: 'first event of this customer',
    },
    {
      name: 'customer without scored events',
      ctx: {
        customer: { stats: { count: 0, mean: 0, m2: 0, max: 0, total: 0 } },
        deviceKnown: false,
      },
      fired: false,
      detail: 'first event of this customer',
    },
    {
      name: 'device seen before',
      ctx: { deviceKnown: true },
      fired: false,
      detail: 'device seen before',
    },
    {
      name: 'device never seen, customer with history',
      ctx: { deviceKnown: false },
      fired: true,
      detail: 'device never seen for this customer',
    },
    {
      name: 'one past event is history enough',
      ctx: { customer: { stats: { count: 1 } }, deviceKnown: false },
      fired: true,
    },
  ])('$name → fired=$fired', (c) => check('NEW_DEVICE', c));
});

describe('DEVICE_REUSED (limit 3 customers in 30 days, this one included)', () => {
  const users = (n: number): ContextOverrides => ({ linkage: { usersPerDevice: n } });
  it.each<Case>([
    {
      name: 'no device sent',
      event: { deviceId: null },
      ctx: users(50),
      fired: false,
      detail: 'no device sent',
    },
    {
      name: 'only this customer',
      ctx: users(1),
      fired: false,
      detail: 'device used by 1 customer in 30 days, limit 3',
    },
    {
      name: 'just under (2)',
      ctx: users(2),
      fired: false,
      detail: 'device used by 2 customers in 30 days, limit 3',
    },
    {
      name: 'at the limit (3)',
      ctx: users(3),
      fired: true,
      detail: 'device used by 3 customers in 30 days, limit 3',
    },
    { name: 'beyond (40)', ctx: users(40), fired: true },
    { name: 'tenant limit 10, just under', ctx: users(9), params: { limit: 10 }, fired: false },
    { name: 'tenant limit 10, at it', ctx: users(10), params: { limit: 10 }, fired: true },
  ])('$name → fired=$fired', (c) => check('DEVICE_REUSED', c));
});

describe('IP_VELOCITY (limit 20 per hour from one IP, this one included)', () => {
  const ip1h = (n: number): ContextOverrides => ({ velocity: { ip: { count1h: n } } });
  it.each<Case>([
    { name: 'no IP sent', event: { ip: null }, ctx: ip1h(100), fired: false, detail: 'no IP sent' },
    { name: 'no IP window', ctx: { velocity: { ip: null } }, fired: false, detail: 'no IP sent' },
    {
      name: 'quiet IP',
      ctx: ip1h(0),
      fired: false,
      detail: '1 transaction from this IP in the last hour, limit 20',
    },
    { name: 'just under (19th)', ctx: ip1h(18), fired: false },
    {
      name: 'at the limit (20th)',
      ctx: ip1h(19),
      fired: true,
      detail: '20 transactions from this IP in the last hour, limit 20',
    },
    { name: 'beyond (300th)', ctx: ip1h(299), fired: true },
  ])('$name → fired=$fired', (c) => check('IP_VELOCITY', c));
});

describe('TOR_EXIT', () => {
  it.each<Case>([
    {
      name: 'no IP sent',
      event: { ip: null },
      ctx: { reputation: { torExit: true } },
      fired: false,
      detail: 'no IP sent',
    },
    { name: 'ordinary IP', fired: false, detail: 'not a known TOR exit' },
    {
      name: 'TOR exit node',
      event: { ip: '198.51.100.7' },
      ctx: { reputation: { torExit: true } },
      fired: true,
      detail: '198.51.100.7 is a TOR exit node',
    },
  ])('$name → fired=$fired', (c) => check('TOR_EXIT', c));
});

describe('HOSTING_ASN', () => {
  it.each<Case>([
    {
      name: 'no IP sent',
      event: { ip: null },
      ctx: { reputation: { hostingAsn: true } },
      fired: false,
      detail: 'no IP sent',
    },
    { name: 'residential IP', fired: false, detail: 'not a hosting network' },
    {
      name: 'hosting network',
      event: { ip: '192.0.2.44' },
      ctx: { reputation: { hostingAsn: true } },
      fired: true,
      detail: '192.0.2.44 is on a hosting network',
    },
  ])('$name → fired=$fired', (c) => check('HOSTING_ASN', c));
});

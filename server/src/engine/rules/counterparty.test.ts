import { describe, expect, it } from 'vitest';
import { evaluateCase, listMatch, type RuleCase as Case } from '../testing.js';

function check(code: string, c: Case) {
  const outcome = evaluateCase(code, c);
  expect(outcome.fired).toBe(c.fired);
  expect(outcome.detail).not.toBe('');
  if (typeof c.detail === 'string') expect(outcome.detail).toBe(c.detail);
  else if (c.detail) expect(outcome.detail).toMatch(c.detail);
}

const NEW_RECIPIENT = {
  recipient: { isKnown: false, timesSent: 0, firstSentAt: null, lastSentAt: null },
};

describe('NEW_RECIPIENT_HIGH_VALUE (at least 1,000 to a new recipient)', () => {
  it.each<Case>([
    {
      name: 'no recipient on the event',
      event: { recipient: null, amount: 5_000 },
      ctx: NEW_RECIPIENT,
      fired: false,
      detail: 'no recipient',
    },
    {
      name: 'no recipient context',
      event: { amount: 5_000 },
      ctx: { recipient: null },
      fired: false,
      detail: 'no recipient',
    },
    {
      name: 'known recipient, large amount',
      event: { amount: 5_000 },
      fired: false,
      detail: 'known recipient, paid 4 times',
    },
    {
      name: 'known recipient paid once',
      event: { amount: 5_000 },
      ctx: { recipient: { timesSent: 1 } },
      fired: false,
      detail: 'known recipient, paid 1 time',
    },
    {
      name: 'new recipient, just under',
      event: { amount: 999.99 },
      ctx: NEW_RECIPIENT,
      fired: false,
      detail: 'new recipient, amount 999.99, limit 1,000',
    },
    {
      name: 'new recipient, at the limit',
      event: { amount: 1_000 },
      ctx: NEW_RECIPIENT,
      fired: true,
      detail: 'new recipient, amount 1,000, limit 1,000',
    },
    {
      name: 'new recipient, beyond',
      event: { amount: 12_345.67 },
      ctx: NEW_RECIPIENT,
      fired: true,
    },
    {
      name: 'tenant limit 200, at it',
      event: { amount: 200 },
      ctx: NEW_RECIPIENT,
      params: { minAmount: 200 },
      fired: true,
      detail: 'new recipient, amount 200, limit 200',
    },
  ])('$name → fired=$fired', (c) => check('NEW_RECIPIENT_HIGH_VALUE', c));
});

describe('RECIPIENT_FAN_IN (at least 5 senders in 24 hours, this one included)', () => {
  const fanIn = (n: number) => ({ recipient: { fanIn24h: n } });
  it.each<Case>([
    {
      name: 'no recipient on the event',
      event: { recipient: null },
      ctx: fanIn(50),
      fired: false,
      detail: 'no recipient',
    },
    {
      name: 'no recipient context',
      ctx: { recipient: null },
      fired: false,
      detail: 'no recipient',
    },
    {
      name: 'only this sender',
      ctx: fanIn(1),
      fired: false,
      detail: 'recipient paid by 1 sender in 24 hours, limit 5',
    },
    { name: 'just under (4)', ctx: fanIn(4), fired: false },
    {
      name: 'at the limit (5)',
      ctx: fanIn(5),
      fired: true,
      detail: 'recipient paid by 5 senders in 24 hours, limit 5',
    },
    { name: 'beyond (60)', ctx: fanIn(60), fired: true },
  ])('$name → fired=$fired', (c) => check('RECIPIENT_FAN_IN', c));
});

describe('RECIPIENT_FLAGGED', () => {
  it.each<Case>([
    {
      name: 'no recipient on the event',
      event: { recipient: null },
      ctx: { recipient: { priorFraudCount: 3 } },
      fired: false,
      detail: 'no recipient',
    },
    { name: 'clean recipient', fired: false, detail: 'no fraud linked to this recipient' },
    {
      name: 'one confirmed fraud paid this recipient',
      ctx: { recipient: { priorFraudCount: 1 } },
      fired: true,
      detail: 'recipient received 1 confirmed fraudulent payment',
    },
    {
      name: 'several confirmed frauds',
      ctx: { recipient: { priorFraudCount: 3 } },
      fired: true,
      detail: 'recipient received 3 confirmed fraudulent payments',
    },
    {
      name: 'deny-listed recipient',
      ctx: { listMatches: [listMatch('DENY', 'RECIPIENT', '+33600000002')] },
      fired: true,
      detail: 'recipient is on the deny list',
    },
    {
      name: 'watch-listed recipient',
      ctx: { listMatches: [listMatch('WATCH', 'RECIPIENT', '+33600000002')] },
      fired: true,
      detail: 'recipient is on the watch list',
    },
    {
      name: 'allow-listed recipient',
      ctx: { listMatches: [listMatch('ALLOW', 'RECIPIENT', '+33600000002')] },
      fired: false,
      detail: 'no fraud linked to this recipient',
    },
    {
      name: 'deny-listed IP is not about the recipient',
      ctx: { listMatches: [listMatch('DENY', 'IP', '203.0.113.10')] },
      fired: false,
    },
  ])('$name → fired=$fired', (c) => check('RECIPIENT_FLAGGED', c));
});

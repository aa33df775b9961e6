import { describe, expect, it } from 'vitest';
import {
  evaluateCase,
  listMatch,
  type ContextOverrides,
  type RuleCase as Case,
} from '../testing.js';

function check(code: string, c: Case) {
  const outcome = evaluateCase(code, c);
  expect(outcome.fired).toBe(c.fired);
  expect(outcome.detail).not.toBe('');
  if (typeof c.detail === 'string') expect(outcome.detail).toBe(c.detail);
  else if (c.detail) expect(outcome.detail).toMatch(c.detail);
  // A fired rule carries a strength in (0, 1], the row's when it gives one; a pass has none.
  if (!c.fired) expect(outcome.strength).toBeUndefined();
  else expect(outcome.strength).toBeCloseTo(c.strength ?? 1, 9);
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

describe('RECIPIENT_FAN_IN (at least 5 senders in 24 hours, this one included, 3 × its usual day)', () => {
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
    // Merchants are paid by many by nature (skipTypes ['MERCHANT']); accounts are not.
    {
      name: 'merchant recipient, far beyond (60)',
      event: { recipient: { type: 'MERCHANT', value: 'shop-1' } },
      ctx: fanIn(60),
      fired: false,
      detail: 'merchant recipient: fan-in not applicable',
    },
    {
      name: 'account recipient, just under (4)',
      event: { recipient: { type: 'ACCOUNT', value: 'acct-9' } },
      ctx: fanIn(4),
      fired: false,
      detail: 'recipient paid by 4 senders in 24 hours, limit 5',
    },
    {
      name: 'account recipient, at the limit (5)',
      event: { recipient: { type: 'ACCOUNT', value: 'acct-9' } },
      ctx: fanIn(5),
      fired: true,
      strength: 1,
      detail: 'recipient paid by 5 senders in 24 hours, limit 5',
    },
    {
      name: 'tenant skipTypes []: a merchant at the limit fires',
      event: { recipient: { type: 'MERCHANT', value: 'shop-1' } },
      ctx: fanIn(5),
      params: { skipTypes: [] },
      fired: true,
    },
    {
      name: 'tenant skipTypes [WALLET]: a wallet is skipped, a merchant is not',
      event: { recipient: { type: 'WALLET', value: 'w-1' } },
      ctx: fanIn(60),
      params: { skipTypes: ['WALLET'] },
      fired: false,
      detail: 'wallet recipient: fan-in not applicable',
    },
    {
      name: 'tenant skipTypes [WALLET]: merchant at the limit',
      event: { recipient: { type: 'MERCHANT', value: 'shop-1' } },
      ctx: fanIn(5),
      params: { skipTypes: ['WALLET'] },
      fired: true,
    },
    // Judged against the recipient's own month (surge 3): 5 senders fire while the recipient
    // received at most 5 × 30 / 3 = 50 payments in 30 days.
    {
      name: 'at the limit, 50 payments received in 30 days: a surge',
      ctx: { ...fanIn(5), history: { recipient: { count30d: 50 } } },
      fired: true,
      detail: 'recipient paid by 5 senders in 24 hours, limit 5',
    },
    {
      name: 'at the limit, 51 payments received in 30 days: ordinary for it',
      ctx: { ...fanIn(5), history: { recipient: { count30d: 51 } } },
      fired: false,
      detail:
        'recipient paid by 5 senders in 24 hours, limit 5; ordinary for it: 51 payments received in 30 days',
    },
    {
      name: 'a landlord paid 600 times a month, 20 senders today',
      event: { recipient: { type: 'IBAN', value: 'FR7600000000000000000000000' } },
      ctx: { ...fanIn(20), history: { recipient: { count30d: 600 } } },
      fired: false,
    },
    {
      name: 'same landlord, 60 senders today: 3 times its usual day',
      ctx: { ...fanIn(60), history: { recipient: { count30d: 600 } } },
      fired: true,
    },
    {
      name: 'no history for the recipient: the limit alone',
      ctx: { ...fanIn(5), history: { recipient: null } },
      fired: true,
    },
    {
      name: 'tenant surge 10, 20 payments received: 5 senders are not enough',
      ctx: { ...fanIn(5), history: { recipient: { count30d: 20 } } },
      params: { surge: 10 },
      fired: false,
    },
    {
      name: 'tenant surge 10, 15 payments received: 5 senders are',
      ctx: { ...fanIn(5), history: { recipient: { count30d: 15 } } },
      params: { surge: 10 },
      fired: true,
    },
    {
      name: 'under the limit however quiet the month',
      ctx: { ...fanIn(4), history: { recipient: { count30d: 0 } } },
      fired: false,
      detail: 'recipient paid by 4 senders in 24 hours, limit 5',
    },
  ])('$name → fired=$fired', (c) => check('RECIPIENT_FAN_IN', c));
});

describe('RECIPIENT_FLAGGED (listed, or ≥ 2 reports in 7 days at ≥ 10% of payments)', () => {
  /** `reports` fraud reports in 7 days on a recipient paid `received` times in those days. */
  const reported = (reports: number, received = 7): ContextOverrides => ({
    history: { recipient: { reports7d: reports, count7d: received } },
  });
  const listed = (list: 'DENY' | 'WATCH' | 'ALLOW'): ContextOverrides => ({
    listMatches: [listMatch(list, 'RECIPIENT', '+33600000002')],
  });
  it.each<Case>([
    {
      name: 'no recipient on the event',
      event: { recipient: null },
      ctx: reported(8),
      fired: false,
      detail: 'no recipient',
    },
    { name: 'no recipient context', ctx: { ...reported(8), recipient: null }, fired: false },
    {
      name: 'clean recipient',
      fired: false,
      detail: 'no recent fraud reports for this recipient',
    },
    {
      name: 'no recipient history',
      ctx: { history: { recipient: null } },
      fired: false,
      detail: 'no recent fraud reports for this recipient',
    },
    {
      name: 'all-time confirmed fraud alone no longer fires',
      ctx: { recipient: { priorFraudCount: 5 }, history: { recipient: { fraud30d: 5 } } },
      fired: false,
      detail: 'no recent fraud reports for this recipient',
    },
    // Reports: 7 payments received, so the rate holds from 1 report.
    {
      name: '1 report (just under minReports)',
      ctx: reported(1),
      fired: false,
      detail:
        '1 payment to this recipient reported as fraud in the last 7 days (7 payments received in 7 days), limit 2',
    },
    {
      name: '2 reports (at minReports)',
      ctx: reported(2),
      fired: true,
      strength: 0.5,
      detail:
        '2 payments to this recipient reported as fraud in the last 7 days (7 payments received in 7 days), limit 2',
    },
    { name: '5 reports', ctx: reported(5), fired: true, strength: 0.75 },
    { name: '7 reports (just below full)', ctx: reported(7), fired: true, strength: 0.5 + 5 / 12 },
    { name: '8 reports (full)', ctx: reported(8), fired: true, strength: 1 },
    { name: '30 reports (beyond full)', ctx: reported(30, 300), fired: true, strength: 1 },
    // Rate: reports per payment received in 7 days, at least 0.1.
    { name: 'rate 2/21 (just under 10%)', ctx: reported(2, 21), fired: false },
    { name: 'rate 2/20 (at 10%)', ctx: reported(2, 20), fired: true, strength: 0.5 },
    { name: 'rate 8/81 (full reports, rate too low)', ctx: reported(8, 81), fired: false },
    {
      name: 'nothing received in 7 days counts as 1',
      ctx: reported(2, 0),
      fired: true,
      strength: 0.5,
    },
    {
      name: 'tenant minRate 0.5, just under',
      ctx: reported(3, 7),
      params: { minRate: 0.5 },
      fired: false,
    },
    {
      name: 'tenant minRate 0.5, at it',
      ctx: reported(4, 8),
      params: { minRate: 0.5 },
      fired: true,
      strength: 0.5 + 0.5 * (2 / 6),
    },
    // Listed: full strength, whatever the reports.
    {
      name: 'deny-listed recipient',
      ctx: listed('DENY'),
      fired: true,
      strength: 1,
      detail: 'recipient is on the deny list',
    },
    {
      name: 'watch-listed recipient, reports under the limits',
      ctx: { ...listed('WATCH'), ...reported(1, 100) },
      fired: true,
      strength: 1,
      detail: 'recipient is on the watch list',
    },
    {
      name: 'allow-listed recipient',
      ctx: listed('ALLOW'),
      fired: false,
      detail: 'recipient is on the allow list',
    },
    {
      name: 'allow-listed recipient with reports: the tenant vouched for it',
      ctx: { ...listed('ALLOW'), ...reported(2) },
      fired: false,
      detail: 'recipient is on the allow list',
    },
    {
      name: 'deny-listed IP is not about the recipient',
      ctx: { listMatches: [listMatch('DENY', 'IP', '203.0.113.10')] },
      fired: false,
    },
  ])('$name → fired=$fired', (c) => check('RECIPIENT_FLAGGED', c));
});

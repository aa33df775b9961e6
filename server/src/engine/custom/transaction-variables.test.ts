import { describe, expect, it } from 'vitest';
import { at, daysAgo, HOUR_MS } from '../testing.js';
import { transactionCheck, type CelCase } from './testing.js';

/** Runs one row: the custom rule's check must be FIRED or PASS as the row says. */
function row(c: CelCase) {
  const check = transactionCheck(c);
  expect(check.status, check.detail).toBe(c.fired ? 'FIRED' : 'PASS');
}

const name = (c: CelCase) => `${c.condition} → ${c.fired}`;
const table = (cases: CelCase[]) => cases.map((c) => [name(c), c] as const);

describe('amount, currency, type, channel, time', () => {
  it.each(
    table([
      { condition: 'amount == 50.0', fired: true },
      { condition: 'amount > 50', fired: false },
      { condition: 'amount >= 50', fired: true },
      { condition: 'amount > 20000', event: { amount: 20_000.01 }, fired: true },
      { condition: 'amount > 20000', event: { amount: 20_000 }, fired: false },
      // The amount as sent, in its currency; amountBase in the base currency.
      {
        condition: 'amount == 1000.0 && amountBase == 920.0',
        event: { amount: 920, originalAmount: 1_000, currency: 'USD' },
        fired: true,
      },
      { condition: "currency == 'USD'", event: { currency: 'USD' }, fired: true },
      { condition: "currency == ''", fired: true },
      { condition: "currency == ''", event: { currency: null }, fired: true },
      { condition: "type == 'P2P_TRANSFER'", fired: true },
      { condition: "type == 'CARD_PAYMENT'", fired: false },
      {
        condition: "type in ['CARD_PAYMENT', 'MOBILE_TOPUP']",
        event: { type: 'MOBILE_TOPUP' },
        fired: true,
      },
      { condition: "channel == 'mobile'", fired: true },
      { condition: "channel == ''", event: { channel: null }, fired: true },
      { condition: 'time.hour == 12.0', fired: true },
      { condition: 'time.hour >= 23', event: { occurredAt: at(11 * HOUR_MS) }, fired: true },
      { condition: 'time.hour >= 23', event: { occurredAt: at(11 * HOUR_MS - 1) }, fired: false },
      { condition: 'time.hour <= 5', event: { occurredAt: at(-6 * HOUR_MS - 1) }, fired: true },
      { condition: 'time.hour <= 5', event: { occurredAt: at(-6 * HOUR_MS) }, fired: false },
      // 2026-03-02 is a Monday; CEL's getDayOfWeek counts Sunday as 0.
      { condition: 'time.dayOfWeek == 1', fired: true },
      {
        condition: 'time.dayOfWeek == 0',
        event: { occurredAt: at(-12 * HOUR_MS - 1) },
        fired: true,
      },
      {
        condition: "time.dayOfWeek == timestamp('2026-03-08T01:00:00Z').getDayOfWeek()",
        event: { occurredAt: new Date('2026-03-08T01:00:00Z') },
        fired: true,
      },
    ]),
  )('%s', (_, c) => row(c));
});

describe('customer', () => {
  it.each(
    table([
      { condition: 'customer.known && customer.count == 30.0', fired: true },
      {
        condition: '!customer.known && customer.count == 0.0',
        ctx: { customer: null },
        fired: true,
      },
      { condition: 'customer.average == 50.0 && customer.max == 120.0', fired: true },
      { condition: 'customer.stdDev == 15.0', fired: true },
      {
        condition: 'customer.stdDev == 0.0 && customer.average == 0.0',
        ctx: { customer: null },
        fired: true,
      },
      { condition: 'amount > customer.average * 3.0', event: { amount: 150.01 }, fired: true },
      { condition: 'amount > customer.average * 3.0', event: { amount: 150 }, fired: false },
      { condition: 'amount > customer.max', event: { amount: 120.5 }, fired: true },
      // 30 events (10·log2 31 ≈ 49.5) and 400 days (capped at 40): 90, as on the customer page.
      { condition: 'customer.trustScore == 90.0', fired: true },
      { condition: 'customer.trustScore == 0.0', ctx: { customer: null }, fired: true },
      {
        condition: 'customer.trustScore == 10.0',
        ctx: { customer: { fraudCount: 1 } },
        fired: true,
      },
      { condition: 'customer.ageDays == 400.0', fired: true },
      {
        condition: 'customer.ageDays < 7',
        ctx: { customer: { accountOpenedAt: daysAgo(6.99) } },
        fired: true,
      },
      {
        condition: 'customer.ageDays < 7',
        ctx: { customer: { accountOpenedAt: daysAgo(7) } },
        fired: false,
      },
      {
        condition: 'customer.ageDays == 3.0',
        ctx: { customer: { accountOpenedAt: null, firstSeenAt: daysAgo(3) } },
        fired: true,
      },
      { condition: 'customer.ageDays == 0.0', ctx: { customer: null }, fired: true },
      { condition: 'customer.fraudCount > 0', ctx: { customer: { fraudCount: 1 } }, fired: true },
      { condition: 'customer.fraudCount > 0', fired: false },
      { condition: "customer.country == 'FR'", fired: true },
      { condition: "customer.country == ''", ctx: { customer: { country: null } }, fired: true },
    ]),
  )('%s', (_, c) => row(c));
});

const NO_RECIPIENT = { event: { recipient: null }, ctx: { recipient: null } } as const;

describe('recipient', () => {
  it.each(
    table([
      { condition: 'recipient.isKnown && recipient.timesSent == 4.0', fired: true },
      {
        condition: 'recipient.timesSent == 0 && amount > 5000',
        event: { amount: 6_000 },
        fired: false,
      },
      {
        condition: 'recipient.timesSent == 0 && amount > 5000',
        event: { amount: 6_000 },
        ctx: { recipient: { isKnown: false, timesSent: 0 } },
        fired: true,
      },
      { condition: '!recipient.isKnown && recipient.timesSent == 0', ...NO_RECIPIENT, fired: true },
      { condition: 'recipient.fanIn24h >= 5', ctx: { recipient: { fanIn24h: 5 } }, fired: true },
      { condition: 'recipient.fanIn24h >= 5', ctx: { recipient: { fanIn24h: 4 } }, fired: false },
      { condition: 'recipient.fanIn24h == 0.0', ...NO_RECIPIENT, fired: true },
      {
        condition: 'recipient.fraudCount > 0',
        ctx: { recipient: { priorFraudCount: 1 } },
        fired: true,
      },
      { condition: 'recipient.fraudCount > 0', fired: false },
      { condition: "recipient.type == 'PHONE'", fired: true },
      {
        condition: "recipient.type == 'IBAN'",
        event: { recipient: { type: 'IBAN' } },
        fired: true,
      },
      { condition: "recipient.type == ''", ...NO_RECIPIENT, fired: true },
      { condition: "recipient.country == 'FR'", fired: true },
      {
        condition: "recipient.country == ''",
        event: { recipient: { country: null } },
        fired: true,
      },
      {
        condition: 'recipient.country != customer.country',
        event: { recipient: { country: 'NG' } },
        fired: true,
      },
    ]),
  )('%s', (_, c) => row(c));
});

describe('velocity', () => {
  it.each(
    table([
      { condition: 'velocity.user.count24h == 1.0 && velocity.user.sum24h == 40.0', fired: true },
      {
        condition: 'velocity.user.count1h >= 5',
        ctx: { velocity: { user: { count1h: 5 } } },
        fired: true,
      },
      {
        condition: 'velocity.user.count1h >= 5',
        ctx: { velocity: { user: { count1h: 4 } } },
        fired: false,
      },
      {
        condition: 'velocity.user.sum1h > 1000',
        ctx: { velocity: { user: { sum1h: 1_000.5 } } },
        fired: true,
      },
      {
        condition: 'velocity.device.count24h >= 20',
        ctx: { velocity: { device: { count24h: 20 } } },
        fired: true,
      },
      {
        condition: 'velocity.device.count24h == 0.0',
        ctx: { velocity: { device: null } },
        fired: true,
      },
      {
        condition: 'velocity.ip.sum24h > 10000',
        ctx: { velocity: { ip: { sum24h: 10_001 } } },
        fired: true,
      },
      {
        condition: 'velocity.ip.sum24h > 10000',
        ctx: { velocity: { ip: { sum24h: 10_000 } } },
        fired: false,
      },
      {
        condition: 'velocity.ip.count1h + velocity.ip.count24h == 0.0',
        ctx: { velocity: { ip: null } },
        fired: true,
      },
    ]),
  )('%s', (_, c) => row(c));
});

describe('the seed examples, exactly as written', () => {
  it.each(
    table([
      {
        condition: "type == 'INTERNATIONAL_TRANSFER' && amount > 20000",
        event: { type: 'INTERNATIONAL_TRANSFER', amount: 25_000 },
        fired: true,
      },
      {
        condition: "type == 'INTERNATIONAL_TRANSFER' && amount > 20000",
        event: { type: 'INTERNATIONAL_TRANSFER', amount: 20_000 },
        fired: false,
      },
      {
        condition: "type == 'INTERNATIONAL_TRANSFER' && amount > 20000",
        event: { type: 'BANK_TRANSFER', amount: 25_000 },
        fired: false,
      },
      {
        condition: 'recipient.timesSent == 0 && amount > 5000',
        event: { amount: 5_000.01 },
        ctx: { recipient: { isKnown: false, timesSent: 0 } },
        fired: true,
      },
      {
        condition: 'recipient.timesSent == 0 && amount > 5000',
        event: { amount: 5_000.01 },
        ctx: { recipient: { timesSent: 1 } },
        fired: false,
      },
      {
        condition: '(time.hour >= 23 || time.hour <= 5) && amount > 5000',
        event: { amount: 6_000, occurredAt: new Date('2026-03-02T23:30:00Z') },
        fired: true,
      },
      {
        condition: '(time.hour >= 23 || time.hour <= 5) && amount > 5000',
        event: { amount: 6_000, occurredAt: new Date('2026-03-02T05:59:59Z') },
        fired: true,
      },
      {
        condition: '(time.hour >= 23 || time.hour <= 5) && amount > 5000',
        event: { amount: 6_000, occurredAt: new Date('2026-03-02T06:00:00Z') },
        fired: false,
      },
      {
        condition: '(time.hour >= 23 || time.hour <= 5) && amount > 5000',
        event: { amount: 5_000, occurredAt: new Date('2026-03-02T23:30:00Z') },
        fired: false,
      },
    ]),
  )('%s', (_, c) => row(c));
});

import { MINUTE_MS, SMALL_AMOUNT_WINDOW_MS } from '../windows.js';
import { amount, fired, num, pass, plural, ramp, type RuleDefinition } from './rule.js';

/**
 * CARD_TESTING's code and small-amount parameter, named once: the rule below and the SQL that
 * reads a tenant's override of the parameter (scoring's enrichment) both take them from here.
 */
export const CARD_TESTING = { code: 'CARD_TESTING', smallAmount: 'smallAmount' } as const;

const SMALL_WINDOW = `${SMALL_AMOUNT_WINDOW_MS / MINUTE_MS} minutes`;

export const TRANSACTION_RULES: RuleDefinition[] = [
  {
    code: 'AMOUNT_SPIKE',
    label: 'Amount far above the customer’s usual',
    dimension: 'TRANSACTION',
    weight: 80,
    action: null,
    priority: 0,
    params: { minHistory: 5, zScore: 3, minRatio: 2, fullZ: 6 },
    description:
      'Fires when the amount is at least zScore standard deviations and minRatio times above the customer’s mean, once minHistory events are known; adds half its weight at zScore, all of it from fullZ.',
    evaluate: (e, ctx, p) => {
      const s = ctx.customer?.stats;
      if (!s || s.count < num(p, 'minHistory')) return pass('not enough history to compare');
      const sd = Math.sqrt(s.m2 / s.count);
      const ratio = s.mean > 0 ? e.amount / s.mean : e.amount > s.mean ? Infinity : 1;
      const z = sd > 0 ? (e.amount - s.mean) / sd : e.amount > s.mean ? Infinity : 0;
      const zText = z === Infinity ? '' : ` (z ${amount(z)})`;
      const text = `amount ${amount(e.amount)} is ${ratio === Infinity ? 'far above' : `${amount(ratio)}×`} the customer's mean ${amount(s.mean)}${zText}, limits ${num(p, 'minRatio')}× and z ${num(p, 'zScore')}`;
      return z >= num(p, 'zScore') && ratio >= num(p, 'minRatio')
        ? fired(text, z === Infinity ? 1 : ramp(z, num(p, 'zScore'), num(p, 'fullZ')))
        : pass(text);
    },
  },
  {
    code: 'AMOUNT_ABOVE_RECENT',
    label: 'Amount far above the customer’s recent average',
    dimension: 'TRANSACTION',
    weight: 20,
    action: null,
    priority: 0,
    params: { minCount: 3, minRatio: 2, fullRatio: 5 },
    description:
      'Fires when the amount is at least minRatio times both the customer’s 7-day and 30-day average amounts (minCount payments in 30 days at least); all of its weight from fullRatio.',
    evaluate: (e, ctx, p) => {
      const h = ctx.history.user;
      if (h.count30d < num(p, 'minCount'))
        return pass(`fewer than ${plural(num(p, 'minCount'), 'payment')} in 30 days`);
      const avg30 = h.sum30d / h.count30d;
      const avg7 = h.count7d > 0 ? h.sum7d / h.count7d : avg30;
      const over = (avg: number) => (avg > 0 ? e.amount / avg : e.amount > 0 ? Infinity : 1);
      const r = Math.min(over(avg7), over(avg30));
      const times = (r: number) => (r === Infinity ? 'far above' : `${amount(r)}×`);
      const text = `amount ${amount(e.amount)} is ${times(over(avg7))} the 7-day average ${amount(avg7)} and ${times(over(avg30))} the 30-day average ${amount(avg30)}, limit ${num(p, 'minRatio')}×`;
      return r >= num(p, 'minRatio')
        ? fired(text, ramp(r, num(p, 'minRatio'), num(p, 'fullRatio')))
        : pass(text);
    },
  },
  {
    code: 'HIGH_AMOUNT',
    label: 'High amount',
    dimension: 'TRANSACTION',
    weight: 20,
    action: null,
    priority: 0,
    params: { limit: 10_000 },
    description: 'Fires when the amount, in the tenant’s base currency, reaches the limit.',
    evaluate: (e, _ctx, p) => {
      const limit = num(p, 'limit');
      const text = `amount ${amount(e.amount)}, limit ${amount(limit)}`;
      return e.amount >= limit ? fired(text) : pass(text);
    },
  },
  {
    code: 'VELOCITY_COUNT_1H',
    label: 'Many transactions in an hour',
    dimension: 'TRANSACTION',
    weight: 20,
    action: null,
    priority: 0,
    params: { limit: 5 },
    description:
      'Fires when the customer’s transactions in the last hour, this one included, reach the limit.',
    evaluate: (_e, ctx, p) => {
      const n = ctx.velocity.user.count1h + 1;
      const text = `${plural(n, 'transaction')} in the last hour, limit ${num(p, 'limit')}`;
      return n >= num(p, 'limit') ? fired(text) : pass(text);
    },
  },
  {
    code: 'VELOCITY_COUNT_24H',
    label: 'Many transactions in a day',
    dimension: 'TRANSACTION',
    weight: 15,
    action: null,
    priority: 0,
    params: { limit: 20 },
    description:
      'Fires when the customer’s transactions in the last 24 hours, this one included, reach the limit.',
    evaluate: (_e, ctx, p) => {
      const n = ctx.velocity.user.count24h + 1;
      const text = `${plural(n, 'transaction')} in the last 24 hours, limit ${num(p, 'limit')}`;
      return n >= num(p, 'limit') ? fired(text) : pass(text);
    },
  },
  {
    code: 'VELOCITY_AMOUNT_24H',
    label: 'High total in a day',
    dimension: 'TRANSACTION',
    weight: 20,
    action: null,
    priority: 0,
    params: { limit: 20_000 },
    description:
      'Fires when the customer’s total over the last 24 hours, this amount included, reaches the limit.',
    evaluate: (e, ctx, p) => {
      const total = ctx.velocity.user.sum24h + e.amount;
      const text = `${amount(total)} in the last 24 hours, limit ${amount(num(p, 'limit'))}`;
      return total >= num(p, 'limit') ? fired(text) : pass(text);
    },
  },
  {
    code: 'RAPID_SUCCESSION',
    label: 'Right after the previous transaction',
    dimension: 'TRANSACTION',
    weight: 15,
    action: null,
    priority: 0,
    params: { seconds: 30 },
    description:
      'Fires when the previous transaction of the customer was at most this many seconds earlier.',
    evaluate: (_e, ctx, p) => {
      const since = ctx.velocity.user.secondsSinceLast;
      if (since === null) return pass('first transaction of this customer');
      const text = `${plural(Math.round(since), 'second')} after the previous transaction, limit ${num(p, 'seconds')}`;
      return since <= num(p, 'seconds') ? fired(text) : pass(text);
    },
  },
  {
    code: CARD_TESTING.code,
    label: 'Burst of small amounts',
    dimension: 'TRANSACTION',
    weight: 30,
    action: null,
    priority: 0,
    params: { [CARD_TESTING.smallAmount]: 5, limit: 3 },
    description: `Fires when small transactions (≤ ${CARD_TESTING.smallAmount}) in the last ${SMALL_WINDOW}, this one included, reach the limit.`,
    evaluate: (e, ctx, p) => {
      const small = num(p, CARD_TESTING.smallAmount);
      const n = ctx.velocity.user.smallCount10m + (e.amount <= small ? 1 : 0);
      const text = `${plural(n, 'transaction')} of ${amount(small)} or less in ${SMALL_WINDOW}, limit ${num(p, 'limit')}`;
      return e.amount <= small && n >= num(p, 'limit') ? fired(text) : pass(text);
    },
  },
];

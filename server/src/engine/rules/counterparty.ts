import { DAY_MS, HISTORY_LONG_MS } from '../windows.js';
import { amount, fired, list, num, pass, plural, ramp, type RuleDefinition } from './rule.js';
import type { RuleParams } from '../types.js';

/** Days of the recipient's long history window, the baseline RECIPIENT_FAN_IN compares with. */
const HISTORY_DAYS = HISTORY_LONG_MS / DAY_MS;

/**
 * RECIPIENT_FAN_IN's judgment, shared with the pre-payment recipient check: `fanIn24h`
 * distinct senders in 24 hours reach `limit`, and are at least `surge` times the recipient's
 * usual day (payments received over 30 days, per day, bound its usual daily senders from above,
 * so a recipient many pay every day, a landlord or a club, does not look like a mule). Never for
 * the types in `skipTypes` (merchants are paid by many by nature).
 */
export function fanInSurges(
  recipientType: string,
  fanIn24h: number,
  received30d: number,
  p: RuleParams,
): boolean {
  if (list(p, 'skipTypes').includes(recipientType)) return false;
  return fanIn24h >= num(p, 'limit') && fanIn24h * HISTORY_DAYS >= num(p, 'surge') * received30d;
}

export const COUNTERPARTY_RULES: RuleDefinition[] = [
  {
    code: 'NEW_RECIPIENT_HIGH_VALUE',
    label: 'High value to a new recipient',
    dimension: 'COUNTERPARTY',
    weight: 20,
    action: null,
    priority: 0,
    params: { minAmount: 1_000 },
    description: 'Fires when at least minAmount goes to a recipient this customer never paid.',
    evaluate: (e, ctx, p) => {
      if (!e.recipient || !ctx.recipient) return pass('no recipient');
      if (ctx.recipient.isKnown)
        return pass(`known recipient, paid ${plural(ctx.recipient.timesSent, 'time')}`);
      const text = `new recipient, amount ${amount(e.amount)}, limit ${amount(num(p, 'minAmount'))}`;
      return e.amount >= num(p, 'minAmount') ? fired(text) : pass(text);
    },
  },
  {
    code: 'RECIPIENT_FAN_IN',
    label: 'Recipient paid by many senders',
    dimension: 'COUNTERPARTY',
    weight: 25,
    action: null,
    priority: 0,
    params: { limit: 5, skipTypes: ['MERCHANT'], surge: 3 },
    description:
      'Fires when the recipient received from at least `limit` distinct senders in 24 hours (mule pattern) and that is at least `surge` times its usual day: the payments it received over 30 days, per day. Never for recipient types in skipTypes (merchants are paid by many by nature).',
    evaluate: (e, ctx, p) => {
      if (!e.recipient || !ctx.recipient) return pass('no recipient');
      if (list(p, 'skipTypes').includes(e.recipient.type))
        return pass(`${e.recipient.type.toLowerCase()} recipient: fan-in not applicable`);
      const n = ctx.recipient.fanIn24h;
      const text = `recipient paid by ${plural(n, 'sender')} in 24 hours, limit ${num(p, 'limit')}`;
      if (n < num(p, 'limit')) return pass(text);
      const received = ctx.history.recipient?.count30d ?? 0;
      return fanInSurges(e.recipient.type, n, received, p)
        ? fired(text)
        : pass(
            `${text}; ordinary for it: ${plural(received, 'payment')} received in ${HISTORY_DAYS} days`,
          );
    },
  },
  {
    code: 'RECIPIENT_FLAGGED',
    label: 'Recipient linked to fraud',
    dimension: 'COUNTERPARTY',
    weight: 80,
    action: null,
    priority: 0,
    params: { minReports: 2, minRate: 0.1, fullReports: 8 },
    description:
      'Fires when the recipient is on a deny or watch list, or when at least minReports of its payments were reported as fraud in the last 7 days and they are at least minRate of the payments it received in those days; all of its weight from fullReports.',
    evaluate: (e, ctx, p) => {
      if (!e.recipient || !ctx.recipient) return pass('no recipient');
      const listed = ctx.listMatches.find((m) => m.kind === 'RECIPIENT' && m.list !== 'ALLOW');
      if (listed) return fired(`recipient is on the ${listed.list.toLowerCase()} list`);
      if (ctx.listMatches.some((m) => m.kind === 'RECIPIENT' && m.list === 'ALLOW'))
        return pass('recipient is on the allow list');
      const h = ctx.history.recipient;
      const reports = h?.reports7d ?? 0;
      if (reports === 0) return pass('no recent fraud reports for this recipient');
      const received = h?.count7d ?? 0;
      const text = `${plural(reports, 'payment')} to this recipient reported as fraud in the last 7 days (${plural(received, 'payment')} received in 7 days), limit ${num(p, 'minReports')}`;
      return reports >= num(p, 'minReports') && reports / Math.max(1, received) >= num(p, 'minRate')
        ? fired(text, ramp(reports, num(p, 'minReports'), num(p, 'fullReports')))
        : pass(text);
    },
  },
];

import { amount, fired, num, pass, plural, type RuleDefinition } from './rule.js';

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
    params: { limit: 5 },
    description:
      'Fires when the recipient received from at least `limit` distinct senders in 24 hours (mule pattern).',
    evaluate: (e, ctx, p) => {
      if (!e.recipient || !ctx.recipient) return pass('no recipient');
      const n = ctx.recipient.fanIn24h;
      const text = `recipient paid by ${plural(n, 'sender')} in 24 hours, limit ${num(p, 'limit')}`;
      return n >= num(p, 'limit') ? fired(text) : pass(text);
    },
  },
  {
    code: 'RECIPIENT_FLAGGED',
    label: 'Recipient linked to fraud',
    dimension: 'COUNTERPARTY',
    weight: 40,
    action: null,
    priority: 0,
    params: {},
    description:
      'Fires when the recipient received confirmed-fraud payments or is on a deny or watch list.',
    evaluate: (e, ctx) => {
      if (!e.recipient || !ctx.recipient) return pass('no recipient');
      const listed = ctx.listMatches.find((m) => m.kind === 'RECIPIENT' && m.list !== 'ALLOW');
      if (ctx.recipient.priorFraudCount > 0) {
        return fired(
          `recipient received ${plural(ctx.recipient.priorFraudCount, 'confirmed fraudulent payment')}`,
        );
      }
      if (listed) return fired(`recipient is on the ${listed.list.toLowerCase()} list`);
      return pass('no fraud linked to this recipient');
    },
  },
];

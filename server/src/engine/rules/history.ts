import { fired, num, pass, plural, ramp, type RuleDefinition } from './rule.js';

const DAY_MS = 86_400_000;

export const HISTORY_RULES: RuleDefinition[] = [
  {
    code: 'UNUSUAL_HOUR',
    label: 'Unusual hour for this customer',
    dimension: 'HISTORY',
    weight: 5,
    action: null,
    priority: 0,
    params: { minHistory: 20, maxShare: 0.02 },
    description:
      'Fires when at most maxShare of the customer’s past events fell in this hour of day (UTC), once minHistory events are known.',
    evaluate: (e, ctx, p) => {
      const c = ctx.customer;
      if (!c || c.stats.count < num(p, 'minHistory')) return pass('not enough history to compare');
      const hour = e.occurredAt.getUTCHours();
      const share = (c.hourHistogram[hour] ?? 0) / c.stats.count;
      const text = `${Math.round(share * 1000) / 10}% of past events at ${String(hour).padStart(2, '0')}:00 UTC, limit ${Math.round(num(p, 'maxShare') * 1000) / 10}%`;
      return share <= num(p, 'maxShare') ? fired(text) : pass(text);
    },
  },
  {
    code: 'DORMANT_REACTIVATION',
    label: 'Dormant account active again',
    dimension: 'HISTORY',
    weight: 15,
    action: null,
    priority: 0,
    params: { days: 90 },
    description: 'Fires when the customer’s previous event was at least `days` days ago.',
    evaluate: (e, ctx, p) => {
      const last = ctx.customer?.lastSeenAt;
      if (!last) return pass('no earlier event');
      const days = Math.floor((e.occurredAt.getTime() - last.getTime()) / DAY_MS);
      const text = `${plural(days, 'day')} since the previous event, limit ${num(p, 'days')}`;
      return days >= num(p, 'days') ? fired(text) : pass(text);
    },
  },
  {
    code: 'PRIOR_FRAUD',
    label: 'Customer with recently confirmed fraud',
    dimension: 'HISTORY',
    weight: 10,
    action: null,
    priority: 0,
    params: { minReports: 1, fullReports: 5 },
    description:
      'Fires when at least minReports of the customer’s transactions were reported as fraud (label or chargeback) in the last 7 days; all of its weight from fullReports.',
    evaluate: (_e, ctx, p) => {
      const n = ctx.history.user.reports7d;
      const ever = ctx.customer?.fraudCount ?? 0;
      if (n === 0)
        return pass(
          ever > 0
            ? `no fraud confirmed in the last 7 days (${plural(ever, 'confirmed fraud')} before)`
            : 'no fraud confirmed in the last 7 days',
        );
      const text = `${plural(n, 'transaction')} confirmed as fraud in the last 7 days, limit ${num(p, 'minReports')}`;
      return n >= num(p, 'minReports')
        ? fired(text, ramp(n, num(p, 'minReports'), num(p, 'fullReports')))
        : pass(text);
    },
  },
];

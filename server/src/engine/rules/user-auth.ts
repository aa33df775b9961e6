import { amount, fired, num, pass, plural, type RuleDefinition } from './rule.js';

const DAY_MS = 86_400_000;

export const USER_AUTH_RULES: RuleDefinition[] = [
  {
    code: 'NEW_ACCOUNT_HIGH_VALUE',
    label: 'High value on a new account',
    dimension: 'USER_AUTH',
    weight: 20,
    action: null,
    priority: 0,
    params: { maxAgeDays: 7, minAmount: 1_000 },
    description: 'Fires when an account younger than maxAgeDays moves at least minAmount.',
    evaluate: (e, ctx, p) => {
      const opened = ctx.customer?.accountOpenedAt ?? ctx.customer?.firstSeenAt ?? e.occurredAt;
      const ageDays = Math.max(0, (e.occurredAt.getTime() - opened.getTime()) / DAY_MS);
      const text = `account ${plural(Math.floor(ageDays), 'day')} old, amount ${amount(e.amount)} (limits ${num(p, 'maxAgeDays')} days, ${amount(num(p, 'minAmount'))})`;
      return ageDays < num(p, 'maxAgeDays') && e.amount >= num(p, 'minAmount')
        ? fired(text)
        : pass(text);
    },
  },
  {
    code: 'SESSION_DEVICE_CHANGE',
    label: 'Device changed within a session',
    dimension: 'USER_AUTH',
    weight: 20,
    action: null,
    priority: 0,
    params: {},
    description: 'Fires when the same session was seen on another device in the last 24 hours.',
    evaluate: (e, ctx) => {
      const previous = ctx.velocity.user.previousSessionDevice;
      if (!e.sessionId || !e.deviceId || !previous)
        return pass('no earlier device in this session');
      return previous !== e.deviceId
        ? fired('session moved to another device')
        : pass('same device as earlier in the session');
    },
  },
];

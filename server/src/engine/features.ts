import type { HistoryWindow, ScoringContext, TransactionEvent } from './types.js';

/**
 * The feature vector of a transaction: what the rules see, as numbers, in a fixed order. It is
 * computed when the event is scored and stored with it, so a model trains on exactly what was
 * known then (a label reported later never leaks into an earlier row). Names are stable: a
 * stored model names the features it reads, and a new feature goes at the end.
 */
export const FEATURE_NAMES = [
  'amount_log',
  'amount_vs_mean',
  'amount_z',
  'amount_vs_7d',
  'amount_vs_30d',
  'user_count_1d',
  'user_count_7d',
  'user_count_30d',
  'user_history',
  'recipient_count_1d',
  'recipient_count_7d',
  'recipient_count_30d',
  'recipient_reports_7d',
  'recipient_fraud_30d',
  'recipient_risk_30d',
  'recipient_new',
  'user_fraud_30d',
  'user_fraud_ever',
  'night',
  'weekend',
  'since_last_log',
  'device_users_log',
  'ip_users_log',
  'device_new',
  'listed',
  'recipient_report_rate_7d',
  'user_reports_7d',
] as const;
export type FeatureName = (typeof FEATURE_NAMES)[number];

/** One line of explanation per feature, for the console and docs/model.md. */
export const FEATURE_DESCRIPTIONS: Record<FeatureName, string> = {
  amount_log: 'ln(1 + amount in base currency)',
  amount_vs_mean: 'ln(1 + amount) − ln(1 + the customer’s mean amount); 0 without history',
  amount_z: 'standard deviations above the customer’s mean, clamped to [−5, 20]',
  amount_vs_7d: 'ln(1 + amount) − ln(1 + the customer’s mean amount over 7 days)',
  amount_vs_30d: 'ln(1 + amount) − ln(1 + the customer’s mean amount over 30 days)',
  user_count_1d: 'ln(1 + the customer’s transactions in 24 hours)',
  user_count_7d: 'ln(1 + the customer’s transactions in 7 days)',
  user_count_30d: 'ln(1 + the customer’s transactions in 30 days)',
  user_history: 'ln(1 + the customer’s transactions ever)',
  recipient_count_1d: 'ln(1 + payments to the recipient in 24 hours)',
  recipient_count_7d: 'ln(1 + payments to the recipient in 7 days)',
  recipient_count_30d: 'ln(1 + payments to the recipient in 30 days)',
  recipient_reports_7d:
    'ln(1 + fraud reports on the recipient’s payments that arrived in the last 7 days)',
  recipient_fraud_30d: 'ln(1 + the recipient’s payments of the last 30 days known as fraud)',
  recipient_risk_30d: 'share of the recipient’s payments of the last 30 days known as fraud',
  recipient_new: '1 when this customer never paid the recipient',
  user_fraud_30d: 'ln(1 + the customer’s transactions of the last 30 days known as fraud)',
  user_fraud_ever: '1 when any earlier transaction of the customer is known as fraud',
  night: '1 between 00:00 and 06:00 UTC',
  weekend: '1 on Saturday and Sunday (UTC)',
  since_last_log: 'ln(1 + seconds since the customer’s previous transaction), at most 30 days',
  device_users_log:
    'ln(users sharing the device over 30 days, this one included); 0 without device',
  ip_users_log: 'ln(users sharing the IP over 30 days, this one included); 0 without IP',
  device_new: '1 when the device was sent and the customer never used it',
  listed: '1 when the user, device, IP, e-mail, recipient or a country is on a deny or watch list',
  recipient_report_rate_7d:
    'fraud reports on the recipient in the last 7 days per payment it received in those days',
  user_reports_7d: 'ln(1 + fraud reports on the customer’s transactions in the last 7 days)',
};

const MONTH_S = 30 * 86_400;
const EMPTY: HistoryWindow = {
  count7d: 0,
  sum7d: 0,
  count30d: 0,
  sum30d: 0,
  fraud30d: 0,
  reports7d: 0,
};

const ln1p = Math.log1p;
const relative = (amount: number, count: number, sum: number) =>
  count > 0 ? ln1p(amount) - ln1p(Math.max(0, sum / count)) : 0;
const flag = (value: boolean) => (value ? 1 : 0);

/** The feature vector of `event` in FEATURE_NAMES order. Finite for every input. */
export function transactionFeatures(event: TransactionEvent, ctx: ScoringContext): number[] {
  const amount = Math.max(0, event.amount);
  const stats = ctx.customer?.stats;
  const n = stats?.count ?? 0;
  const mean = stats?.mean ?? 0;
  const sd = stats && n > 0 ? Math.sqrt(stats.m2 / n) : 0;
  const user = ctx.history.user;
  const recipient = ctx.history.recipient ?? EMPTY;
  const since = ctx.velocity.user.secondsSinceLast;
  const day = event.occurredAt.getUTCDay();
  const listed = ctx.listMatches.some((m) => m.list !== 'ALLOW');
  const values = [
    ln1p(amount),
    n >= 1 ? ln1p(amount) - ln1p(Math.max(0, mean)) : 0,
    n >= 2 && sd > 0 ? Math.min(20, Math.max(-5, (amount - mean) / sd)) : 0,
    relative(amount, user.count7d, user.sum7d),
    relative(amount, user.count30d, user.sum30d),
    ln1p(ctx.velocity.user.count24h),
    ln1p(user.count7d),
    ln1p(user.count30d),
    ln1p(n),
    ln1p(ctx.velocity.recipient?.count24h ?? 0),
    ln1p(recipient.count7d),
    ln1p(recipient.count30d),
    ln1p(recipient.reports7d),
    ln1p(recipient.fraud30d),
    recipient.fraud30d / Math.max(1, recipient.count30d),
    flag(event.recipient !== null && ctx.recipient !== null && !ctx.recipient.isKnown),
    ln1p(user.fraud30d),
    flag((ctx.customer?.fraudCount ?? 0) > 0),
    flag(event.occurredAt.getUTCHours() < 6),
    flag(day === 0 || day === 6),
    ln1p(since === null ? MONTH_S : Math.min(Math.max(0, since), MONTH_S)),
    Math.log(Math.max(1, ctx.linkage.usersPerDevice)),
    Math.log(Math.max(1, ctx.linkage.usersPerIp)),
    flag(ctx.deviceKnown === false),
    flag(listed),
    recipient.reports7d / Math.max(1, recipient.count7d),
    ln1p(user.reports7d),
  ];
  return values.map((v) => (Number.isFinite(v) ? v : 0));
}

/** Each feature's position, found once (the tie-break runs on every score). */
const POSITION = Object.fromEntries(FEATURE_NAMES.map((name, i) => [name, i])) as Record<
  FeatureName,
  number
>;
const at = (values: readonly number[], name: FeatureName) => values[POSITION[name]] ?? 0;

/**
 * A number in [0, 0.49) that orders events sharing an integer riskScore by their continuous
 * evidence (how far the amount is above the customer's own, recent fraud reports and fraud
 * rate of the recipient, the customer's known fraud), so that a list sorted by score is also
 * sorted within a score. It never changes riskScore: riskScore + tieBreak rounds to riskScore.
 */
export function tieBreak(values: readonly number[]): number {
  const evidence =
    0.3 * Math.max(0, at(values, 'amount_z')) +
    0.5 * Math.max(0, Math.min(at(values, 'amount_vs_7d'), at(values, 'amount_vs_30d'))) +
    0.5 * at(values, 'recipient_reports_7d') +
    3 * at(values, 'recipient_risk_30d') +
    0.3 * at(values, 'user_fraud_30d');
  return 0.49 * (1 - Math.exp(-Math.max(0, evidence)));
}

import { isReassuringCustom } from './custom/evaluate.js';
import { stdDev } from './profile.js';
import type { CheckSummaries, Policy, ScoringContext, Signals, TransactionEvent } from './types.js';

const ANY = (fired: Set<string>, codes: string[]) => codes.some((c) => fired.has(c));

function paramOf(policy: Policy, code: string, key: string, fallback: number): number {
  const value = policy.rules.find((r) => r.code === code)?.params[key];
  return typeof value === 'number' ? value : fallback;
}

/** Signals and per-area summaries that make a score readable; derived, never scored. */
export function explain(
  event: TransactionEvent,
  ctx: ScoringContext,
  policy: Policy,
  fired: Set<string>,
): { signals: Signals; checks: CheckSummaries } {
  const positive: string[] = [];
  const negative: string[] = [];
  const neutral: string[] = [];
  const stats = ctx.customer?.stats;
  const history = stats?.count ?? 0;

  if (history === 0) neutral.push('first_transaction');
  else if (history >= 10) positive.push('established_customer');
  if (ctx.recipient?.isKnown) positive.push('known_recipient');
  else if (event.recipient) negative.push('new_recipient');
  if (stats && history >= 5) {
    const sd = stdDev(stats);
    if (Math.abs(event.amount - stats.mean) <= 2 * sd || event.amount <= stats.mean)
      positive.push('normal_amount');
  }
  if (event.deviceId === null) neutral.push('no_device');
  else if (ctx.deviceKnown) positive.push('trusted_device');
  else if (history > 0) negative.push('new_device');
  if (event.ip === null) neutral.push('no_ip');
  if (ctx.listMatches.some((m) => m.list === 'ALLOW')) positive.push('allow_listed');
  // Fired rules are negative signals, except allow-list style rules (already 'allow_listed');
  // a rule named like a signal above (NEW_DEVICE → 'new_device') is not listed twice; a custom
  // rule that lowers the score or allows is a positive signal.
  for (const code of fired) {
    const signal = code.toLowerCase();
    if (isReassuringCustom(policy, code)) {
      positive.push(signal);
      continue;
    }
    const action = policy.rules.find((r) => r.code === code)?.action;
    if (action !== 'ALLOW' && !negative.includes(signal)) negative.push(signal);
  }

  const dailyCount = ctx.velocity.user.count24h + 1;
  const recipientFlagged = fired.has('RECIPIENT_FLAGGED');
  const checks: CheckSummaries = {
    velocity: {
      passed: !ANY(fired, [
        'VELOCITY_COUNT_1H',
        'VELOCITY_COUNT_24H',
        'VELOCITY_AMOUNT_24H',
        'RAPID_SUCCESSION',
        'CARD_TESTING',
      ]),
      dailyCount,
      dailyLimit: paramOf(policy, 'VELOCITY_COUNT_24H', 'limit', 20),
    },
    amount: {
      passed: !ANY(fired, ['AMOUNT_SPIKE', 'AMOUNT_ABOVE_RECENT', 'HIGH_AMOUNT']),
      vsAverage:
        stats && stats.count > 0 && stats.mean > 0
          ? Math.round((event.amount / stats.mean) * 100) / 100
          : null,
    },
    recipient: {
      passed: !ANY(fired, ['NEW_RECIPIENT_HIGH_VALUE', 'RECIPIENT_FAN_IN', 'RECIPIENT_FLAGGED']),
      isKnown: ctx.recipient?.isKnown ?? false,
      trustLevel: !event.recipient
        ? 'NONE'
        : recipientFlagged
          ? 'FLAGGED'
          : (ctx.recipient?.timesSent ?? 0) >= 3
            ? 'TRUSTED'
            : ctx.recipient?.isKnown
              ? 'KNOWN'
              : 'NEW',
    },
    device: {
      passed: !ANY(fired, [
        'NEW_DEVICE',
        'DEVICE_REUSED',
        'IP_VELOCITY',
        'TOR_EXIT',
        'HOSTING_ASN',
        'SESSION_DEVICE_CHANGE',
      ]),
      isTrusted: ctx.deviceKnown === true,
    },
  };
  return { signals: { positive, negative, neutral }, checks };
}

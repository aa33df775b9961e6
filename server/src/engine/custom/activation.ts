/**
 * The values custom-rule conditions read: plain objects shaped exactly as the catalogues in
 * variables.ts, built once per event and only when its policy has custom rules. Unknown facts
 * take the neutral values the catalogue documents (0, '', false).
 */
import type { AccountContext, AccountEvent } from '../account/types.js';
import { stdDev, trustScore } from '../profile.js';
import type { ScoringContext, TransactionEvent, Window } from '../types.js';
import { DAY_MS } from '../windows.js';
import { BUILT_IN_CODES } from './variables.js';

export type Variables = Readonly<Record<string, unknown>>;

function timeOf(at: Date): { hour: number; dayOfWeek: number } {
  return { hour: at.getUTCHours(), dayOfWeek: at.getUTCDay() };
}

/** Every built-in code of the pack → whether it fired as an ACTIVE rule. */
function rulesOf(codes: readonly string[], fired: ReadonlySet<string>): Record<string, boolean> {
  const rules: Record<string, boolean> = {};
  for (const code of codes) rules[code] = fired.has(code);
  return rules;
}

function windowOf(w: Window | null) {
  return {
    count1h: w?.count1h ?? 0,
    sum1h: w?.sum1h ?? 0,
    count24h: w?.count24h ?? 0,
    sum24h: w?.sum24h ?? 0,
  };
}

/** The customer as the customer page shows it: age from opening (else first seen), trust. */
function customerOf(c: ScoringContext['customer'], at: Date) {
  const opened = c?.accountOpenedAt ?? c?.firstSeenAt ?? null;
  const ageDays = opened ? Math.max(0, (at.getTime() - opened.getTime()) / DAY_MS) : 0;
  const count = c?.stats.count ?? 0;
  const fraudCount = c?.fraudCount ?? 0;
  return {
    known: c !== null,
    count,
    average: c?.stats.mean ?? 0,
    max: c?.stats.max ?? 0,
    stdDev: c ? stdDev(c.stats) : 0,
    trustScore: trustScore({ count, accountAgeDays: ageDays, fraudCount }),
    ageDays,
    fraudCount,
    country: c?.country ?? '',
  };
}

/** Variables of a transaction; `fired` holds the codes of the fired ACTIVE built-in rules. */
export function transactionVariables(
  event: TransactionEvent,
  ctx: ScoringContext,
  fired: ReadonlySet<string>,
): Variables {
  const r = ctx.recipient;
  const model = ctx.model && !ctx.model.shadow ? ctx.model : null;
  return {
    amount: event.originalAmount ?? event.amount,
    amountBase: event.amount,
    currency: event.currency ?? '',
    type: event.type,
    channel: event.channel ?? '',
    time: timeOf(event.occurredAt),
    customer: customerOf(ctx.customer, event.occurredAt),
    recipient: {
      isKnown: r?.isKnown ?? false,
      timesSent: r?.timesSent ?? 0,
      fanIn24h: r?.fanIn24h ?? 0,
      fraudCount: r?.priorFraudCount ?? 0,
      type: event.recipient?.type ?? '',
      country: event.recipient?.country ?? '',
    },
    velocity: {
      user: windowOf(ctx.velocity.user),
      device: windowOf(ctx.velocity.device),
      ip: windowOf(ctx.velocity.ip),
    },
    device: { id: event.deviceId ?? '', known: ctx.deviceKnown === true },
    ip: {
      country: ctx.geo.ipCountry ?? '',
      tor: ctx.reputation.torExit,
      hosting: ctx.reputation.hostingAsn,
    },
    geo: {
      country: event.country ?? '',
      distanceKm: ctx.geo.distanceKm ?? 0,
      speedKmh: ctx.geo.speedKmh ?? 0,
    },
    rules: rulesOf(BUILT_IN_CODES.TRANSACTION, fired),
    model: { active: model !== null, score: model ? model.probability * 100 : 0 },
  };
}

/** Variables of an account event; `fired` holds the codes of the fired ACTIVE built-in rules. */
export function accountVariables(
  event: AccountEvent,
  ctx: AccountContext,
  fired: ReadonlySet<string>,
): Variables {
  const b = event.behavior;
  return {
    type: event.type,
    email: event.email ?? '',
    emailDomain: event.emailDomain ?? '',
    disposableEmail: ctx.disposableEmail,
    device: {
      id: event.deviceId ?? '',
      known: ctx.deviceKnownForAccount === true,
      headless: event.userAgent?.headless ?? false,
      browser: event.userAgent?.browser ?? '',
      os: event.userAgent?.os ?? '',
      timezoneGapHours: ctx.timezoneGapHours ?? 0,
    },
    behavior: {
      collected: b !== null,
      completionMs: b?.completionMs ?? 0,
      pointerPoints: b?.pointerPoints ?? 0,
      straightness: b?.straightness ?? 0,
      keystrokes: b?.keystrokes ?? 0,
      pastes: b?.pastes ?? 0,
    },
    linkage: {
      accountsOnDevice: ctx.accountsOnDevice,
      accountsOnIp: ctx.accountsOnIp,
      accountsWithEmail: ctx.accountsWithEmail,
    },
    velocity: {
      signupsFromIp1h: ctx.signupsFromIp1h,
      signupsFromDevice1h: ctx.signupsFromDevice1h,
      failedLoginsAccount1h: ctx.failedLoginsAccount1h,
      failedLoginsIp1h: ctx.failedLoginsIp1h,
    },
    ip: { tor: ctx.torExit, hosting: ctx.hostingAsn },
    time: timeOf(event.occurredAt),
    rules: rulesOf(BUILT_IN_CODES.ACCOUNT, fired),
  };
}

/**
 * Fixture builders for the engine's tests. Import only from `*.test.ts` files.
 *
 * The defaults describe a quiet, established customer paying a known recipient from a known
 * device in their own country: evaluating them fires no rule (score 0, ALLOW). Each test then
 * overrides just the fields it is about. Pure like the rest of engine/: fixed dates, no clock,
 * no randomness; every call returns fresh objects, so tests may mutate what they get.
 */
import type { AccountContext, AccountEvent } from './account/types.js';
import { DEFAULT_TRANSACTION_THRESHOLDS, effectiveRules, type RuleOverride } from './policy.js';
import { DEFAULT_TRANSACTION_RULES, RULES_BY_CODE, type RuleOutcome } from './rules/index.js';
import type {
  AmountStats,
  CustomerSnapshot,
  GeoContext,
  HistoryWindow,
  LinkageContext,
  ListMatch,
  ModelOutput,
  Policy,
  RecipientContext,
  RuleParams,
  ScoringContext,
  Thresholds,
  TransactionEvent,
  VelocityContext,
  Window,
} from './types.js';

export const DAY_MS = 86_400_000;
export const HOUR_MS = 3_600_000;

/** When the default event happens: a Monday at noon UTC. */
export const NOW_ISO = '2026-03-02T12:00:00Z';

/** A fresh copy of the default event time, optionally shifted by `ms`. */
export function at(ms = 0): Date {
  return new Date(Date.parse(NOW_ISO) + ms);
}

/** A date `days` days (fractions allowed) before the default event time. */
export function daysAgo(days: number): Date {
  return at(-days * DAY_MS);
}

type Recipient = NonNullable<TransactionEvent['recipient']>;

export type EventOverrides = Partial<Omit<TransactionEvent, 'recipient'>> & {
  /** `null` removes the recipient; an object is merged onto the default one. */
  recipient?: Partial<Recipient> | null;
};

export function makeEvent(overrides: EventOverrides = {}): TransactionEvent {
  const { recipient, ...rest } = overrides;
  const defaultRecipient: Recipient = { type: 'PHONE', value: '+33600000002', country: 'FR' };
  return {
    userId: 'user-1',
    amount: 50,
    type: 'P2P_TRANSFER',
    channel: 'mobile',
    occurredAt: at(),
    deviceId: 'device-1',
    sessionId: 'session-1',
    ip: '203.0.113.10',
    email: 'alice@example.com',
    phone: '+33600000001',
    country: 'FR',
    ...rest,
    recipient: recipient === null ? null : { ...defaultRecipient, ...recipient },
  };
}

/** Thirty past events, mean 50, standard deviation 15, between 09:00 and 18:59 UTC. */
export function defaultStats(): AmountStats {
  return { count: 30, mean: 50, m2: 30 * 15 * 15, max: 120, total: 1_500 };
}

/** Three events in each hour from 09:00 to 18:00 UTC: 30 in all, matching defaultStats(). */
export function defaultHourHistogram(): number[] {
  return Array.from({ length: 24 }, (_, hour) => (hour >= 9 && hour <= 18 ? 3 : 0));
}

export type CustomerOverrides = Partial<Omit<CustomerSnapshot, 'stats'>> & {
  stats?: Partial<AmountStats>;
};

export interface ContextOverrides {
  /** `null` means an unknown customer; an object is merged onto the default one (stats too). */
  customer?: CustomerOverrides | null;
  velocity?: {
    user?: Partial<VelocityContext['user']>;
    device?: Partial<Window> | null;
    ip?: Partial<Window> | null;
    recipient?: Partial<Window> | null;
  };
  /** Merged onto a quiet month (the customer's and the recipient's); `null` recipient: none. */
  history?: { user?: Partial<HistoryWindow>; recipient?: Partial<HistoryWindow> | null };
  linkage?: Partial<LinkageContext>;
  deviceKnown?: boolean | null;
  recipient?: Partial<RecipientContext> | null;
  geo?: Partial<GeoContext>;
  listMatches?: ListMatch[];
  reputation?: Partial<ScoringContext['reputation']>;
  /** The acting model's verdict (rules/model.ts); absent: none. */
  model?: ModelOutput | null;
}

/** About one event a day at the mean amount of defaultStats(), no fraud. */
function quietHistory(): HistoryWindow {
  return { count7d: 7, sum7d: 350, count30d: 30, sum30d: 1_500, fraud30d: 0, reports7d: 0 };
}

function quietWindow(): Window {
  return { count1h: 0, sum1h: 0, count24h: 1, sum24h: 40 };
}

/** Merges a window override onto a quiet window; `null` removes it. */
function window(override: Partial<Window> | null | undefined): Window | null {
  return override === null ? null : { ...quietWindow(), ...override };
}

export function makeContext(overrides: ContextOverrides = {}): ScoringContext {
  const customer: CustomerSnapshot = {
    stats: defaultStats(),
    firstSeenAt: daysAgo(400),
    lastSeenAt: daysAgo(1),
    hourHistogram: defaultHourHistogram(),
    accountOpenedAt: daysAgo(400),
    country: 'FR',
    fraudCount: 0,
  };
  const recipient: RecipientContext = {
    isKnown: true,
    timesSent: 4,
    firstSentAt: daysAgo(120),
    lastSentAt: daysAgo(10),
    fanIn24h: 1,
    priorFraudCount: 0,
  };
  const v = overrides.velocity ?? {};
  return {
    customer:
      overrides.customer === null
        ? null
        : {
            ...customer,
            ...overrides.customer,
            stats: { ...customer.stats, ...overrides.customer?.stats },
          },
    velocity: {
      user: {
        ...quietWindow(),
        smallCount10m: 0,
        secondsSinceLast: 20 * 3600,
        previousSessionDevice: null,
        ...v.user,
      },
      device: window(v.device),
      ip: window(v.ip),
      recipient: window(v.recipient),
    },
    history: {
      user: { ...quietHistory(), ...overrides.history?.user },
      recipient:
        overrides.history?.recipient === null
          ? null
          : { ...quietHistory(), ...overrides.history?.recipient },
    },
    linkage: {
      usersPerDevice: 1,
      usersPerIp: 1,
      usersPerEmail: 1,
      usersPerPhone: 1,
      ...overrides.linkage,
    },
    deviceKnown: overrides.deviceKnown === undefined ? true : overrides.deviceKnown,
    recipient: overrides.recipient === null ? null : { ...recipient, ...overrides.recipient },
    geo: { ipCountry: 'FR', distanceKm: 2, speedKmh: 0.1, ...overrides.geo },
    listMatches: (overrides.listMatches ?? []).map((m) => ({ ...m })),
    reputation: { torExit: false, hostingAsn: false, ...overrides.reputation },
    model: overrides.model ? structuredClone(overrides.model) : null,
  };
}

export interface PolicyOverrides {
  /** Per-rule overrides, exactly as a tenant stores them. */
  rules?: Readonly<Record<string, RuleOverride>>;
  thresholds?: Partial<Thresholds>;
}

/** The default transaction policy (every rule ACTIVE), with optional tenant-style overrides. */
export function makePolicy(overrides: PolicyOverrides = {}): Policy {
  return {
    rules: effectiveRules(DEFAULT_TRANSACTION_RULES, overrides.rules ?? {}),
    thresholds: { ...DEFAULT_TRANSACTION_THRESHOLDS, ...overrides.thresholds },
  };
}

/** Runs one default rule's evaluator with its default parameters (merged with `params`). */
export function evaluateRule(
  code: string,
  event: TransactionEvent,
  ctx: ScoringContext,
  params: RuleParams = {},
): RuleOutcome {
  const rule = RULES_BY_CODE.get(code);
  if (!rule) throw new Error(`no default rule ${code}`);
  return rule.evaluate(event, ctx, { ...rule.params, ...params });
}

/** A list match with the usual shape, for `listMatches`. */
export function listMatch(
  list: ListMatch['list'],
  kind: ListMatch['kind'],
  value: string,
  reason: string | null = null,
): ListMatch {
  return { list, kind, value, reason };
}

/** One row of a rule's boundary table. */
export interface RuleCase {
  name: string;
  event?: EventOverrides;
  ctx?: ContextOverrides;
  params?: RuleParams;
  fired: boolean;
  /** The strength a fired outcome must carry (weight × strength points); checked when given. */
  strength?: number;
  /** The exact detail, or a pattern it must match. */
  detail?: string | RegExp;
}

/** Evaluates a boundary-table row against the default fixtures with its overrides. */
export function evaluateCase(code: string, c: RuleCase): RuleOutcome {
  return evaluateRule(code, makeEvent(c.event), makeContext(c.ctx), c.params);
}

/** A human signup from a fresh, regular device: the default pack fires nothing on it. */
export function makeAccountEvent(overrides: Partial<AccountEvent> = {}): AccountEvent {
  return {
    type: 'SIGNUP',
    userId: 'user-1',
    occurredAt: at(),
    email: 'alice@example.com',
    emailDomain: 'example.com',
    ip: '203.0.113.10',
    deviceId: 'fp-1',
    userAgent: { browser: 'Firefox', os: 'Linux', headless: false },
    deviceTimezone: 'Europe/Paris',
    behavior: {
      completionMs: 25_000,
      pointerPoints: 120,
      pathLength: 2_400,
      straightness: 0.6,
      keystrokes: 40,
      pastes: 0,
    },
    ...overrides,
  };
}

export function makeAccountContext(overrides: Partial<AccountContext> = {}): AccountContext {
  return {
    disposableEmail: false,
    accountsOnDevice: 0,
    accountsOnIp: 0,
    accountsWithEmail: 0,
    signupsFromIp1h: 0,
    signupsFromDevice1h: 0,
    failedLoginsAccount1h: 0,
    failedLoginsIp1h: 0,
    deviceKnownForAccount: null,
    location: null,
    previousLogin: null,
    timezoneGapHours: null,
    torExit: false,
    hostingAsn: false,
    listMatches: [],
    ...overrides,
  };
}

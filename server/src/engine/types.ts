/**
 * The scoring engine's vocabulary. Pure data: no I/O, no clock, no GraphQL. Closed sets are
 * `as const` arrays; the GraphQL enums are registered from the same arrays.
 */

/** Decisions in severity order: a later entry is more severe. */
export const DECISIONS = ['ALLOW', 'REVIEW', 'CHALLENGE', 'BLOCK'] as const;
export type Decision = (typeof DECISIONS)[number];

export function severity(decision: Decision): number {
  return DECISIONS.indexOf(decision);
}

export function mostSevere(a: Decision, b: Decision): Decision {
  return severity(a) >= severity(b) ? a : b;
}

export const RISK_LEVELS = ['LOW', 'MEDIUM', 'HIGH', 'CRITICAL'] as const;
export type RiskLevel = (typeof RISK_LEVELS)[number];

export const DIMENSIONS = [
  'TRANSACTION',
  'DEVICE_NETWORK',
  'USER_AUTH',
  'COUNTERPARTY',
  'GEO',
  'HISTORY',
  'LIST',
  'MODEL',
] as const;
export type Dimension = (typeof DIMENSIONS)[number];

export const RULE_STATUSES = ['ACTIVE', 'SHADOW', 'DISABLED'] as const;
export type RuleStatus = (typeof RULE_STATUSES)[number];

export const CHECK_STATUSES = ['FIRED', 'PASS', 'DISABLED', 'SHADOW_FIRED'] as const;
export type CheckStatus = (typeof CHECK_STATUSES)[number];

export const TRANSACTION_TYPES = [
  'P2P_TRANSFER',
  'BILL_PAYMENT',
  'MERCHANT_PAYMENT',
  'CASH_WITHDRAWAL',
  'BANK_TRANSFER',
  'INTERNATIONAL_TRANSFER',
  'MOBILE_TOPUP',
  'CARD_PAYMENT',
  'OTHER',
] as const;
export type TransactionType = (typeof TRANSACTION_TYPES)[number];

export const RECIPIENT_TYPES = [
  'PHONE',
  'EMAIL',
  'ACCOUNT',
  'IBAN',
  'CARD',
  'MERCHANT',
  'WALLET',
  'OTHER',
] as const;
export type RecipientType = (typeof RECIPIENT_TYPES)[number];

export const LISTS = ['ALLOW', 'DENY', 'WATCH'] as const;
export type ListName = (typeof LISTS)[number];

export const LIST_KINDS = [
  'USER',
  'EMAIL',
  'EMAIL_DOMAIN',
  'PHONE',
  'IP',
  'CIDR',
  'DEVICE',
  'RECIPIENT',
  'COUNTRY',
] as const;
export type ListKind = (typeof LIST_KINDS)[number];

/** A normalized transaction as the engine sees it. Amounts are in the tenant's base currency. */
export interface TransactionEvent {
  userId: string;
  /** Amount converted to the tenant's base currency. */
  amount: number;
  type: TransactionType;
  channel: string | null;
  occurredAt: Date;
  deviceId: string | null;
  sessionId: string | null;
  ip: string | null;
  email: string | null;
  phone: string | null;
  recipient: { type: RecipientType; value: string; country: string | null } | null;
  /** Country the integrator reports for the event (ISO 3166-1 alpha-2). */
  country: string | null;
}

/** Running statistics of a customer's amounts (Welford), kept incrementally per event. */
export interface AmountStats {
  count: number;
  mean: number;
  /** Sum of squared deviations from the mean; variance = m2 / count. */
  m2: number;
  max: number;
  total: number;
}

export interface CustomerSnapshot {
  /** Events scored before this one. */
  stats: AmountStats;
  firstSeenAt: Date | null;
  lastSeenAt: Date | null;
  /** Events per hour of day (UTC), 24 entries. */
  hourHistogram: number[];
  /** When the account was opened (onboarding data), else the first time it was seen. */
  accountOpenedAt: Date | null;
  /** Country of residence from onboarding. */
  country: string | null;
  /** Confirmed fraud on this customer's past transactions (labels and chargebacks). */
  fraudCount: number;
}

/** Counts and sums over the event-time windows ending at the event (exclusive of it). */
export interface Window {
  count1h: number;
  sum1h: number;
  count24h: number;
  sum24h: number;
}

export interface VelocityContext {
  user: Window & {
    /** Events of this user in the last 10 minutes with an amount at or under the small limit. */
    smallCount10m: number;
    /** Seconds since this user's previous event, null for the first. */
    secondsSinceLast: number | null;
    /** Device of the previous event in the same session, when one is known. */
    previousSessionDevice: string | null;
  };
  device: Window | null;
  ip: Window | null;
  recipient: Window | null;
}

export interface LinkageContext {
  /** Distinct users seen with this device / IP / e-mail / phone over 30 days, this user included. */
  usersPerDevice: number;
  usersPerIp: number;
  usersPerEmail: number;
  usersPerPhone: number;
}

export interface RecipientContext {
  isKnown: boolean;
  timesSent: number;
  firstSentAt: Date | null;
  lastSentAt: Date | null;
  /** Distinct senders to this recipient over the last 24 hours, this sender included. */
  fanIn24h: number;
  /** Confirmed-fraud transactions that paid this recipient. */
  priorFraudCount: number;
}

export interface GeoContext {
  /** Country of the IP address, when the offline database knows it. */
  ipCountry: string | null;
  /** Kilometres from the customer's previous located event, and the speed needed to cover it. */
  distanceKm: number | null;
  speedKmh: number | null;
}

export interface ListMatch {
  list: ListName;
  kind: ListKind;
  value: string;
  reason: string | null;
}

/** Everything enrichment found out about the event; the engine reads nothing else. */
export interface ScoringContext {
  customer: CustomerSnapshot | null;
  velocity: VelocityContext;
  linkage: LinkageContext;
  /** Whether this user has used this device before (null when no device was sent). */
  deviceKnown: boolean | null;
  recipient: RecipientContext | null;
  geo: GeoContext;
  listMatches: ListMatch[];
  reputation: { torExit: boolean; hostingAsn: boolean };
}

export type RuleParams = Record<string, number | string[]>;

/** A rule as the tenant's policy has it: global default merged with the tenant's overrides. */
export interface RuleSettings {
  code: string;
  label: string;
  dimension: Dimension;
  weight: number;
  /** Decision the rule asks for when it fires, beyond its weight. */
  action: Decision | null;
  /** Higher wins when several fired rules carry actions. */
  priority: number;
  status: RuleStatus;
  params: RuleParams;
}

/** Score thresholds of one event kind; a band is absent when its threshold is null. */
export interface Thresholds {
  review: number | null;
  challenge: number | null;
  block: number | null;
}

export interface Policy {
  rules: RuleSettings[];
  thresholds: Thresholds;
}

export interface Check {
  code: string;
  status: CheckStatus;
  weight: number;
  detail: string;
}

export interface MatchedRule {
  code: string;
  label: string;
  dimension: Dimension;
  weight: number;
  action: Decision | null;
}

export interface Signals {
  positive: string[];
  negative: string[];
  neutral: string[];
}

export interface CheckSummaries {
  velocity: { passed: boolean; dailyCount: number; dailyLimit: number };
  amount: { passed: boolean; vsAverage: number | null };
  recipient: { passed: boolean; isKnown: boolean; trustLevel: string };
  device: { passed: boolean; isTrusted: boolean };
}

export interface ShadowEvaluation {
  score: number;
  decision: Decision;
  rules: string[];
}

export interface EngineResult {
  riskScore: number;
  riskLevel: RiskLevel;
  decision: Decision;
  matchedRules: MatchedRule[];
  allChecks: Check[];
  signals: Signals;
  checks: CheckSummaries;
  shadowEvaluation: ShadowEvaluation | null;
}

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
  /** A tenant's own rule (engine/custom). */
  'CUSTOM',
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
  /** The amount as sent, in `currency` (absent: `amount` was sent in the base currency). */
  originalAmount?: number;
  /** ISO 4217 code of `originalAmount`. */
  currency?: string | null;
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

/**
 * Counts and sums over the 7- and 30-day windows ending at the event (exclusive of it), over at
 * most HISTORY_SCAN latest events, and fraud as known when the event was scored: a label
 * reported later never reaches an earlier score.
 */
export interface HistoryWindow {
  count7d: number;
  sum7d: number;
  count30d: number;
  sum30d: number;
  /** Transactions of the 30-day window known as fraud. */
  fraud30d: number;
  /** Fraud reports that arrived in the last 7 days, whenever the transactions happened. */
  reports7d: number;
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

/** A feature's share of a model's verdict, in log-odds (positive: towards fraud). */
export interface FeatureContribution {
  name: string;
  value: number;
}

/** What the tenant's learned model said about the event. */
export interface ModelOutput {
  /** The model version's number. */
  version: number;
  /** A SHADOW model is scored and reported but never acts. */
  shadow: boolean;
  /** Estimated fraud probability, 0..1. */
  probability: number;
  /** Largest contributions first. */
  contributions: FeatureContribution[];
}

/** Everything enrichment found out about the event; the engine reads nothing else. */
export interface ScoringContext {
  customer: CustomerSnapshot | null;
  velocity: VelocityContext;
  /** The customer's and the recipient's longer history (null recipient: none sent). */
  history: { user: HistoryWindow; recipient: HistoryWindow | null };
  linkage: LinkageContext;
  /** Whether this user has used this device before (null when no device was sent). */
  deviceKnown: boolean | null;
  recipient: RecipientContext | null;
  geo: GeoContext;
  listMatches: ListMatch[];
  reputation: { torExit: boolean; hostingAsn: boolean };
  /** The model's verdict, once the features are known; null or absent without a model. */
  model?: ModelOutput | null;
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

/** The event kinds a policy scores; custom rules name the one they apply to. */
export const EVENT_KINDS = ['TRANSACTION', 'ACCOUNT'] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

/** A tenant's own rule: a CEL condition over the event's variables (engine/custom). */
export interface CustomRule {
  /** UPPER_SNAKE_CASE, unique per tenant, never a built-in code. */
  code: string;
  name: string;
  description: string;
  eventKind: EventKind;
  condition: string;
  /** -100..100 points when the condition holds; negative weights lower the score. */
  weight: number;
  action: Decision | null;
  priority: number;
  status: RuleStatus;
}

/** A custom rule whose condition was compiled once for its policy version. */
export interface CompiledCustomRule extends CustomRule {
  /** Whether the condition holds for `variables`, or why it could not be evaluated. */
  test(variables: Readonly<Record<string, unknown>>): boolean | { error: string };
}

export interface Policy {
  rules: RuleSettings[];
  thresholds: Thresholds;
  /** The tenant's custom rules of this event kind, evaluated after the built-in ones. */
  custom?: readonly CompiledCustomRule[];
}

export interface Check {
  code: string;
  status: CheckStatus;
  weight: number;
  /** Points it added (weight × strength) when it fired, else 0. */
  contribution: number;
  detail: string;
}

export interface MatchedRule {
  code: string;
  label: string;
  dimension: Dimension;
  weight: number;
  /** Points it added to the score: weight × the strength of its evidence. */
  contribution: number;
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
  /**
   * riskScore plus a tie-break under 0.5 from continuous evidence (features.ts `tieBreak`, or
   * an acting model's probability): ranks events that share a riskScore, and rounds to it.
   */
  riskScoreExact: number;
  riskLevel: RiskLevel;
  decision: Decision;
  matchedRules: MatchedRule[];
  allChecks: Check[];
  signals: Signals;
  checks: CheckSummaries;
  shadowEvaluation: ShadowEvaluation | null;
}

/** What scoring needs of a rule, built-in or custom. */
export type ScoredRule = Pick<
  RuleSettings,
  'code' | 'label' | 'dimension' | 'weight' | 'action' | 'priority' | 'status'
>;

/** A rule as one evaluation left it: whether it fired, why, and the points it adds. */
export interface Evaluated {
  rule: ScoredRule;
  fired: boolean;
  detail: string;
  /** weight × strength when fired. */
  points: number;
}

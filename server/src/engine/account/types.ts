import type { ListMatch } from '../types.js';
/** Account events (signup, login…): what the engine sees of one, and what it knows around it. */
export const ACCOUNT_EVENT_TYPES = ['SIGNUP', 'LOGIN', 'LOGIN_FAILED', 'PASSWORD_RESET'] as const;
export type AccountEventType = (typeof ACCOUNT_EVENT_TYPES)[number];

export const RISK_BANDS = ['ALLOW', 'MONITOR', 'BLOCK'] as const;
export type RiskBand = (typeof RISK_BANDS)[number];

/** Behaviour measured by the browser collector, derived into numbers the rules compare. */
export interface BehaviorMeasures {
  /** Form submitted minus form started, in ms; null when not collected. */
  completionMs: number | null;
  /** Pointer samples collected (0: no movement at all). */
  pointerPoints: number;
  /** Length of the pointer path in pixels. */
  pathLength: number;
  /** Straight-line distance ÷ path length (1: perfectly straight); null under 3 points. */
  straightness: number | null;
  keystrokes: number | null;
  pastes: number | null;
}

export interface AccountEvent {
  type: AccountEventType;
  userId: string;
  occurredAt: Date;
  email: string | null;
  emailDomain: string | null;
  ip: string | null;
  /** The collector's client fingerprint: the device identity for linkage. */
  deviceId: string | null;
  /** Parsed from the user agent. */
  userAgent: { browser: string | null; os: string | null; headless: boolean } | null;
  /** IANA time zone the browser reports. */
  deviceTimezone: string | null;
  behavior: BehaviorMeasures | null;
}

/** What enrichment found about an account event (events of its batch excluded). */
export interface AccountContext {
  disposableEmail: boolean;
  /** Other accounts seen with the device / IP / e-mail in 30 days. */
  accountsOnDevice: number;
  accountsOnIp: number;
  accountsWithEmail: number;
  /** Signups from the IP / device in the last hour, this one excluded. */
  signupsFromIp1h: number;
  signupsFromDevice1h: number;
  /** LOGIN_FAILED events in the last hour for the account / from the IP, this one excluded. */
  failedLoginsAccount1h: number;
  failedLoginsIp1h: number;
  /** Whether the account logged in (successfully) from this device before; null without one. */
  deviceKnownForAccount: boolean | null;
  /** The IP's location, and the account's previous located login. */
  location: { latitude: number; longitude: number } | null;
  previousLogin: { latitude: number; longitude: number; at: Date } | null;
  /**
   * Hours between the device's UTC offset and the one the IP's longitude implies; null when
   * either is unknown.
   */
  timezoneGapHours: number | null;
  torExit: boolean;
  hostingAsn: boolean;
  /** The tenant's allow / deny / watch entries matching the account, e-mail, IP, device… */
  listMatches: ListMatch[];
}

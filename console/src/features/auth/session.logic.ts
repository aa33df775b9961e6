/**
 * Pure session rules: what a stored session looks like, when it is spent and how to read it back
 * from storage that may hold anything (an older format, a hand-edited value, plain garbage).
 */

/** What the console keeps about a signed-in user between page loads. */
export interface Session {
  /** JWT sent as `Authorization: Bearer <token>`. */
  token: string;
  /** When the server stops accepting the token, in milliseconds since the epoch. */
  expiresAt: number;
  /** The e-mail the user signed in with, shown before `me` has loaded. */
  email: string;
  /**
   * Signed in with a one-time password from a reset: the server accepts this token only for
   * setting a new password, so the console shows nothing else until then.
   */
  mustChangePassword?: boolean;
}

/** The parts of the `login` mutation's payload a session is made from. */
export interface LoginResult {
  token: string;
  /** ISO 8601 date-time, as the `DateTime` scalar is serialized. */
  expiresAt: string;
  user: { email: string };
  mustChangePassword?: boolean;
}

/** A session counts as expired this long before the server would refuse it (clock skew). */
export const EXPIRY_MARGIN_MS = 30_000;

/** The longest delay `setTimeout` honours; longer ones fire at once. */
export const MAX_TIMER_DELAY_MS = 2_147_483_647;

export function isExpired(session: Session, now: number): boolean {
  return now >= session.expiresAt - EXPIRY_MARGIN_MS;
}

/**
 * How long to wait before checking the session again: until it expires, but never longer than a
 * timer can wait. A timer that fires early just finds the session still valid and waits again.
 */
export function msUntilExpiry(session: Session, now: number): number {
  return Math.min(Math.max(0, session.expiresAt - EXPIRY_MARGIN_MS - now), MAX_TIMER_DELAY_MS);
}

/** Turns a login payload into a session, or `null` when the payload is unusable. */
export function sessionFromLogin(result: LoginResult): Session | null {
  return toSession({
    token: result.token,
    expiresAt: Date.parse(result.expiresAt),
    email: result.user.email,
    mustChangePassword: result.mustChangePassword === true,
  });
}

export function serializeSession(session: Session): string {
  return JSON.stringify({
    token: session.token,
    expiresAt: session.expiresAt,
    email: session.email,
    ...(session.mustChangePassword ? { mustChangePassword: true } : {}),
  });
}

/** Reads what `serializeSession` wrote; anything else yields `null` and never throws. */
export function parseStoredSession(raw: string | null | undefined): Session | null {
  if (typeof raw !== 'string' || raw === '') return null;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return null;
  }
  return toSession(value);
}

function toSession(value: unknown): Session | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const { token, expiresAt, email, mustChangePassword } = value as Record<string, unknown>;
  if (typeof token !== 'string' || token.trim() === '') return null;
  if (typeof expiresAt !== 'number' || !Number.isFinite(expiresAt) || expiresAt <= 0) return null;
  if (typeof email !== 'string') return null;
  return mustChangePassword === true
    ? { token, expiresAt, email, mustChangePassword: true }
    : { token, expiresAt, email };
}

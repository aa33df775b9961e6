import { clientKeyOf } from '../../domain/client-address.js';
import type { EntityManager } from '@mikro-orm/postgresql';
import { RateLimitedError } from '../../domain/errors.js';
import { LoginAttemptStore } from './login-attempt.store.js';

/** Login failure limits; see server/.env.example (LOGIN_*). */
export interface LoginLimits {
  /** Failures of one e-mail from one IP within the window before that pair is locked out. */
  maxFailures: number;
  /** Seconds failures are counted for; also the length of the first lockout. */
  windowSeconds: number;
  /** Failures from one IP within the window, across all e-mails (default: 10 × maxFailures). */
  ipMaxFailures?: number;
  /** Longest lockout in seconds; lockouts in a row are forgotten after this long (default 1 day). */
  maxLockoutSeconds?: number;
}

/** Per-IP failures allowed by default, as a multiple of the per-pair limit: an office behind NAT. */
export const IP_LIMIT_FACTOR = 10;
export const DEFAULT_MAX_LOCKOUT_SECONDS = 24 * 3600;

/** One login (or password change) attempt that passed the limits; report how it ended. */
export interface LoginAttempt {
  /** Clears the failures and lockouts of this e-mail from this IP. */
  succeeded(): Promise<void>;
  /** Keeps the failure; locks the pair out once it reaches the limit. */
  failed(): Promise<void>;
}

/**
 * Limits failed console logins per (e-mail, IP) and per IP, after OWASP's authentication
 * guidance: a lockout applies to one e-mail from one address only, so failures from an
 * attacker's address never lock the user out from their own; each lockout of the same pair in a
 * row lasts twice as long as the last, up to `maxLockoutSeconds`; and the per-IP limit, counted
 * across e-mails, stops one address spraying a password over many accounts while leaving room
 * for an office behind one NAT address. Its counts live in LoginAttemptStore.
 */
export class LoginThrottle {
  private readonly ipMaxFailures: number;
  private readonly maxLockoutSeconds: number;

  private readonly store: LoginAttemptStore;

  constructor(
    em: EntityManager,
    private readonly limits: LoginLimits,
  ) {
    this.store = new LoginAttemptStore(em);
    this.ipMaxFailures = limits.ipMaxFailures ?? limits.maxFailures * IP_LIMIT_FACTOR;
    this.maxLockoutSeconds = Math.max(
      limits.windowSeconds,
      limits.maxLockoutSeconds ?? DEFAULT_MAX_LOCKOUT_SECONDS,
    );
  }

  /**
   * Throws RATE_LIMITED (with the seconds to wait) when the pair is locked out or the IP is over
   * its limit. Otherwise counts the attempt as a failure before the password is checked, so
   * parallel guesses cannot all slip under the limit; {@link LoginAttempt.succeeded} undoes it.
   */
  async begin(email: string, address: string): Promise<LoginAttempt> {
    const ip = clientKeyOf(address);
    const { maxFailures, windowSeconds } = this.limits;
    const lockedFor = await this.store.lockedSeconds(email, ip);
    if (lockedFor > 0) throw limited(lockedFor, maxFailures);

    const inserted = await this.store.addFailure(email, ip);
    const counts = await this.store.countFailures(email, ip, windowSeconds);
    const refuse = async (error: RateLimitedError) => {
      // A refused attempt checks no password, so it is no failure and does not extend anything.
      await this.store.deleteFailure(inserted);
      return error;
    };
    if (counts.byIp > this.ipMaxFailures) {
      const oldest = counts.ipOldest ? counts.ipOldest.getTime() : Date.now();
      throw await refuse(limited(secondsUntil(oldest + windowSeconds * 1000), this.ipMaxFailures));
    }
    // Parallel attempts of one pair past the limit: another of them is locking the pair out.
    if (counts.pair > maxFailures) throw await refuse(limited(windowSeconds, maxFailures));
    // The pair's failures are never deleted on a lockout: they still count for the IP. A lockout
    // lasts at least the window, so they have aged out of the pair's count by the time it ends.
    await this.store.prune(email, ip, windowSeconds, this.maxLockoutSeconds);

    return {
      succeeded: () => this.store.clearPair(email, ip),
      failed: async () => {
        if (counts.pair >= maxFailures) {
          await this.store.lockOut(email, ip, windowSeconds, this.maxLockoutSeconds);
        }
      },
    };
  }
}

function secondsUntil(epochMs: number): number {
  return Math.max(1, Math.ceil((epochMs - Date.now()) / 1000));
}

function limited(retryAfterSeconds: number, limit: number): RateLimitedError {
  return new RateLimitedError(
    `Too many failed logins; try again in ${retryAfterSeconds} seconds`,
    retryAfterSeconds,
    limit,
  );
}

/** Forgets the failures and lockouts of an e-mail from every address (after a password reset). */
export async function clearLoginFailures(em: EntityManager, email: string): Promise<void> {
  await new LoginAttemptStore(em).clearEmail(email);
}

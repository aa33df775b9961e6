import { clientKeyOf } from '../../domain/client-address.js';
import type { EntityManager } from '@mikro-orm/postgresql';
import { RateLimitedError } from '../../domain/errors.js';

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
 * for an office behind one NAT address. Owns the `login_failure` and `login_lockout` tables.
 */
export class LoginThrottle {
  private readonly ipMaxFailures: number;
  private readonly maxLockoutSeconds: number;

  constructor(
    private readonly em: EntityManager,
    private readonly limits: LoginLimits,
  ) {
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
    const lockedFor = await this.lockedSeconds(email, ip);
    if (lockedFor > 0) throw limited(lockedFor, maxFailures);

    const conn = this.em.getConnection();
    const [inserted] = await conn.execute<{ id: string }[]>(
      `insert into login_failure (email, ip, created_at) values (?, ?, now()) returning id`,
      [email, ip],
    );
    const [counts] = await conn.execute<{ pair: string; by_ip: string; ip_oldest: Date | null }[]>(
      `select count(*) filter (where email = ?) as pair, count(*) as by_ip,
              min(created_at) as ip_oldest
         from login_failure where ip = ? and created_at > now() - make_interval(secs => ?)`,
      [email, ip, windowSeconds],
    );
    const pair = Number(counts!.pair);
    const byIp = Number(counts!.by_ip);
    const refuse = async (error: RateLimitedError) => {
      // A refused attempt checks no password, so it is no failure and does not extend anything.
      await conn.execute(`delete from login_failure where id = ?`, [inserted!.id], 'run');
      return error;
    };
    if (byIp > this.ipMaxFailures) {
      const oldest = counts!.ip_oldest ? new Date(counts!.ip_oldest).getTime() : Date.now();
      throw await refuse(limited(secondsUntil(oldest + windowSeconds * 1000), this.ipMaxFailures));
    }
    // Parallel attempts of one pair past the limit: another of them is locking the pair out.
    if (pair > maxFailures) throw await refuse(limited(windowSeconds, maxFailures));
    await this.prune(email, ip);

    return {
      succeeded: async () => {
        await conn.execute(
          `delete from login_failure where email = ? and ip = ?`,
          [email, ip],
          'run',
        );
        await conn.execute(
          `delete from login_lockout where email = ? and ip = ?`,
          [email, ip],
          'run',
        );
      },
      failed: async () => {
        if (pair >= maxFailures) await this.lockOut(email, ip);
      },
    };
  }

  private async lockedSeconds(email: string, ip: string): Promise<number> {
    const [row] = await this.em.getConnection().execute<{ seconds: number | string }[]>(
      `select extract(epoch from locked_until - now()) as seconds from login_lockout
          where email = ? and ip = ? and locked_until > now()`,
      [email, ip],
    );
    return row ? Math.max(1, Math.ceil(Number(row.seconds))) : 0;
  }

  /**
   * Locks the pair out for `windowSeconds × 2^(n−1)` (n: lockouts in a row, capped at
   * `maxLockoutSeconds`); a lockout that ended more than `maxLockoutSeconds` ago starts over at 1.
   */
  private async lockOut(email: string, ip: string): Promise<void> {
    const { windowSeconds } = this.limits;
    const max = this.maxLockoutSeconds;
    // The pair's failures are not deleted: they still count for the IP. A lockout lasts at least
    // the window, so they have aged out of the pair's count by the time it ends.
    const next = `case when login_lockout.locked_until < now() - make_interval(secs => ?)
                       then 1 else login_lockout.lockouts + 1 end`;
    await this.em.getConnection().execute(
      `insert into login_lockout (email, ip, lockouts, locked_until)
         values (?, ?, 1, now() + make_interval(secs => ?))
       on conflict (email, ip) do update set
         lockouts = ${next},
         locked_until = now() + make_interval(secs => least(?::double precision,
           ?::double precision * power(2, (${next}) - 1)))`,
      [email, ip, windowSeconds, max, max, windowSeconds, max],
      'run',
    );
  }

  private async prune(email: string, ip: string): Promise<void> {
    const { windowSeconds } = this.limits;
    const conn = this.em.getConnection();
    await conn.execute(
      `delete from login_failure where (email = ? or ip = ?)
         and created_at < now() - make_interval(secs => ?)`,
      [email, ip, windowSeconds],
      'run',
    );
    await conn.execute(
      `delete from login_lockout where email = ?
         and locked_until < now() - make_interval(secs => ?)`,
      [email, this.maxLockoutSeconds],
      'run',
    );
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
  const conn = em.getConnection();
  await conn.execute(`delete from login_lockout where email = ?`, [email], 'run');
  await conn.execute(`delete from login_failure where email = ?`, [email], 'run');
}

import type { EntityManager } from '@mikro-orm/postgresql';
import { Sql, query } from '../../db/executor.js';

/**
 * The SQL of the `login_failure` and `login_lockout` tables (see LoginThrottle for the rules
 * they implement). Times come from the database clock so every replica agrees on windows.
 * Statements join `em`'s transaction when one is open: the login paths call them outside any, so a
 * failure is recorded even when the request itself fails afterwards.
 */

const INSERT_FAILURE = new Sql(
  `insert into login_failure (email, ip, created_at) values ($email, $ip, now()) returning id`,
);

const COUNT_FAILURES = new Sql(
  `select count(*) filter (where email = $email)::int as pair, count(*)::int as by_ip,
          min(created_at) as ip_oldest
     from login_failure where ip = $ip and created_at > now() - make_interval(secs => $window)`,
);

const DELETE_FAILURE = new Sql(`delete from login_failure where id = $id`);

const DELETE_PAIR_FAILURES = new Sql(`delete from login_failure where email = $email and ip = $ip`);

const DELETE_PAIR_LOCKOUT = new Sql(`delete from login_lockout where email = $email and ip = $ip`);

const LOCKED_SECONDS = new Sql(
  `select extract(epoch from locked_until - now())::float8 as seconds from login_lockout
    where email = $email and ip = $ip and locked_until > now()`,
);

/**
 * A lockout lasts `window × 2^(n−1)` seconds, capped at `max`; a lockout that ended more than
 * `max` seconds ago is forgotten, so the next one counts from 1 again.
 */
const LOCK_OUT = new Sql(
  `insert into login_lockout (email, ip, lockouts, locked_until)
     values ($email, $ip, 1, now() + make_interval(secs => $window))
   on conflict (email, ip) do update set
     lockouts = case when login_lockout.locked_until < now() - make_interval(secs => $max)
                     then 1 else login_lockout.lockouts + 1 end,
     locked_until = now() + make_interval(secs => least($max::double precision,
       $window::double precision * power(2, (case
         when login_lockout.locked_until < now() - make_interval(secs => $max)
         then 1 else login_lockout.lockouts + 1 end) - 1)))`,
);

const PRUNE_FAILURES = new Sql(
  `delete from login_failure where (email = $email or ip = $ip)
      and created_at < now() - make_interval(secs => $window)`,
);

const PRUNE_LOCKOUTS = new Sql(
  `delete from login_lockout where email = $email
      and locked_until < now() - make_interval(secs => $max)`,
);

const DELETE_EMAIL_LOCKOUTS = new Sql(`delete from login_lockout where email = $email`);

const DELETE_EMAIL_FAILURES = new Sql(`delete from login_failure where email = $email`);

export interface FailureCounts {
  /** Failures of this e-mail from this IP within the window. */
  pair: number;
  /** Failures from this IP within the window, all e-mails. */
  byIp: number;
  /** The oldest of the IP's failures within the window. */
  ipOldest: Date | null;
}

export class LoginAttemptStore {
  constructor(private readonly em: EntityManager) {}

  /** Records a failure and returns its id. */
  async addFailure(email: string, ip: string): Promise<string> {
    const [row] = await query<{ id: string }>(this.em, INSERT_FAILURE, { email, ip });
    return row!.id;
  }

  async countFailures(email: string, ip: string, windowSeconds: number): Promise<FailureCounts> {
    const [row] = await query<{ pair: number; by_ip: number; ip_oldest: Date | null }>(
      this.em,
      COUNT_FAILURES,
      { email, ip, window: windowSeconds },
    );
    return {
      pair: row?.pair ?? 0,
      byIp: row?.by_ip ?? 0,
      ipOldest: row?.ip_oldest ? new Date(row.ip_oldest) : null,
    };
  }

  async deleteFailure(id: string): Promise<void> {
    await query(this.em, DELETE_FAILURE, { id });
  }

  /** Forgets the failures and the lockout of one e-mail from one IP. */
  async clearPair(email: string, ip: string): Promise<void> {
    await query(this.em, DELETE_PAIR_FAILURES, { email, ip });
    await query(this.em, DELETE_PAIR_LOCKOUT, { email, ip });
  }

  /** Seconds left of the pair's lockout, 0 when it is not locked out. */
  async lockedSeconds(email: string, ip: string): Promise<number> {
    const [row] = await query<{ seconds: number }>(this.em, LOCKED_SECONDS, { email, ip });
    return row ? Math.max(1, Math.ceil(Number(row.seconds))) : 0;
  }

  async lockOut(email: string, ip: string, windowSeconds: number, maxSeconds: number) {
    await query(this.em, LOCK_OUT, { email, ip, window: windowSeconds, max: maxSeconds });
  }

  /** Deletes failures older than the window and lockouts over for longer than `maxSeconds`. */
  async prune(email: string, ip: string, windowSeconds: number, maxSeconds: number) {
    await query(this.em, PRUNE_FAILURES, { email, ip, window: windowSeconds });
    await query(this.em, PRUNE_LOCKOUTS, { email, max: maxSeconds });
  }

  /** Forgets the failures and lockouts of an e-mail from every address. */
  async clearEmail(email: string): Promise<void> {
    await query(this.em, DELETE_EMAIL_LOCKOUTS, { email });
    await query(this.em, DELETE_EMAIL_FAILURES, { email });
  }
}

import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Pipeline, Sql, bind } from '../../db/executor.js';
import { LOCK_KEYS } from '../../db/locks.js';
import { eventPartitions } from '../../db/partitions.js';
import type { Mode } from '../../domain/modes.js';
import { evaluateAccountEvent, type AccountEngineResult } from '../../engine/account/evaluate.js';
import type { AccountContext } from '../../engine/account/types.js';
import type { CheckSummaries, ListMatch, Policy } from '../../engine/types.js';
import { LINKAGE_MS, VELOCITY_SHORT_MS, sqlInterval } from '../../engine/windows.js';
import type { IpGeolocator } from '../geo/ip-geolocator.js';
import { reputationFlags } from '../reputation/reputation.sql.js';
import { POLICY_SQL, tenantPolicy, type PolicyRow } from '../policy/policy.js';
import {
  INSERT_ACCOUNT_EVENT,
  MONTHS_TO,
  givenTimeBounds,
  monthsFrom,
} from '../scoring/scored-event.store.js';
import { withCustomRules, versionKey } from '../policy/policy-registry.js';
import { encodeAccountSnapshot } from '../../engine/snapshot-account.js';
import type { ScoreOutcome } from '../scoring/scoring.service.js';
import { storedChecks } from '../scoring/stored-checks.js';
import {
  ingestAccountEvent,
  isDisposableDomain,
  offsetGapHours,
  utcOffsetHours,
} from './account-ingest.js';

interface AccountFacts {
  policy: PolicyRow | null;
  turn: string;
  accounts_on_device: number;
  accounts_on_ip: number;
  accounts_with_email: number;
  signups_ip_1h: number;
  signups_device_1h: number;
  failed_account_1h: number;
  failed_ip_1h: number;
  prior_logins: number;
  device_known: boolean;
  previous_login: { latitude: number; longitude: number; at: string } | null;
  tor_exit: boolean;
  hosting: boolean;
  disposable_listed: boolean;
  lists: ListMatch[];
}

/** Scan bound for 30-day account linkage, as for transactions (a busy NAT IP stays cheap). */
const ACCOUNT_LINK_SCAN = 500;

const others = (column: string, value: string) => `
  (select count(distinct user_id) filter (where user_id <> $user)::int from (
     select user_id from scored_event
      where tenant_id = $tenant and mode = $mode and kind = 'ACCOUNT' and ${column} = ${value}
        and occurred_at > t.at - ${sqlInterval(LINKAGE_MS)} and occurred_at <= t.at
        and ${monthsFrom(LINKAGE_MS)} and ${MONTHS_TO}
      order by occurred_at desc limit ${ACCOUNT_LINK_SCAN}) x)`;

const recent = (filter: string) => `
  (select count(*)::int from scored_event
    where tenant_id = $tenant and mode = $mode and kind = 'ACCOUNT' and ${filter}
      and occurred_at > t.at - ${sqlInterval(VELOCITY_SHORT_MS)} and occurred_at <= t.at
      and ${monthsFrom(VELOCITY_SHORT_MS)} and ${MONTHS_TO})`;

/**
 * Everything the account rules need, in one statement after the account's lock: linkage over
 * 30 days, signup and failed-login velocity over the last hour, the account's devices and its
 * previous located login. Events of kind ACCOUNT only: a transaction's device id is the
 * integrator's, an account event's is the collector's fingerprint.
 */
const FACTS = new Sql(`
with t as (select coalesce($at::timestamptz, clock_timestamp()) as at)
select ${POLICY_SQL} as policy,
  t.at as turn,
  case when $device::text is null then 0 else ${others('device_id', '$device')} end as accounts_on_device,
  case when $ip::text is null then 0 else ${others('ip', '$ip')} end as accounts_on_ip,
  case when $email::text is null then 0 else ${others('email', '$email')} end as accounts_with_email,
  case when $ip::text is null then 0 else ${recent(`type = 'SIGNUP' and ip = $ip`)} end as signups_ip_1h,
  case when $device::text is null then 0
    else ${recent(`type = 'SIGNUP' and device_id = $device`)} end as signups_device_1h,
  ${recent(`type = 'LOGIN_FAILED' and user_id = $user`)} as failed_account_1h,
  case when $ip::text is null then 0 else ${recent(`type = 'LOGIN_FAILED' and ip = $ip`)} end as failed_ip_1h,
  (select count(*)::int from scored_event
    where tenant_id = $tenant and mode = $mode and kind = 'ACCOUNT' and user_id = $user
      and type in ('SIGNUP', 'LOGIN') and device_id is not null and occurred_at <= t.at) as prior_logins,
  exists (select 1 from scored_event
    where tenant_id = $tenant and mode = $mode and kind = 'ACCOUNT' and user_id = $user
      and type in ('SIGNUP', 'LOGIN') and device_id = $device and occurred_at <= t.at) as device_known,
  (select jsonb_build_object('latitude', latitude, 'longitude', longitude, 'at', occurred_at)
     from scored_event
    where tenant_id = $tenant and mode = $mode and kind = 'ACCOUNT' and user_id = $user
      and type = 'LOGIN' and latitude is not null and occurred_at <= t.at
    order by occurred_at desc limit 1) as previous_login,
  ${reputationFlags('$ip::text', '$domain::text')},
  (select coalesce(jsonb_agg(jsonb_build_object('list', list, 'kind', kind, 'value', value,
      'reason', reason)), '[]'::jsonb)
     from list_entry
    where tenant_id = $tenant and mode = $mode and removed_at is null
      and (expires_at is null or expires_at > now())
      and ((kind = 'USER' and value = $user)
        or (kind = 'DEVICE' and value = $device::text)
        or (kind = 'IP' and $ip::text is not null and value::inet = $ip::inet)
        or (kind = 'CIDR' and $ip::text is not null and $ip::inet <<= value::inet)
        or (kind = 'EMAIL' and value = $email::text)
        or (kind = 'EMAIL_DOMAIN' and value = $domain::text)
        or (kind = 'PHONE' and value = $phone::text)
        or (kind = 'COUNTRY' and value = $country::text))) as lists
from t`);

/** Per-area summaries for the ScoreResult shape, from what account rules looked at. */
function summaries(
  result: AccountEngineResult,
  ctx: AccountContext,
  policy: Policy,
): CheckSummaries {
  const firedCodes = new Set(result.matchedRules.map((r) => r.code));
  const limit = Number(
    policy.rules.find((r) => r.code === 'SIGNUP_VELOCITY_IP')?.params.maxPerHour ?? 0,
  );
  return {
    velocity: {
      passed: !firedCodes.has('SIGNUP_VELOCITY_IP') && !firedCodes.has('SIGNUP_VELOCITY_DEVICE'),
      dailyCount: ctx.signupsFromIp1h,
      dailyLimit: limit,
    },
    amount: { passed: true, vsAverage: null },
    recipient: { passed: true, isKnown: false, trustLevel: 'NONE' },
    device: {
      passed: !firedCodes.has('DEVICE_REUSED') && !firedCodes.has('NEW_DEVICE_LOGIN'),
      isTrusted: ctx.deviceKnownForAccount === true,
    },
  };
}

export interface AccountScoreOutcome extends ScoreOutcome {
  riskBand: AccountEngineResult['riskBand'];
}

/**
 * Signup and login risk for one tenant and mode; `em` must carry the tenant filter. One event is
 * one transaction in two round-trips, as for transactions: BEGIN, the locks and the facts; then
 * the event's insert and COMMIT.
 */
export class AccountScoringService {
  constructor(
    private readonly em: EntityManager,
    private readonly tenantId: string,
    private readonly mode: Mode,
    private readonly deps: { geo?: Pick<IpGeolocator, 'lookup'> } = {},
  ) {}

  async score(raw: unknown): Promise<AccountScoreOutcome> {
    const started = performance.now();
    const n = ingestAccountEvent(raw, new Date());
    const e = n.event;
    const where = e.ip && this.deps.geo ? await this.deps.geo.lookup(e.ip) : null;
    const location =
      where && where.latitude !== null && where.longitude !== null
        ? { latitude: where.latitude, longitude: where.longitude }
        : null;

    await eventPartitions.ensureMonths(this.em, [n.occurredAtGiven ? e.occurredAt : new Date()]);
    return Pipeline.transaction(this.em, async (tx) => {
      // The account, its IP and its device: per-IP and per-device velocity stay exact when a
      // bot fires signups in parallel. Sorted, so two events never wait on each other in a cycle.
      const scope = `${this.tenantId}:${this.mode}`;
      const keys = [
        `${scope}:account:${e.userId}`,
        ...(e.ip ? [`${scope}:ip:${e.ip}`] : []),
        ...(e.deviceId ? [`${scope}:device:${e.deviceId}`] : []),
      ];
      const [, read] = await tx.send(
        [
          bind(LOCK_KEYS, { keys: JSON.stringify(keys) }),
          bind(FACTS, {
            tenant: this.tenantId,
            mode: this.mode,
            user: e.userId,
            at: n.occurredAtGiven ? e.occurredAt : null,
            device: e.deviceId,
            ip: e.ip,
            email: e.email,
            domain: e.emailDomain,
            phone: n.phone,
            country: where?.country ?? null,
            ...givenTimeBounds(n.occurredAtGiven ? [e.occurredAt] : []),
          }),
        ],
        { begin: true },
      );
      const facts = read![0] as AccountFacts | undefined;
      if (!facts) throw new Error('account enrichment returned no row');
      const event = n.occurredAtGiven ? e : { ...e, occurredAt: new Date(facts.turn) };
      const deviceOffset = e.deviceTimezone
        ? utcOffsetHours(e.deviceTimezone, event.occurredAt)
        : null;
      const ctx: AccountContext = {
        disposableEmail: e.emailDomain ? isDisposableDomain(e.emailDomain) : false,
        accountsOnDevice: facts.accounts_on_device,
        accountsOnIp: facts.accounts_on_ip,
        accountsWithEmail: facts.accounts_with_email,
        signupsFromIp1h: facts.signups_ip_1h,
        signupsFromDevice1h: facts.signups_device_1h,
        failedLoginsAccount1h: facts.failed_account_1h,
        failedLoginsIp1h: facts.failed_ip_1h,
        deviceKnownForAccount: facts.prior_logins > 0 && e.deviceId ? facts.device_known : null,
        location,
        previousLogin: facts.previous_login
          ? { ...facts.previous_login, at: new Date(facts.previous_login.at) }
          : null,
        // The IP's offset is estimated from its longitude (15° an hour): enough to tell
        // continents apart, which is what the rule is for.
        timezoneGapHours:
          deviceOffset !== null && location
            ? offsetGapHours(deviceOffset, Math.round(location.longitude / 15))
            : null,
        torExit: facts.tor_exit,
        hostingAsn: facts.hosting,
        listMatches: facts.lists,
      };
      if (facts.disposable_listed) ctx.disposableEmail = true;
      const stored = tenantPolicy(facts.policy);
      const policy = withCustomRules(stored, versionKey(this.tenantId, stored.version));
      const result = evaluateAccountEvent(event, ctx, policy.accounts);
      const derivedSignals = {
        ...n.derived,
        geo: where ? { ipCountry: where.country, ipCity: where.city, ...location } : null,
        timezone: {
          device: e.deviceTimezone,
          deviceUtcOffsetHours: deviceOffset,
          gapHours: ctx.timezoneGapHours,
        },
        linkage: {
          accountsOnDevice30d: ctx.accountsOnDevice,
          accountsOnIp30d: ctx.accountsOnIp,
          accountsWithEmail30d: ctx.accountsWithEmail,
        },
        velocity: {
          signupsFromIp1h: ctx.signupsFromIp1h,
          signupsFromDevice1h: ctx.signupsFromDevice1h,
          failedLoginsAccount1h: ctx.failedLoginsAccount1h,
          failedLoginsIp1h: ctx.failedLoginsIp1h,
        },
        disposableEmail: ctx.disposableEmail,
        deviceKnownForAccount: ctx.deviceKnownForAccount,
        lists: ctx.listMatches,
      };
      const checks = summaries(result, ctx, policy.accounts);
      const id = randomUUID();
      const createdAt = new Date();
      const processingTimeMs = Math.round((performance.now() - started) * 100) / 100;
      await tx.send(
        [
          bind(INSERT_ACCOUNT_EVENT, {
            id,
            tenant: this.tenantId,
            mode: this.mode,
            user: e.userId,
            at: event.occurredAt,
            type: e.type,
            device: e.deviceId,
            session: n.sessionId,
            ip: e.ip,
            email: e.email,
            phone: n.phone,
            country: where?.country ?? null,
            lat: location?.latitude ?? null,
            lon: location?.longitude ?? null,
            input: JSON.stringify(n.input),
            score: result.riskScore,
            level: result.riskLevel,
            decision: result.decision,
            result: JSON.stringify({
              riskBand: result.riskBand,
              matchedRules: result.matchedRules,
              allChecks: storedChecks(result.allChecks),
              signals: result.signals,
              checks,
              shadowEvaluation: result.shadowEvaluation,
              derivedSignals,
            }),
            ms: processingTimeMs,
            created: createdAt,
            policyVersion: policy.version,
            snapshot: JSON.stringify(encodeAccountSnapshot(event, ctx)),
          }),
        ],
        { commit: true },
      );
      return {
        transactionId: id,
        mode: this.mode,
        result: { ...result, checks },
        derivedSignals,
        processingTimeMs,
        createdAt,
        replayed: false,
        caseId: null,
        riskBand: result.riskBand,
        policyVersion: policy.version,
      };
    });
  }
}

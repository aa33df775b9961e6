import { Sql, bind, type Bound } from '../../db/executor.js';
import type { Mode } from '../../domain/modes.js';
import { CARD_TESTING } from '../../engine/rules/transaction.js';
import type { ListMatch } from '../../engine/types.js';
import {
  FAN_IN_MS,
  HISTORY_LONG_MS,
  HISTORY_SCAN,
  HISTORY_SHORT_MS,
  LINKAGE_MS,
  REPORTS_SPAN_MS,
  SMALL_AMOUNT_WINDOW_MS,
  VELOCITY_LONG_MS,
  VELOCITY_SHORT_MS,
  sqlInterval,
} from '../../engine/windows.js';
import { POLICY_SQL, overrideParamPath, type PolicyRow } from '../policy/policy.js';
import type { NormalizedTransaction } from './ingest.js';
import { reputationFlags } from '../reputation/reputation.sql.js';
import { existingReference } from './event-reference.store.js';
import { MONTHS_TO, givenTimeBounds, monthsFrom } from './scored-event.store.js';
import { reportsOf } from './fraud-report.store.js';
import { SUBSCRIBED_TYPES, subscribedTypes } from '../webhooks/webhook.store.js';
import { LIVE_MODELS, type LiveModel } from '../models/model-version.store.js';

/** The customer row as stored (snake_case). */
export interface CustomerRow {
  id: string;
  onboarded: boolean;
  country: string | null;
  account_opened_at: string | null;
  tx_count: number;
  amount_mean: number;
  amount_m2: number;
  amount_max: number;
  amount_total: number;
  first_seen_at: string | null;
  last_seen_at: string | null;
  hour_histogram: number[];
  patterns: { channels: Record<string, number>; countries: Record<string, number> };
  recipient_count: number;
  last_latitude: number | null;
  last_longitude: number | null;
  last_located_at: string | null;
  fraud_count: number;
}

export interface WindowRow {
  c1h: number;
  s1h: number;
  c24h: number;
  s24h: number;
  small10m?: number;
}

/** 7- and 30-day counts, sums and known fraud of a customer or recipient (see `history`). */
export interface HistoryRow {
  c7: number;
  s7: number;
  c30: number;
  s30: number;
  f30: number;
}

/** Fraud reports on an entity's transactions: in the last 7 days, and all known by then. */
export interface ReportsRow {
  r7: number;
  all: number;
}

/** What the database knows about one event before it is scored (events of its batch excluded). */
export interface StoredFacts {
  idx: number;
  customer: CustomerRow | null;
  user_w: WindowRow;
  device_w: WindowRow | null;
  ip_w: WindowRow | null;
  recipient_w: WindowRow | null;
  user_h: HistoryRow;
  recipient_h: HistoryRow | null;
  /** Other users seen with the device / IP / e-mail / phone in 30 days (see LINK_SCAN). */
  device_users: string[];
  ip_users: string[];
  email_users: string[];
  phone_users: string[];
  /** Other senders to the recipient in 24 hours (see LINK_SCAN). */
  fan_in_users: string[];
  session_device: string | null;
  device_known: boolean | null;
  relationship: {
    times_sent: number;
    total_amount: number;
    first_sent_at: string;
    last_sent_at: string;
  } | null;
  /** Fraud reported on the recipient's / customer's transactions by the event's time. */
  recipient_reports: ReportsRow | null;
  user_reports: ReportsRow;
  lists: ListMatch[];
  existing: { id: string; hash: string } | null;
  tor_exit: boolean;
  hosting: boolean;
}

export interface Enrichment {
  policy: PolicyRow | null;
  facts: StoredFacts[];
  /** When events without their own time happen: the database clock once the locks are held. */
  turn: Date;
  /** The webhook event types some enabled endpoint of the tenant and mode subscribes to. */
  subscribed: Set<string>;
  /** The tenant's ACTIVE and SHADOW models for the mode. */
  models: LiveModel[];
}

/**
 * Linkage and fan-in look at an entity's latest LINK_SCAN events in their window: exact for all
 * but the hottest devices, IPs and merchants, where they count the recent distinct users.
 */
export const LINK_SCAN = 200;

const SHORT = sqlInterval(VELOCITY_SHORT_MS);
const LONG = sqlInterval(VELOCITY_LONG_MS);

/**
 * The look-ups below keep to transactions with IS NOT DISTINCT FROM rather than "=": the same
 * test for a column that is never null, but one that proves nothing about kind, so the
 * planner cannot reach for the indexes kept for lists and metrics (partial on kind) and must
 * use the entity's own index. Without statistics (a new table, or autovacuum off) every index
 * led by (tenant_id, mode) looks as good as the entity's one, and a plan cached then would scan
 * the tenant's whole history for every event.
 */
const TRANSACTIONS = `kind is not distinct from 'TRANSACTION'`;

/**
 * A customer's velocity window reads at most its latest USER_WINDOW_SCAN events, newest first:
 * walking the customer's index in order is then the plan, with or without statistics (without
 * them, PostgreSQL 18 could reach the window's rows by skip-scanning the primary key over the
 * tenant's whole day). No customer sends that many in a day, and a count saturating there trips
 * every velocity rule anyway.
 */
export const USER_WINDOW_SCAN = 10_000;

const window = (column: string, value: string, extra = '', scan?: number) => {
  const rows = `scored_event
   where tenant_id = $tenant and mode = $mode and ${column} = ${value} and ${TRANSACTIONS}
     and occurred_at > i.t - ${LONG} and occurred_at <= i.t
     and ${monthsFrom(VELOCITY_LONG_MS)} and ${MONTHS_TO}`;
  return `
  (select jsonb_build_object(
      'c1h', count(*) filter (where occurred_at > i.t - ${SHORT}),
      's1h', coalesce(sum(amount_base) filter (where occurred_at > i.t - ${SHORT}), 0),
      'c24h', count(*),
      's24h', coalesce(sum(amount_base), 0)${extra})
    from ${scan ? `(select occurred_at, amount_base from ${rows} order by occurred_at desc limit ${scan}) w` : rows})`;
};

const WEEK = sqlInterval(HISTORY_SHORT_MS);

/**
 * The entity's latest HISTORY_SCAN transactions of the last 30 days: counts, sums and the ones
 * known as fraud now (labels that arrive later are not known yet, so no score sees its future).
 */
const history = (column: string, value: string) => `
  (select jsonb_build_object(
      'c7', count(*) filter (where occurred_at > i.t - ${WEEK}),
      's7', coalesce(sum(amount_base) filter (where occurred_at > i.t - ${WEEK}), 0),
      'c30', count(*),
      's30', coalesce(sum(amount_base), 0),
      'f30', count(*) filter (where fraud_confirmed and fraud_reported_at <= i.t))
    from (select occurred_at, amount_base, fraud_confirmed, fraud_reported_at from scored_event
           where tenant_id = $tenant and mode = $mode and ${column} = ${value} and ${TRANSACTIONS}
             and occurred_at > i.t - ${sqlInterval(HISTORY_LONG_MS)} and occurred_at <= i.t
             and ${monthsFrom(HISTORY_LONG_MS)} and ${MONTHS_TO}
           order by occurred_at desc
           limit ${HISTORY_SCAN}) h)`;

/**
 * Fraud reported on the entity's transactions up to the event (`all`) and in the 7 days before
 * it (`r7`), by when it was reported: with chargebacks arriving days late, what was reported
 * this week is the freshest evidence there is, and nothing reported after the event counts.
 * Over the transactions of the last REPORTS_SPAN_MS (chargebacks come within months), read from
 * fraud_report, one index range whatever the number of months kept.
 */
const reports = (column: 'user_id' | 'recipient_key', value: string) =>
  reportsOf(column, value, HISTORY_SHORT_MS, REPORTS_SPAN_MS);

/**
 * Distinct other users among the most recent LINK_SCAN events of an entity within `span` ms: walks
 * the entity's index newest first, so a hot IP or merchant costs a bounded scan.
 */
const others = (column: string, value: string, span: number) => `
  (select coalesce(jsonb_agg(distinct u) filter (where u <> i.uid), '[]'::jsonb) from (
     select user_id as u from scored_event
      where tenant_id = $tenant and mode = $mode and ${column} = ${value} and ${TRANSACTIONS}
        and occurred_at > i.t - ${sqlInterval(span)} and occurred_at <= i.t
        and ${monthsFrom(span)} and ${MONTHS_TO}
      order by occurred_at desc
      limit ${LINK_SCAN}) x)`;

const when = (value: string, expression: string, otherwise = 'null') =>
  `case when ${value} is null then ${otherwise} else ${expression} end`;

/**
 * Recipient list entries match whatever the spacing or case: "FR76 3000…" names FR763000….
 * Shared with checkRecipient.
 */
export const SAME_RECIPIENT = (a: string, b: string) =>
  `upper(regexp_replace(${a}, '[\\s-]', '', 'g')) = upper(regexp_replace(${b}, '[\\s-]', '', 'g'))`;

/** CARD_TESTING's small-amount parameter: the tenant's override, the platform's, or the default. */
const SMALL_AMOUNT = `coalesce((p.doc #>> '${overrideParamPath(CARD_TESTING.code, CARD_TESTING.smallAmount)}')::float,
  (p.doc #>> '${overrideParamPath(CARD_TESTING.code, CARD_TESTING.smallAmount, true)}')::float, $small)`;

/**
 * Stage 2 for a whole batch in one statement: per event, the customer's profile, velocity
 * windows per user / device / IP / recipient, 7- and 30-day history per user and recipient, 30-day linkage, the sender→recipient relationship,
 * the recipient's fan-in and fraud history, list matches and an earlier event with the same
 * reference; once, the tenant's policy. Windows are by event time and end at the event.
 */
const ENRICHMENT_SQL = `
with p as (select ${POLICY_SQL} as doc),
turn as materialized (select clock_timestamp() as ts),
items as (
  select r.*, coalesce(r.at, (select ts from turn)) as t from jsonb_to_recordset($items::jsonb) as r(
    idx int, uid text, at timestamptz, device text, ip text, recipient text, recipient_value text,
    recipient_country text, email text, domain text, phone text, session text, country text,
    ip_country text, reference text)
)
select (select doc from p) as policy, (select ts from turn) as turn,
  ${SUBSCRIBED_TYPES} as subscribed,
  ${LIVE_MODELS} as models,
  coalesce(jsonb_agg(f order by f.idx), '[]'::jsonb) as facts
from items i cross join p cross join lateral (select
  i.idx,
  (select to_jsonb(c) from customer c
    where c.tenant_id = $tenant and c.mode = $mode and c.external_id = i.uid) as customer,
  ${window('user_id', 'i.uid', `, 'small10m', count(*) filter (where occurred_at > i.t - ${sqlInterval(SMALL_AMOUNT_WINDOW_MS)} and amount_base <= ${SMALL_AMOUNT})`, USER_WINDOW_SCAN)} as user_w,
  ${when('i.device', window('device_id', 'i.device'))} as device_w,
  ${when('i.ip', window('ip', 'i.ip'))} as ip_w,
  ${when('i.recipient', window('recipient_key', 'i.recipient'))} as recipient_w,
  ${history('user_id', 'i.uid')} as user_h,
  ${when('i.recipient', history('recipient_key', 'i.recipient'))} as recipient_h,
  ${when('i.device', others('device_id', 'i.device', LINKAGE_MS), `'[]'::jsonb`)} as device_users,
  ${when('i.ip', others('ip', 'i.ip', LINKAGE_MS), `'[]'::jsonb`)} as ip_users,
  ${when('i.email', others('email', 'i.email', LINKAGE_MS), `'[]'::jsonb`)} as email_users,
  ${when('i.phone', others('phone', 'i.phone', LINKAGE_MS), `'[]'::jsonb`)} as phone_users,
  ${when('i.recipient', others('recipient_key', 'i.recipient', FAN_IN_MS), `'[]'::jsonb`)} as fan_in_users,
  ${when(
    'i.session',
    `(select (array_agg(device_id order by occurred_at desc) filter (where device_id is not null))[1]
       from scored_event
       where tenant_id = $tenant and mode = $mode and user_id = i.uid and session_id = i.session
         and ${TRANSACTIONS} and occurred_at <= i.t and occurred_at > i.t - ${LONG}
         and ${monthsFrom(VELOCITY_LONG_MS)} and ${MONTHS_TO})`,
  )} as session_device,
  ${when(
    'i.device',
    `exists (select 1 from customer_device
       where tenant_id = $tenant and mode = $mode and user_id = i.uid and device_id = i.device)`,
  )} as device_known,
  ${when(
    'i.recipient',
    `(select to_jsonb(r) from customer_recipient r
       where r.tenant_id = $tenant and r.mode = $mode and r.user_id = i.uid and r.recipient_key = i.recipient)`,
  )} as relationship,
  ${when('i.recipient', reports('recipient_key', 'i.recipient'))} as recipient_reports,
  ${reports('user_id', 'i.uid')} as user_reports,
  (select coalesce(jsonb_agg(jsonb_build_object('list', list, 'kind', kind, 'value', value, 'reason', reason)), '[]'::jsonb)
     from list_entry
    where tenant_id = $tenant and mode = $mode and removed_at is null
      and (expires_at is null or expires_at > now())
      and ((kind = 'USER' and value = i.uid)
        or (kind = 'DEVICE' and value = i.device)
        or (kind = 'IP' and i.ip is not null and value::inet = i.ip::inet)
        or (kind = 'CIDR' and i.ip is not null and i.ip::inet <<= value::inet)
        or (kind = 'EMAIL' and value = i.email)
        or (kind = 'EMAIL_DOMAIN' and value = i.domain)
        or (kind = 'PHONE' and value = i.phone)
        or (kind = 'RECIPIENT' and ${SAME_RECIPIENT('value', 'i.recipient_value')})
        or (kind = 'COUNTRY' and value in (i.country, i.recipient_country, i.ip_country)))) as lists,
  ${when('i.reference', existingReference('i.reference'))} as existing,
  ${reputationFlags('i.ip', 'i.domain')}
) f`;

const ENRICHMENT = new Sql(ENRICHMENT_SQL);

/**
 * Stage 2's read for a batch, to run in the transaction that holds the customers' advisory locks
 * so counts include every committed event. Events whose time is null take the turn's time.
 */
export function enrichmentRequest(
  tenantId: string,
  mode: Mode,
  items: readonly NormalizedTransaction[],
  /** Default small amount of CARD_TESTING, used when the tenant has not overridden it. */
  defaultSmallAmount: number,
): Bound {
  const payload = items.map((t, idx) => ({
    idx,
    uid: t.userId,
    at: t.occurredAtGiven ? t.occurredAt.toISOString() : null,
    device: t.deviceId,
    ip: t.ip,
    recipient: t.recipient?.key ?? null,
    recipient_value: t.recipient?.value ?? null,
    recipient_country: t.recipient?.country ?? null,
    email: t.email,
    domain: t.emailDomain,
    phone: t.phone,
    session: t.sessionId,
    country: t.country,
    ip_country: t.ipCountry,
    reference: t.reference,
  }));
  return bind(ENRICHMENT, {
    tenant: tenantId,
    mode,
    small: defaultSmallAmount,
    items: JSON.stringify(payload),
    ...givenTimeBounds(items.filter((t) => t.occurredAtGiven).map((t) => t.occurredAt)),
  });
}

/** The enrichment statement's one row as the engine wants it. */
export function enrichmentOf(rows: readonly Record<string, unknown>[]): Enrichment {
  const row = rows[0] as
    | {
        policy: PolicyRow | null;
        turn: Date | string;
        subscribed: unknown;
        models: LiveModel[] | null;
        facts: StoredFacts[];
      }
    | undefined;
  if (!row) throw new Error('enrichment returned no row');
  return {
    policy: row.policy,
    facts: row.facts,
    turn: new Date(row.turn),
    subscribed: subscribedTypes(row.subscribed),
    models: row.models ?? [],
  };
}

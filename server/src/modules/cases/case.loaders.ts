import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Sql, query } from '../../db/executor.js';
import type { AnalystLabel } from '../../domain/feedback.js';
import type { Mode } from '../../domain/modes.js';
import { LINKAGE_MS, sqlInterval } from '../../engine/windows.js';
import { CustomerEntity } from '../customers/customer.entity.js';
import { ScoredEventEntity } from '../scoring/scored-event.entity.js';
import { UserEntity } from '../users/user.entity.js';
import type { CaseEventEntity } from './case.entity.js';
import { CaseService } from './case.service.js';

export const LINK_KINDS = ['DEVICE', 'IP', 'EMAIL', 'PHONE', 'RECIPIENT'] as const;
export type LinkKind = (typeof LINK_KINDS)[number];

/** Another customer sharing an identifier with a case's transaction, from 30 days before it on. */
export interface LinkedEntity {
  kind: LinkKind;
  value: string;
  userId: string;
  events: number;
  lastSeenAt: Date;
  confirmedFraud: number;
  latestLabel: AnalystLabel | null;
}

/** How many recent events of the customer a case shows, and linked customers per identifier. */
export const RECENT_EVENTS = 10;
export const LINKED_PER_KIND = 20;

const linked = (kind: LinkKind, column: string) => `
  select s.id as source, '${kind}' as kind, s.${column} as value, o.user_id,
         count(*)::int as events, max(o.occurred_at) as last_seen_at,
         count(*) filter (where o.fraud_confirmed)::int as confirmed_fraud
    from src s
    join lateral (
      select user_id, occurred_at, fraud_confirmed from scored_event o
       where o.tenant_id = $tenant and o.mode = $mode and o.${column} = s.${column}
         and o.occurred_at > s.occurred_at - ${sqlInterval(LINKAGE_MS)} and o.user_id <> s.user_id
       order by o.occurred_at desc limit 500) o on true
   where s.${column} is not null
   group by s.id, s.${column}, o.user_id`;

const LINKED = new Sql(`
with src as (
  select id, user_id, occurred_at, device_id, ip, email, phone, recipient_key from scored_event
   where tenant_id = $tenant and mode = $mode and id = any($ids::uuid[])),
links as (
  ${linked('DEVICE', 'device_id')} union all ${linked('IP', 'ip')} union all
  ${linked('EMAIL', 'email')} union all ${linked('PHONE', 'phone')} union all
  ${linked('RECIPIENT', 'recipient_key')}),
ranked as (
  select l.*, row_number() over (partition by source, kind order by last_seen_at desc) as n from links l)
select r.source, r.kind, r.value, r.user_id, r.events, r.last_seen_at, r.confirmed_fraud,
       (select f.analyst_label from feedback f join scored_event e on e.id = f.event_id
         where f.tenant_id = $tenant and f.mode = $mode and f.feedback_type = 'ANALYST_LABEL'
           and e.tenant_id = $tenant and e.mode = $mode and e.user_id = r.user_id
         order by f.occurred_at desc limit 1) as latest_label
  from ranked r where n <= ${LINKED_PER_KIND}
 order by r.source, r.kind, r.last_seen_at desc`);

/** The latest events of each customer in `$users` (a JSON list), newest first. */
const RECENT = new Sql(`
  select u.user_id, e.id from jsonb_array_elements_text($users::jsonb) as u(user_id)
    cross join lateral (select id from scored_event
      where tenant_id = $tenant and mode = $mode and kind = 'TRANSACTION'
        and user_id = u.user_id order by occurred_at desc limit $limit) e`);

/**
 * Per-request loaders for what a case shows. They batch (one query per kind of data however many
 * cases a page holds) and do not cache: a subscription's context lives as long as the
 * subscription, and its events must show the data as it is now.
 */
export class CaseLoaders {
  readonly events: DataLoader<string, ScoredEventEntity | null>;
  readonly customers: DataLoader<string, CustomerEntity | null>;
  readonly users: DataLoader<string, UserEntity | null>;
  readonly recent: DataLoader<{ userId: string; exclude: string }, ScoredEventEntity[], string>;
  readonly linked: DataLoader<string, LinkedEntity[]>;
  readonly timelines: DataLoader<string, CaseEventEntity[]>;

  constructor(em: EntityManager, tenantId: string, mode: Mode) {
    const options = { cache: false } as const;
    this.events = new DataLoader(async (ids) => {
      const rows = await em.find(ScoredEventEntity, { id: { $in: [...ids] }, mode });
      const byId = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => byId.get(id) ?? null);
    }, options);
    this.customers = new DataLoader(async (userIds) => {
      const rows = await em.find(CustomerEntity, { externalId: { $in: [...userIds] }, mode });
      const byId = new Map(rows.map((r) => [r.externalId, r]));
      return userIds.map((id) => byId.get(id) ?? null);
    }, options);
    this.users = new DataLoader(async (ids) => {
      const rows = await em.find(UserEntity, { id: { $in: [...ids] } });
      const byId = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => byId.get(id) ?? null);
    }, options);
    this.recent = new DataLoader(
      async (keys) => {
        const userIds = [...new Set(keys.map((k) => k.userId))];
        const rows = await query<{ user_id: string; id: string }>(em, RECENT, {
          users: JSON.stringify(userIds),
          tenant: tenantId,
          mode,
          limit: RECENT_EVENTS + 1,
        });
        const events = rows.length
          ? await em.find(
              ScoredEventEntity,
              { id: { $in: rows.map((r) => r.id) } },
              { orderBy: { occurredAt: 'desc', id: 'desc' } },
            )
          : [];
        return keys.map((k) =>
          events.filter((e) => e.userId === k.userId && e.id !== k.exclude).slice(0, RECENT_EVENTS),
        );
      },
      { ...options, cacheKeyFn: (k) => `${k.userId}\u0000${k.exclude}` },
    );
    this.linked = new DataLoader(async (eventIds) => {
      const rows = await query<{
        source: string;
        kind: LinkKind;
        value: string;
        user_id: string;
        events: number;
        last_seen_at: Date;
        confirmed_fraud: number;
        latest_label: AnalystLabel | null;
      }>(em, LINKED, {
        tenant: tenantId,
        mode,
        ids: `{${eventIds.join(',')}}`,
      });
      const bySource = new Map<string, LinkedEntity[]>(eventIds.map((id) => [id, []]));
      for (const r of rows)
        bySource.get(r.source)?.push({
          kind: r.kind,
          value: r.value,
          userId: r.user_id,
          events: r.events,
          lastSeenAt: new Date(r.last_seen_at),
          confirmedFraud: r.confirmed_fraud,
          latestLabel: r.latest_label,
        });
      return eventIds.map((id) => bySource.get(id) ?? []);
    }, options);
    const cases = new CaseService(em, tenantId, mode);
    this.timelines = new DataLoader(async (caseIds) => {
      const byCase = await cases.timelines(caseIds);
      return caseIds.map((id) => byCase.get(id) ?? []);
    }, options);
  }
}

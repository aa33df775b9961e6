import type { EntityManager } from '@mikro-orm/postgresql';
import { Sql, query } from './executor.js';

/** Advisory lock key serialising partition changes across replicas ('warden:partitions'). */
export const PARTITION_LOCK_KEY = 7_311_204_118;

/** A month as 'YYYY-MM' (UTC). */
export type Month = string;

export function monthOf(date: Date): Month {
  return date.toISOString().slice(0, 7);
}

/** The month `offset` months from `date`'s month. */
export function addMonths(date: Date, offset: number): Month {
  return monthOf(new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + offset, 1)));
}

/** scored_event's partition holding `month`, e.g. scored_event_y2026m12. */
export function partitionName(month: Month): string {
  return `scored_event_y${month.slice(0, 4)}m${month.slice(5, 7)}`;
}

/** The partition's month, or null for a table that is not one of ours. */
export function monthOfPartition(name: string): Month | null {
  const m = /^scored_event_y(\d{4})m(\d{2})$/.exec(name);
  return m ? `${m[1]}-${m[2]}` : null;
}

function boundsOf(month: Month): [string, string] {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const next = new Date(Date.UTC(y, m, 1)).toISOString().slice(0, 10);
  return [`${month}-01 00:00:00+00`, `${next} 00:00:00+00`];
}

/**
 * Which of `$names` (a text array) are not tables. pg_class is read as a table, with the
 * statement's snapshot: to_regclass would consult the session's catalog cache, which can still
 * miss a partition another replica committed while this one waited for the lock.
 */
const ABSENT_TABLES = new Sql(
  `select n as name from unnest($names::text[]) as n
    where not exists (select 1 from pg_class c
                       where c.relname = n and c.relnamespace = current_schema()::regnamespace)`,
);

/** Taken by whatever creates or drops a partition, for the rest of its transaction. */
export const PARTITION_LOCK = new Sql(`select pg_advisory_xact_lock(${PARTITION_LOCK_KEY})`);

/**
 * Autovacuum settings of every partition. A score's look-ups are index-only scans, which read
 * the table for each page autovacuum has not yet marked all-visible; by default it vacuums an
 * insert-only table after each fifth of its size is inserted, so a month's partition of 50
 * million events would leave its last 10 million, days of traffic, to be read from the table.
 * Here it vacuums every 10,000 events plus 1 % of the partition. An insert-only vacuum reads only
 * the pages added since the last one, so vacuuming more often adds little work in all.
 */
export const PARTITION_STORAGE =
  'autovacuum_vacuum_insert_threshold = 10000, autovacuum_vacuum_insert_scale_factor = 0.01';

/**
 * The DDL of `month`'s partition (its name and bounds are computed, never user input). The table
 * is created on its own and then attached: ATTACH PARTITION takes only a SHARE UPDATE EXCLUSIVE
 * lock on scored_event, which reads and writes do not conflict with, whereas CREATE TABLE …
 * PARTITION OF would wait for every open transaction on scored_event and hold up every score
 * queued behind it. Attaching builds the new table's indexes (it is empty: instant).
 */
function createPartition(month: Month): Sql[] {
  const [from, to] = boundsOf(month);
  const name = `"${partitionName(month)}"`;
  return [
    new Sql(
      `create table ${name} (like scored_event including defaults including constraints including compression) with (${PARTITION_STORAGE})`,
      {
        once: true,
      },
    ),
    new Sql(
      `alter table scored_event attach partition ${name} for values from ('${from}') to ('${to}')`,
      {
        once: true,
      },
    ),
  ];
}

/**
 * Creates scored_event's monthly partitions before rows need them. There is deliberately no
 * DEFAULT partition: once it held a row of some month, PostgreSQL would refuse to create that
 * month's partition. So every write first makes sure its months exist.
 *
 * The months from the previous one onwards that this process has seen are cached, so the common
 * case (recent events) costs no query; retention never drops them. Older months are checked on
 * every call (one query), because `warden retention` in another process may have dropped them.
 */
export class PartitionMaintainer {
  private readonly known = new Set<Month>();

  /** Makes sure the partitions of every date's month exist. */
  async ensureMonths(em: EntityManager, dates: Iterable<Date>): Promise<void> {
    const floor = addMonths(new Date(), -1);
    const unsure = new Set<Month>();
    for (const date of dates) {
      const month = monthOf(date);
      if (!(this.known.has(month) && month >= floor)) unsure.add(month);
    }
    if (unsure.size === 0) return;
    const absent = await query<{ name: string }>(em.fork(), ABSENT_TABLES, {
      names: [...unsure].map(partitionName),
    });
    const missing = [...unsure].filter((m) => absent.some((a) => a.name === partitionName(m)));
    if (missing.length > 0) {
      // Under a transaction-level advisory lock, so replicas creating the same month at once
      // wait for each other; whoever comes second sees the month exists and skips it.
      await em.fork().transactional(async (tx) => {
        await query(tx, PARTITION_LOCK);
        const still = await query<{ name: string }>(tx, ABSENT_TABLES, {
          names: missing.map(partitionName),
        });
        for (const month of missing.sort()) {
          if (!still.some((a) => a.name === partitionName(month))) continue;
          for (const ddl of createPartition(month)) await query(tx, ddl);
        }
      });
    }
    for (const month of unsure) this.known.add(month);
  }

  /** The previous month to three months ahead: what startup and the daily timer create. */
  async ensureAhead(em: EntityManager, now = new Date()): Promise<void> {
    const months = [-1, 0, 1, 2, 3].map((k) => addMonths(now, k));
    await this.ensureMonths(
      em,
      months.map((m) => new Date(`${m}-01T00:00:00Z`)),
    );
  }

  /** Makes sure every month from `from`'s to `to`'s has its partition (bulk loads). */
  async ensureRange(em: EntityManager, from: Date, to: Date): Promise<void> {
    const dates: Date[] = [];
    for (let k = 0; addMonths(from, k) <= monthOf(to); k++)
      dates.push(new Date(`${addMonths(from, k)}-01T00:00:00Z`));
    await this.ensureMonths(em, dates);
  }

  /** Forgets months whose partitions were dropped, so a later write creates them again. */
  forget(months: Iterable<Month>): void {
    for (const month of months) this.known.delete(month);
  }
}

/** The process's maintainer for scored_event. */
export const eventPartitions = new PartitionMaintainer();

import type pg from 'pg';
import { monthOf, monthOfPartition } from './partitions.js';

/**
 * scored_event's partitions with rows that no vacuum has seen yet (inserted, or changed by
 * feedback and retention, since the last one).
 */
const UNVACUUMED_PARTITIONS = `select c.relname as name
  from pg_inherits i
  join pg_class c on c.oid = i.inhrelid
  join pg_stat_user_tables s on s.relid = c.oid
 where i.inhparent = 'scored_event'::regclass
   and (s.n_ins_since_vacuum > 0 or s.n_dead_tup > 0)
 order by c.relname`;

/**
 * Vacuums (and analyzes) the partitions of months that have ended, before `now`'s month, that
 * hold rows no vacuum has seen. A score's look-ups are index-only scans, which read the table
 * for every page not yet marked all-visible; autovacuum marks a partition's pages after each
 * fifth of its size is inserted, so the last inserts of a month would stay unmarked once the
 * month closes, and the next month's 30-day look-ups would read them from the table for weeks.
 * VACUUM cannot run in a transaction: `client` is a connection of its own. Returns the
 * partitions vacuumed.
 */
export async function vacuumClosedMonths(client: pg.Client, now = new Date()): Promise<string[]> {
  const current = monthOf(now);
  const { rows } = await client.query<{ name: string }>(UNVACUUMED_PARTITIONS);
  const closed = rows
    .map((r) => r.name)
    .filter((name) => {
      const month = monthOfPartition(name);
      return month !== null && month < current;
    });
  for (const name of closed) await client.query(`vacuum (analyze) "${name}"`);
  return closed;
}

import type pg from 'pg';
import { round } from './report.js';

/**
 * What PostgreSQL's statistics views say a stretch of a replay cost: index scans of
 * scored_event and shared-buffer blocks of the whole database, snapshotted at each slice's
 * start and end.
 */

type IndexCounts = Record<string, [scans: number, read: number]>;

export interface StoreSnapshot {
  indexes: IndexCounts;
  buffers: { hit: number; read: number };
}

/**
 * Index statistics of scored_event (scans and index entries read, each partition's index counted
 * under the partitioned index it belongs to) and the table and index blocks of the whole
 * database found in shared buffers (hit) or not (read).
 */
export async function storeSnapshot(client: pg.Client): Promise<StoreSnapshot> {
  const { rows } = await client.query<{ name: string; scans: string; read: string }>(
    `select coalesce(p.relname, s.indexrelname) as name, sum(s.idx_scan) as scans,
        sum(s.idx_tup_read) as read
       from pg_stat_user_indexes s
       left join pg_inherits h on h.inhrelid = s.indexrelid
       left join pg_class p on p.oid = h.inhparent
      where s.relid = 'scored_event'::regclass
         or s.relid in (select inhrelid from pg_inherits where inhparent = 'scored_event'::regclass)
      group by 1`,
  );
  const { rows: blocks } = await client.query<{ hit: string | null; read: string | null }>(
    `select sum(coalesce(heap_blks_hit, 0) + coalesce(idx_blks_hit, 0) + coalesce(toast_blks_hit, 0)) as hit,
        sum(coalesce(heap_blks_read, 0) + coalesce(idx_blks_read, 0) + coalesce(toast_blks_read, 0)) as read
       from pg_statio_user_tables`,
  );
  return {
    indexes: Object.fromEntries(rows.map((r) => [r.name, [Number(r.scans), Number(r.read)]])),
    buffers: { hit: Number(blocks[0]?.hit ?? 0), read: Number(blocks[0]?.read ?? 0) },
  };
}

/**
 * Between two snapshots (statistics lag ~0.5 s): blocks per event, and per index the scans and
 * entries read per scan.
 */
export function storeDelta(a: StoreSnapshot, b: StoreSnapshot, events: number) {
  const indexes = Object.fromEntries(
    Object.entries(b.indexes)
      .map(([name, [scans, read]]) => {
        const s = scans - (a.indexes[name]?.[0] ?? 0);
        const r = read - (a.indexes[name]?.[1] ?? 0);
        return [name, { scans: s, readPerScan: s ? round(r / s) : 0 }] as const;
      })
      .filter(([, v]) => v.scans > 0),
  );
  const per = (x: number) => round(x / Math.max(1, events));
  return {
    blocksPerEvent: {
      hit: per(b.buffers.hit - a.buffers.hit),
      read: per(b.buffers.read - a.buffers.read),
    },
    indexes,
  };
}

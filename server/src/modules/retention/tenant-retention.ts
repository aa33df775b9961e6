import type { EntityManager } from '@mikro-orm/postgresql';
import { addMonths } from '../../db/partitions.js';
import { dropPartitions, listPartitions } from './partition-retention.js';
import { query } from '../../db/executor.js';
import { DELETE_TENANT_CHUNK, TENANTS_WITH_RETENTION, partitionUsed } from './retention.sql.js';

export interface TenantRetentionReport {
  /** Events deleted per tenant id. */
  deleted: Record<string, number>;
  /** Partitions dropped because no tenant had rows left in them. */
  droppedPartitions: string[];
}

/**
 * One pass of per-tenant retention: each tenant with `retention_months` loses its events older
 * than that many full months before the current one, with their references, cases and
 * feedback, `chunk` events per statement so no transaction grows large. Then partitions older
 * than the longest retention of any tenant that are empty for every tenant are dropped (a
 * tenant keeping everything still holds its rows there, so its months stay).
 */
export async function runTenantRetention(
  em: EntityManager,
  options: { now?: Date; chunk?: number } = {},
): Promise<TenantRetentionReport> {
  const now = options.now ?? new Date();
  const chunk = options.chunk ?? 5000;
  const tenants = await query<{ id: string; retention_months: number }>(em, TENANTS_WITH_RETENTION);
  const deleted: Record<string, number> = {};
  for (const { id, retention_months: months } of tenants) {
    const cutoff = new Date(`${addMonths(now, -months)}-01T00:00:00Z`);
    let total = 0;
    for (;;) {
      const [row] = await query<{ deleted: number }>(em.fork(), DELETE_TENANT_CHUNK, {
        tenant: id,
        cutoff,
        chunk,
      });
      total += row!.deleted;
      if (row!.deleted < chunk) break;
    }
    deleted[id] = total;
  }
  if (tenants.length === 0) return { deleted, droppedPartitions: [] };
  const longest = Math.max(...tenants.map((t) => t.retention_months));
  const oldestKept = addMonths(now, -longest);
  const empty: { partition: string; month: string }[] = [];
  for (const p of await listPartitions(em)) {
    if (p.month >= oldestKept) continue;
    const [row] = await query<{ used: boolean }>(em, partitionUsed(p.partition));
    if (!row!.used) empty.push(p);
  }
  const dropped = await dropPartitions(em, empty, false, { onlyIfEmpty: true });
  return { deleted, droppedPartitions: dropped.map((d) => d.partition) };
}

import type { EntityManager } from '@mikro-orm/postgresql';
import { query } from '../../db/executor.js';
import {
  PARTITION_LOCK,
  addMonths,
  eventPartitions,
  monthOfPartition,
  type Month,
} from '../../db/partitions.js';
import {
  LIST_PARTITIONS,
  countPartition,
  deletePartitionDependents,
  DROP_LOCK_TIMEOUT,
  dropPartition,
  lockPartition,
} from './retention.sql.js';

export interface DroppedPartition {
  partition: string;
  month: Month;
  events: number;
  references: number;
  cases: number;
  feedback: number;
}

/** scored_event's monthly partitions with their months, oldest first. */
export async function listPartitions(
  em: EntityManager,
): Promise<{ partition: string; month: Month }[]> {
  const rows = await query<{ name: string }>(em, LIST_PARTITIONS);
  return rows.flatMap((r) => {
    const month = monthOfPartition(r.name);
    return month ? [{ partition: r.name, month }] : [];
  });
}

/**
 * Drops, for every tenant, the monthly partitions older than `keepMonths` full months before
 * the current one (with 12 in December 2026, November 2025 and earlier go), after deleting the
 * rows that point at their events. `dryRun` only counts. Each partition goes in its own
 * transaction, under the lock that creating partitions takes.
 */
export async function dropOldPartitions(
  em: EntityManager,
  keepMonths: number,
  options: { dryRun?: boolean; now?: Date } = {},
): Promise<DroppedPartition[]> {
  const oldestKept = addMonths(options.now ?? new Date(), -keepMonths);
  return dropPartitions(
    em,
    (await listPartitions(em)).filter((p) => p.month < oldestKept),
    options.dryRun ?? false,
  );
}

/**
 * Drops `partitions` after deleting their events' dependents, each in its own transaction.
 * `onlyIfEmpty`: the partition is locked first (no event can arrive meanwhile) and kept if it
 * holds any event by then, for the per-tenant job, which found it empty before taking any lock.
 * Waiting for the partition's lock is bounded (DROP_LOCK_TIMEOUT): a partition busy with a long
 * transaction is left for the next run instead of holding up every score queued behind the lock.
 */
export async function dropPartitions(
  em: EntityManager,
  partitions: { partition: string; month: Month }[],
  dryRun: boolean,
  options: { onlyIfEmpty?: boolean } = {},
): Promise<DroppedPartition[]> {
  const dropped: DroppedPartition[] = [];
  for (const { partition, month } of partitions) {
    const counts = await em.fork().transactional(async (tx) => {
      await query(tx, PARTITION_LOCK);
      if (!dryRun) {
        await query(tx, DROP_LOCK_TIMEOUT);
        await query(tx, lockPartition(partition));
      }
      const [row] = await query<Omit<DroppedPartition, 'partition' | 'month'>>(
        tx,
        countPartition(partition),
      );
      if (dryRun) return row!;
      if (options.onlyIfEmpty && row!.events > 0) return null;
      for (const sql of deletePartitionDependents(partition)) await query(tx, sql);
      await query(tx, dropPartition(partition));
      return row!;
    });
    if (counts) dropped.push({ partition, month, ...counts });
  }
  if (!dryRun) eventPartitions.forget(dropped.map((d) => d.month));
  return dropped;
}

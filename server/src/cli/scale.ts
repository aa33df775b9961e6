import type { EntityManager } from '@mikro-orm/postgresql';
import { Sql, query } from '../db/executor.js';
import {
  COLOCATION_ANCHOR,
  DISTRIBUTED_TABLES,
  DISTRIBUTION_COLUMN,
  REFERENCE_TABLES,
} from '../db/table-layout.js';
import { dropOldPartitions } from '../modules/retention/partition-retention.js';

/** What a command prints: `result` with --json, else `text`. */
export interface CommandResult {
  result: Record<string, unknown>;
  text: string;
}

/** `warden retention --keep-months N [--dry-run]`; `keepMonths` is already validated. */
export async function retentionCommand(
  em: EntityManager,
  keepMonths: number,
  dryRun: boolean,
): Promise<CommandResult> {
  const dropped = await dropOldPartitions(em, keepMonths, { dryRun });
  const verb = dryRun ? 'Would drop' : 'Dropped';
  const lines = dropped.map(
    (d) =>
      `  ${d.partition}: ${d.events} event(s), ${d.references} reference(s), ${d.cases} case(s), ${d.feedback} feedback`,
  );
  return {
    result: { dryRun, keepMonths, dropped },
    text: dropped.length
      ? `${verb} ${dropped.length} partition(s) older than ${keepMonths} full month(s):\n${lines.join('\n')}`
      : `No partition is older than ${keepMonths} full month(s); nothing to drop.`,
  };
}

/** The reason `warden citus distribute` refuses to run on a database without Citus. */
export const CITUS_MISSING =
  'the citus extension is not installed in this database; see docs/scale-out.md';

const CITUS_INSTALLED = new Sql("select 1 from pg_extension where extname = 'citus'");
// The statements below name Citus's own catalog and functions: they are sent unnamed (`once`), so
// the schema test, which parses every named statement on plain PostgreSQL, leaves them alone.
const CITUS_MANAGES = new Sql(
  'select 1 from pg_dist_partition where logicalrelid = $table::regclass',
  { once: true },
);
const CREATE_REFERENCE_TABLE = new Sql('select create_reference_table($table)', { once: true });
const CREATE_DISTRIBUTED_TABLE = new Sql('select create_distributed_table($table, $column)', {
  once: true,
});
const CREATE_COLOCATED_TABLE = new Sql(
  'select create_distributed_table($table, $column, colocate_with => $anchor)',
  { once: true },
);

/**
 * `warden citus distribute`: makes the platform tables reference tables and shards the tenant
 * tables by tenant_id, co-located with scored_event. Tables Citus already manages are skipped,
 * so running it again changes nothing. The order matters: a foreign key may only point at a
 * table Citus already manages (tenant first, review_case before case_event, ...).
 */
export async function citusDistributeCommand(em: EntityManager): Promise<CommandResult> {
  const [citus] = await query(em, CITUS_INSTALLED);
  if (!citus) throw new Error(CITUS_MISSING);
  const managed = async (table: string) => (await query(em, CITUS_MANAGES, { table })).length > 0;
  const done: string[] = [];
  const skipped: string[] = [];
  for (const table of REFERENCE_TABLES) {
    if (await managed(table)) skipped.push(table);
    else {
      await query(em, CREATE_REFERENCE_TABLE, { table });
      done.push(`${table} (reference)`);
    }
  }
  for (const table of DISTRIBUTED_TABLES) {
    if (await managed(table)) skipped.push(table);
    else {
      if (table === COLOCATION_ANCHOR)
        await query(em, CREATE_DISTRIBUTED_TABLE, { table, column: DISTRIBUTION_COLUMN });
      else
        await query(em, CREATE_COLOCATED_TABLE, {
          table,
          column: DISTRIBUTION_COLUMN,
          anchor: COLOCATION_ANCHOR,
        });
      done.push(`${table} (distributed by ${DISTRIBUTION_COLUMN})`);
    }
  }
  return {
    result: { distributed: done, skipped },
    text: done.length
      ? `Citus now manages:\n  ${done.join('\n  ')}${skipped.length ? `\nAlready managed: ${skipped.join(', ')}` : ''}`
      : 'Every table is already managed by Citus; nothing to do.',
  };
}

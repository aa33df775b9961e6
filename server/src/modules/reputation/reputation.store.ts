import type { EntityManager } from '@mikro-orm/postgresql';
import { Sql, query } from '../../db/executor.js';
import type { ReputationKind } from './reputation.entity.js';

/**
 * The SQL of the platform's `reputation_entry` lists. A list arrives whole (thousands of values),
 * so values travel as one JSON array parameter and each statement is a single set operation.
 */

const REMOVE_ABSENT = new Sql(
  `with gone as (delete from reputation_entry where kind = $kind
     and value not in (select jsonb_array_elements_text($values::jsonb)) returning 1)
   select count(*)::int as n from gone`,
);

const ADD_MISSING = new Sql(
  `with added as (
     insert into reputation_entry (id, kind, value, source, created_at)
     select gen_random_uuid(), $kind, v, $source, now()
       from jsonb_array_elements_text($values::jsonb) as v
     on conflict (kind, value) do nothing returning 1)
   select count(*)::int as n from added`,
);

const SUMMARY = new Sql(
  'select kind, count(*)::int as n, max(created_at) as last from reputation_entry group by kind',
);

/** Deletes the entries of `kind` not in `values`; returns how many. */
export async function removeAbsent(
  em: EntityManager,
  kind: ReputationKind,
  values: readonly string[],
): Promise<number> {
  const [row] = await query<{ n: number }>(em, REMOVE_ABSENT, {
    kind,
    values: JSON.stringify(values),
  });
  return row?.n ?? 0;
}

/** Adds the `values` of `kind` not yet listed; returns how many were new. */
export async function addMissing(
  em: EntityManager,
  kind: ReputationKind,
  values: readonly string[],
  source: string,
): Promise<number> {
  const [row] = await query<{ n: number }>(em, ADD_MISSING, {
    kind,
    values: JSON.stringify(values),
    source,
  });
  return row?.n ?? 0;
}

/** Per listed kind, its number of entries and when the last one was added. */
export function listSummary(
  em: EntityManager,
): Promise<{ kind: ReputationKind; n: number; last: Date | null }[]> {
  return query(em, SUMMARY);
}

import { Sql } from './executor.js';

/**
 * Transaction-scoped advisory locks on every key of `$keys` (a JSON array of strings), taken in
 * hash order so two transactions locking overlapping keys never wait on each other in a cycle.
 */
export const LOCK_KEYS_SQL = `select count(pg_advisory_xact_lock(h)) from (
  select distinct hashtextextended(k, 0) as h
    from jsonb_array_elements_text($keys::jsonb) as k order by 1) x`;

/** {@link LOCK_KEYS_SQL} as an executor statement; bind `{ keys }`. */
export const LOCK_KEYS = new Sql(LOCK_KEYS_SQL);

import { Sql } from './executor.js';

/**
 * Transaction-scoped advisory locks on every key of `$keys` (a JSON array of strings), taken in
 * hash order so two transactions locking overlapping keys never wait on each other in a cycle.
 * An executor statement: bind it with `keys`, in a pipeline or with `query`.
 */
export const LOCK_KEYS = new Sql(`select count(pg_advisory_xact_lock(h)) from (
  select distinct hashtextextended(k, 0) as h
    from jsonb_array_elements_text($keys::jsonb) as k order by 1) x`);

/**
 * PostgreSQL's `plan_cache_mode` for the server's connections. `auto` (PostgreSQL's default)
 * plans a named statement with its actual values for its first executions and switches to a
 * generic plan only when that is estimated no worse; `force_generic_plan` plans once for any
 * values, which picks poor indexes when the plan was made on a near-empty table, and breaks
 * Citus's distributed planning. Kept configurable for measurement.
 */
export const PLAN_CACHE_MODES = ['auto', 'force_custom_plan', 'force_generic_plan'] as const;

export type PlanCacheMode = (typeof PLAN_CACHE_MODES)[number];

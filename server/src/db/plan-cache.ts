/**
 * PostgreSQL's `plan_cache_mode` for the server's connections.
 *
 * `auto` (PostgreSQL's own default) plans a named statement with its actual values for its
 * first five executions on a connection, and again after anything invalidates the plan (an
 * ANALYZE of scored_event, a new monthly partition). The enrichment statement's look-ups are
 * keyed by each event's values, which no plan knows, so those custom plans buy nothing, and
 * planning it over every monthly partition takes 10 to 50 ms each time: the scores that pay for
 * it make the p99. `force_generic_plan` plans it once per connection and invalidation (its plan
 * is checked without statistics by the enrichment-plan test), so it is the default on plain
 * PostgreSQL. Citus routes a statement to a tenant's shard only with the tenant id known at
 * planning time: set `auto` there.
 */
export const PLAN_CACHE_MODES = ['auto', 'force_custom_plan', 'force_generic_plan'] as const;

export type PlanCacheMode = (typeof PLAN_CACHE_MODES)[number];

export const DEFAULT_PLAN_CACHE_MODE: PlanCacheMode = 'force_generic_plan';

import type pg from 'pg';

/**
 * What autovacuum would do now, table by table: plain tables (partitions included; partitioned
 * parents are left out, as autovacuum leaves them out) past one of its thresholds for a vacuum
 * (by default 1,000 rows + 20 % of the table inserted since the last one: it marks pages
 * all-visible, which index-only scans need; or 50 rows + 20 % of the table dead, left by updates
 * and deletes, as the customer profiles that every score updates) or past its threshold for an
 * analyze (by default 50 rows + 10 % changed). A table's own settings (its storage parameters, as Warden gives its
 * partitions) come before the server's, as they do for autovacuum.
 */
const DUE = `with t as (
  select s.schemaname, s.relname, s.n_ins_since_vacuum, s.n_mod_since_analyze, s.n_dead_tup,
    greatest(c.reltuples, 0) as tuples,
    coalesce(o.insert_threshold,
      current_setting('autovacuum_vacuum_insert_threshold')::float8) as insert_threshold,
    coalesce(o.insert_scale, current_setting('autovacuum_vacuum_insert_scale_factor')::float8)
      as insert_scale,
    coalesce(o.vacuum_threshold, current_setting('autovacuum_vacuum_threshold')::float8)
      as vacuum_threshold,
    coalesce(o.vacuum_scale, current_setting('autovacuum_vacuum_scale_factor')::float8)
      as vacuum_scale,
    coalesce(o.analyze_threshold, current_setting('autovacuum_analyze_threshold')::float8)
      as analyze_threshold,
    coalesce(o.analyze_scale, current_setting('autovacuum_analyze_scale_factor')::float8)
      as analyze_scale
  from pg_stat_user_tables s join pg_class c on c.oid = s.relid
  cross join lateral (
    select max(option_value) filter (where option_name = 'autovacuum_vacuum_threshold')::float8 as vacuum_threshold,
      max(option_value) filter (where option_name = 'autovacuum_vacuum_scale_factor')::float8 as vacuum_scale,
      max(option_value) filter (where option_name = 'autovacuum_vacuum_insert_threshold')::float8 as insert_threshold,
      max(option_value) filter (where option_name = 'autovacuum_vacuum_insert_scale_factor')::float8 as insert_scale,
      max(option_value) filter (where option_name = 'autovacuum_analyze_threshold')::float8 as analyze_threshold,
      max(option_value) filter (where option_name = 'autovacuum_analyze_scale_factor')::float8 as analyze_scale
    from pg_options_to_table(c.reloptions)) o
  where c.relkind = 'r')
select format('%I.%I', schemaname, relname) as name,
    n_ins_since_vacuum > insert_threshold + insert_scale * tuples
      or n_dead_tup > vacuum_threshold + vacuum_scale * tuples as vacuum
  from t
 where n_mod_since_analyze > analyze_threshold + analyze_scale * tuples
    or n_ins_since_vacuum > insert_threshold + insert_scale * tuples
    or n_dead_tup > vacuum_threshold + vacuum_scale * tuples
 order by relname`;

/**
 * Keeps tables as autovacuum would on a server that runs without it: once per
 * `autovacuum_naptime` (a minute by default, how often autovacuum visits a database), vacuum and
 * analyze the tables past its thresholds, on a connection of its own and beside the load.
 * Analyzing a partitioned table as a whole instead samples every partition each time, which
 * costs a replay far more than production's autovacuum ever does.
 */
export class Autovacuum {
  runs = 0;
  analyzed = 0;
  vacuumed = 0;
  seconds = 0;
  private running: Promise<void> | null = null;
  private checkedAt = -Infinity;
  private failure: unknown;

  /** `everyMs`: the server's autovacuum_naptime (see {@link naptimeMs}). */
  constructor(
    private readonly client: pg.Client,
    private readonly everyMs: number,
  ) {}

  /** The server's autovacuum_naptime in milliseconds. */
  static async naptimeMs(client: pg.Client): Promise<number> {
    const { rows } = await client.query<{ ms: string }>(
      "select setting::float8 * 1000 as ms from pg_settings where name = 'autovacuum_naptime'",
    );
    return Number(rows[0]?.ms ?? 60_000);
  }

  /**
   * Starts a check unless one is running or the last began less than `everyMs` ago; throws what
   * an earlier check failed with.
   */
  poke(): void {
    if (this.failure !== undefined) throw this.failure;
    const now = performance.now();
    if (this.running || now - this.checkedAt < this.everyMs) return;
    this.checkedAt = now;
    this.running = this.check()
      .then(
        () => undefined,
        (error: unknown) => {
          this.failure = error;
        },
      )
      .finally(() => {
        this.running = null;
      });
  }

  /** Vacuums and analyzes the tables due now and waits for it; returns their names. */
  async check(): Promise<string[]> {
    const { rows } = await this.client.query<{ name: string; vacuum: boolean }>(DUE);
    if (rows.length === 0) return [];
    const started = performance.now();
    const vacuum = rows.filter((r) => r.vacuum).map((r) => r.name);
    const analyze = rows.filter((r) => !r.vacuum).map((r) => r.name);
    if (vacuum.length) await this.client.query(`vacuum (analyze) ${vacuum.join(', ')}`);
    if (analyze.length) await this.client.query(`analyze ${analyze.join(', ')}`);
    this.seconds += (performance.now() - started) / 1000;
    this.runs++;
    this.vacuumed += vacuum.length;
    this.analyzed += rows.length;
    return rows.map((r) => r.name);
  }

  /** Waits for a running check; throws what a check failed with. */
  async settle(): Promise<void> {
    await this.running;
    if (this.failure !== undefined) throw this.failure;
  }
}

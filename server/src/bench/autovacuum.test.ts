import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { Autovacuum } from './autovacuum.js';

let client: pg.Client;

beforeAll(async () => {
  client = new pg.Client({ connectionString: inject('databaseUrl') });
  await client.connect();
  await client.query(`create table aa_plain (i int);
    create table aa_parted (i int) partition by range (i);
    create table aa_part1 partition of aa_parted for values from (0) to (100000)`);
});
afterAll(async () => {
  await client?.query('drop table if exists aa_plain, aa_parted');
  await client?.end();
});

/** Inserts `n` rows into `table` and makes this session's counters visible to the views. */
async function insert(table: string, n: number): Promise<void> {
  await client.query(`insert into ${table} select g from generate_series(1, ${n}) g`);
  await client.query('select pg_stat_force_next_flush()');
  // The flush happens once the session is idle, after the statement above.
  await client.query('select 1');
}

describe('emulated autovacuum', () => {
  it("analyzes a table past autovacuum's threshold, and then not until it grows by 10 %", async () => {
    const analyze = new Autovacuum(client, 60_000);
    await insert('aa_plain', 100);
    expect(await analyze.check()).toContain('public.aa_plain');
    expect(analyze.runs).toBe(1);
    await insert('aa_plain', 30);
    expect(await analyze.check()).not.toContain('public.aa_plain');
    await insert('aa_plain', 40);
    expect(await analyze.check()).toContain('public.aa_plain');
    // Analyzed only: 170 rows are far from the insert threshold for a vacuum. (Other tables of
    // a shared test database may be vacuumed meanwhile.)
    await client.query('select pg_stat_force_next_flush()');
    await client.query('select 1');
    const { rows } = await client.query<{ vacuums: string; analyzes: string }>(
      `select vacuum_count as vacuums, analyze_count as analyzes from pg_stat_user_tables
        where relname = 'aa_plain'`,
    );
    expect([Number(rows[0]!.vacuums), Number(rows[0]!.analyzes)]).toEqual([0, 2]);
  });

  it('vacuums a table past the insert threshold, which marks its pages all-visible', async () => {
    const vacuum = new Autovacuum(client, 60_000);
    await client.query('create table aa_big (i int)');
    await insert('aa_big', 5000);
    expect(await vacuum.check()).toContain('public.aa_big');
    expect(vacuum.vacuumed).toBeGreaterThanOrEqual(1);
    const { rows } = await client.query<{ visible: number }>(
      "select relallvisible as visible from pg_class where relname = 'aa_big'",
    );
    expect(rows[0]!.visible).toBeGreaterThan(0);
    await client.query('drop table aa_big');
  });

  it('vacuums a table whose updates left dead rows past the threshold', async () => {
    const vacuum = new Autovacuum(client, 60_000);
    await client.query('create table aa_updated (i int primary key, n int)');
    await insert('aa_updated', 1000);
    await vacuum.check();
    const before = vacuum.vacuumed;
    // 600 dead rows: past 50 + 20 % of 1,000, with nothing inserted since.
    await client.query('update aa_updated set n = 1 where i <= 600');
    await client.query('select pg_stat_force_next_flush()');
    await client.query('select 1');
    expect(await vacuum.check()).toContain('public.aa_updated');
    expect(vacuum.vacuumed).toBe(before + 1);
    const { rows } = await client.query<{ dead: string }>(
      `select n_dead_tup as dead from pg_stat_user_tables where relname = 'aa_updated'`,
    );
    expect(Number(rows[0]!.dead)).toBe(0);
    await client.query('drop table aa_updated');
  });

  it("follows a table's own thresholds before the server's, as autovacuum does", async () => {
    const vacuum = new Autovacuum(client, 60_000);
    await client.query(`create table aa_tuned (i int)
      with (autovacuum_vacuum_insert_threshold = 100, autovacuum_vacuum_insert_scale_factor = 0);
      create table aa_default (i int)`);
    // 500 rows: past the table's own threshold, short of the server's default of 1,000.
    await insert('aa_tuned', 500);
    await insert('aa_default', 500);
    await vacuum.check();
    const { rows } = await client.query<{ name: string; visible: number }>(
      `select relname as name, relallvisible as visible from pg_class
        where relname in ('aa_tuned', 'aa_default') order by relname`,
    );
    expect(rows.map((r) => [r.name, r.visible > 0])).toEqual([
      ['aa_default', false],
      ['aa_tuned', true],
    ]);
    await client.query('drop table aa_tuned, aa_default');
  });

  it('analyzes partitions, never the partitioned table, as autovacuum does', async () => {
    const analyze = new Autovacuum(client, 60_000);
    await insert('aa_parted', 500);
    const due = await analyze.check();
    expect(due).toContain('public.aa_part1');
    expect(due).not.toContain('public.aa_parted');
  });

  it('checks in the background, one check at a time, and reports a failure', async () => {
    const analyze = new Autovacuum(client, 60_000);
    await insert('aa_plain', 1000);
    analyze.poke();
    analyze.poke();
    await analyze.settle();
    expect(analyze.runs).toBe(1);
    expect(await Autovacuum.naptimeMs(client)).toBeGreaterThan(0);
    const broken = new pg.Client({ connectionString: inject('databaseUrl') });
    await broken.connect();
    await broken.end();
    const failing = new Autovacuum(broken, 60_000);
    failing.poke();
    await expect(failing.settle()).rejects.toThrow();
    expect(() => failing.poke()).toThrow();
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import fc from 'fast-check';
import { openOrm, type Orm } from '../src/db/orm.js';
import { Pipeline, Sql, bind, executorStatistics, query } from '../src/db/executor.js';

let orm: Orm;
beforeAll(async () => {
  // One connection: every test below also proves the connection is left usable.
  orm = await openOrm({ url: inject('databaseUrl'), poolMax: 1 });
});
afterAll(async () => {
  await orm?.close(true);
});

const ECHO = new Sql('select $value::text as value, $n::int as n, $value::text = $same as same');

describe('the SQL executor', () => {
  it('sends values as bind parameters: any string comes back unchanged, never as SQL', async () => {
    const tricky = [
      "'); drop table tenant; --",
      "it's",
      '\\',
      "\\'",
      "E'\\x41'",
      '$1 $$ $tag$',
      'ünïcødé — “quotes” 🚀',
      '',
    ];
    const random = fc.sample(
      fc.string({ unit: 'binary', maxLength: 40 }).filter((s) => !s.includes('\u0000')),
      200,
    );
    const values = [...tricky, ...random];
    await Pipeline.transaction(orm.em.fork(), async (tx) => {
      const results = await tx.send(
        values.map((value, n) => bind(ECHO, { value, n, same: value })),
        { begin: true, commit: true },
      );
      expect(results.map((rows) => rows[0]!.value)).toEqual(values);
      expect(results.map((rows) => rows[0]!.n)).toEqual(values.map((_, n) => n));
      expect(results.every((rows) => rows[0]!.same === true)).toBe(true);
    });
    const tenants = await query(orm.em.fork(), new Sql('select count(*)::int as n from tenant'));
    expect(tenants).toHaveLength(1);
  });

  it('names a statement after its text, and refuses missing or non-finite values', () => {
    expect(new Sql('select $a::int').name).toBe(new Sql('select $a::int').name);
    expect(new Sql('select $a::int').name).not.toBe(new Sql('select $a::bigint').name);
    expect(ECHO.params).toEqual(['value', 'n', 'same']);
    expect(ECHO.text).toContain('$1::text = $3');
    expect(() => ECHO.values({ value: 'x', same: 'x' })).toThrow(/no value for \$n/);
    expect(() => ECHO.values({ value: 'x', n: Number.NaN, same: 'x' })).toThrow(/non-finite/);
    expect(ECHO.values({ value: undefined, n: 1, same: null })).toEqual([null, 1, null]);
  });

  it('sends a whole pipeline in one round-trip', async () => {
    const before = { ...executorStatistics };
    await Pipeline.transaction(orm.em.fork(), async (tx) => {
      await tx.send(
        [bind(ECHO, { value: 'a', n: 1, same: 'a' }), bind(ECHO, { value: 'b', n: 2, same: 'b' })],
        {
          begin: true,
        },
      );
      await tx.send([bind(ECHO, { value: 'c', n: 3, same: 'c' })], { commit: true });
    });
    expect(executorStatistics.roundTrips - before.roundTrips).toBe(2);
    // BEGIN, three statements, COMMIT.
    expect(executorStatistics.statements - before.statements).toBe(5);
  });

  it('rolls back on error, and the connection keeps working', async () => {
    await query(
      orm.em.fork(),
      new Sql('create table if not exists executor_probe (id int primary key)'),
    );
    const insert = new Sql('insert into executor_probe values ($id)');
    const attempt = (id: number) =>
      Pipeline.transaction(orm.em.fork(), async (tx) => {
        await tx.send([bind(insert, { id })], { begin: true });
        await tx.send([bind(insert, { id }), bind(ECHO, { value: 'x', n: 1, same: 'x' })], {
          commit: true,
        });
      });
    await expect(attempt(1)).rejects.toMatchObject({ code: '23505' });
    // A failure in the first round-trip (the transaction is open) rolls back too.
    await expect(
      Pipeline.transaction(orm.em.fork(), async (tx) => {
        await tx.send(
          [bind(insert, { id: 5 }), bind(new Sql('select 1 / $zero::int'), { zero: 0 })],
          {
            begin: true,
          },
        );
      }),
    ).rejects.toMatchObject({ code: '22012' });
    await Pipeline.transaction(orm.em.fork(), async (tx) => {
      await tx.send([bind(insert, { id: 2 })], { begin: true, commit: true });
    });
    const rows = await query<{ id: number }>(
      orm.em.fork(),
      new Sql('select id from executor_probe order by id'),
    );
    expect(rows.map((r) => r.id)).toEqual([2]);
    await query(orm.em.fork(), new Sql('drop table executor_probe'));
  });

  it('checks every bind value before sending any statement of a pipeline', async () => {
    await expect(
      Pipeline.transaction(orm.em.fork(), async (tx) => {
        await tx.send(
          [bind(ECHO, { value: 'a', n: 1, same: 'a' }), bind(ECHO, { value: 'b', same: 'b' })],
          { begin: true },
        );
      }),
    ).rejects.toThrow(/no value for \$n/);
    // Nothing was left on the wire: the single pooled connection answers the next statement.
    const [row] = await query<{ n: number }>(orm.em.fork(), ECHO, { value: 'c', n: 3, same: 'c' });
    expect(row!.n).toBe(3);
  });

  it('refuses to leave a transaction open, and rolls it back', async () => {
    await expect(
      Pipeline.transaction(orm.em.fork(), async (tx) => {
        await tx.send([bind(new Sql('create temp table left_open_probe (x int)'))], {
          begin: true,
        });
      }),
    ).rejects.toThrow(/left open/);
    const [row] = await query<{ table: string | null }>(
      orm.em.fork(),
      new Sql("select to_regclass('pg_temp.left_open_probe')::text as table"),
    );
    expect(row!.table).toBeNull();
  });

  it("runs inside the entity manager's open transaction", async () => {
    const em = orm.em.fork();
    await query(em, new Sql('create table if not exists executor_tx (id int)'));
    await expect(
      em.transactional(async (tem) => {
        await query(tem, new Sql('insert into executor_tx values ($id)'), { id: 1 });
        throw new Error('abort');
      }),
    ).rejects.toThrow('abort');
    const rows = await query(em, new Sql('select * from executor_tx'));
    expect(rows).toEqual([]);
    await query(em, new Sql('drop table executor_tx'));
  });

  it('plans with the configured plan_cache_mode, without JIT compilation, with 16 MB work_mem', async () => {
    const [row] = await query<{ mode: string; jit: string; mem: string }>(
      orm.em.fork(),
      new Sql(
        "select current_setting('plan_cache_mode') as mode, current_setting('jit') as jit, current_setting('work_mem') as mem",
      ),
    );
    expect(row!.mode).toBe('force_generic_plan');
    expect(row!.jit).toBe('off');
    expect(row!.mem).toBe('16MB');
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import fc from 'fast-check';
import { openOrm, type Orm } from '../src/db/orm.js';
import { PipelinedTransaction, Statement, literal } from '../src/db/pipeline.js';

let orm: Orm;
beforeAll(async () => {
  orm = await openOrm({ url: inject('databaseUrl'), poolMax: 1 });
});
afterAll(async () => {
  await orm?.close(true);
});

const ECHO = new Statement('warden_p_test_echo_v1', 'select $value::text as value, $n::int as n');

describe('pipelined transactions', () => {
  it('round-trips any string through an escaped literal, never as SQL', async () => {
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
    await PipelinedTransaction.run(orm.em.fork(), async (trx) => {
      const parts = [...tricky, ...random].map((value, n) => ({
        statement: ECHO,
        values: { value, n },
      }));
      const results = await trx.send(parts, { begin: true, commit: true });
      expect(results.map((rows) => rows[0]!.value)).toEqual([...tricky, ...random]);
      expect(results.map((rows) => rows[0]!.n)).toEqual(parts.map((_, n) => n));
    });
    const tenants = await orm.em.getConnection().execute('select count(*) from tenant');
    expect(tenants).toHaveLength(1);
  });

  it('refuses values it cannot write as literals', () => {
    expect(() => literal('a\u0000b')).toThrow(/NUL/);
    expect(() => literal(Number.NaN)).toThrow(/non-finite/);
    expect(() => literal({})).toThrow(/unsupported/);
    expect(literal(null)).toBe('null');
    expect(literal(new Date(0))).toBe("'1970-01-01T00:00:00.000Z'");
    expect(() => ECHO.execute({ value: 'x' })).toThrow(/no value for \$n/);
  });

  it('rolls back on error and the connection keeps working, its statements still prepared', async () => {
    await orm.em
      .getConnection()
      .execute('create table if not exists pipeline_probe (id int primary key)');
    const insert = new Statement(
      'warden_p_test_insert_v1',
      'insert into pipeline_probe values ($id)',
    );
    const attempt = (id: number) =>
      PipelinedTransaction.run(orm.em.fork(), async (trx) => {
        await trx.send([{ statement: insert, values: { id } }], { begin: true });
        await trx.send([{ statement: insert, values: { id } }], { commit: true });
      });
    await expect(attempt(1)).rejects.toMatchObject({ code: '23505' });
    // Nothing of the failed transaction stayed; the one pooled connection is usable again.
    await PipelinedTransaction.run(orm.em.fork(), async (trx) => {
      await trx.send([{ statement: insert, values: { id: 2 } }], { begin: true, commit: true });
    });
    const rows = await orm.em
      .getConnection()
      .execute<{ id: number }[]>('select id from pipeline_probe order by id');
    expect(rows.map((r) => r.id)).toEqual([2]);
    await orm.em.getConnection().execute('drop table pipeline_probe');
  });

  it('refuses to leave a transaction open', async () => {
    await expect(
      PipelinedTransaction.run(orm.em.fork(), async (trx) => {
        await trx.send([{ statement: ECHO, values: { value: 'x', n: 1 } }], { begin: true });
      }),
    ).rejects.toThrow(/left open/);
    const [row] = await orm.em
      .getConnection()
      .execute<{ status: string }[]>(
        "select case when now() = statement_timestamp() then 'fresh' else 'stale' end as status",
      );
    expect(row!.status).toBe('fresh');
  });
});

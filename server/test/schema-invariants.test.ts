import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openOrm, type Orm } from '../src/db/orm.js';
import { DISTRIBUTION_COLUMN, tableKind } from '../src/db/table-layout.js';

// What a database sharded by tenant (Citus) needs from the migrated schema; see
// docs/scale-out.md and src/db/table-layout.ts.
let orm: Orm;
beforeAll(async () => {
  orm = await openOrm({ url: inject('databaseUrl'), poolMax: 2 });
});
afterAll(async () => {
  await orm?.close(true);
});

const q = <T>(sql: string) => orm.em.fork().getConnection().execute<T[]>(sql);

/** Tables of `public`, partitions left out (they follow their parent). */
const TABLES = `select c.relname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
  where n.nspname = 'public' and c.relkind in ('r', 'p') and not c.relispartition`;

interface Key {
  table: string;
  name: string;
  type: string;
  columns: string[];
  target: string | null;
  target_columns: string[] | null;
  on_update: string;
}

/** Primary keys, unique constraints and foreign keys of `public`, with their columns. */
const KEYS = `select c.conrelid::regclass::text as table, c.conname as name, c.contype::text as type,
    array(select a.attname::text from unnest(c.conkey) with ordinality k(n, i)
      join pg_attribute a on a.attrelid = c.conrelid and a.attnum = k.n order by k.i) as columns,
    c.confrelid::regclass::text as target,
    case when c.contype = 'f' then array(select a.attname::text from unnest(c.confkey) with ordinality k(n, i)
      join pg_attribute a on a.attrelid = c.confrelid and a.attnum = k.n order by k.i) end as target_columns,
    c.confupdtype::text as on_update
  from pg_constraint c join pg_class t on t.oid = c.conrelid
  join pg_namespace n on n.oid = t.relnamespace
  where n.nspname = 'public' and not t.relispartition and c.contype in ('p', 'u', 'f')`;

/** Unique indexes that back no constraint (e.g. `create unique index`). */
const UNIQUE_INDEXES = `select t.relname as table, i.relname as name,
    array(select a.attname::text from unnest(x.indkey::int2[]) k(n)
      join pg_attribute a on a.attrelid = t.oid and a.attnum = k.n) as columns
  from pg_index x join pg_class i on i.oid = x.indexrelid join pg_class t on t.oid = x.indrelid
  join pg_namespace n on n.oid = t.relnamespace
  where n.nspname = 'public' and x.indisunique and not t.relispartition
    and not exists (select 1 from pg_constraint c where c.conindid = x.indexrelid)`;

describe('schema invariants for a database sharded by tenant', () => {
  it('classifies every table as distributed, reference or local', async () => {
    const unclassified = (await q<{ name: string }>(TABLES))
      .map((t) => t.name)
      .filter((name) => tableKind(name) === null);
    expect(unclassified, 'add these tables to src/db/table-layout.ts').toEqual([]);
  });

  it('distributed tables have a NOT NULL tenant_id', async () => {
    const rows = await q<{ name: string; nullable: boolean | null }>(
      `select t.name, (select not a.attnotnull from pg_attribute a
          where a.attrelid = t.name::regclass and a.attname = '${DISTRIBUTION_COLUMN}' and not a.attisdropped) as nullable
        from (${TABLES}) t`,
    );
    const wrong = rows
      .filter((r) => tableKind(r.name) === 'distributed' && r.nullable !== false)
      .map((r) => r.name);
    expect(wrong).toEqual([]);
  });

  it('every key of a distributed table includes tenant_id', async () => {
    const keys = await q<Key>(KEYS);
    const wrong = keys
      .filter((k) => tableKind(k.table) === 'distributed')
      // A foreign key into a reference table needs no tenant: the table is on every node.
      .filter((k) => !(k.type === 'f' && tableKind(k.target!) === 'reference'))
      .filter((k) => !k.columns.includes(DISTRIBUTION_COLUMN))
      .map((k) => `${k.table}.${k.name}`);
    expect(wrong).toEqual([]);
    const indexes = await q<{ table: string; name: string; columns: string[] }>(UNIQUE_INDEXES);
    const wrongIndexes = indexes
      .filter((i) => tableKind(i.table) === 'distributed')
      .filter((i) => !i.columns.includes(DISTRIBUTION_COLUMN))
      .map((i) => `${i.table}.${i.name}`);
    expect(wrongIndexes).toEqual([]);
  });

  it('foreign keys between distributed tables pair tenant_id on both sides', async () => {
    const keys = await q<Key>(KEYS);
    const between = keys.filter(
      (k) =>
        k.type === 'f' &&
        tableKind(k.table) === 'distributed' &&
        tableKind(k.target!) === 'distributed',
    );
    expect(between.length).toBeGreaterThan(0);
    const wrong = between
      .filter((k) => {
        const i = k.columns.indexOf(DISTRIBUTION_COLUMN);
        return i < 0 || k.target_columns![i] !== DISTRIBUTION_COLUMN;
      })
      .map((k) => `${k.table}.${k.name}`);
    expect(wrong).toEqual([]);
  });

  it('no foreign key cascades updates', async () => {
    const wrong = (await q<Key>(KEYS))
      .filter((k) => k.type === 'f' && k.on_update === 'c')
      .map((k) => `${k.table}.${k.name}`);
    expect(wrong).toEqual([]);
  });

  it('the decision store is partitioned by occurred_at and its key holds tenant and time', async () => {
    const [row] = await q<{ key: string }>(
      `select pg_get_partkeydef('scored_event'::regclass) as key`,
    );
    expect(row!.key).toBe('RANGE (occurred_at)');
    const pk = (await q<Key>(KEYS)).find((k) => k.name === 'scored_event_pkey');
    expect(pk!.columns).toEqual(['tenant_id', 'id', 'occurred_at']);
  });
});

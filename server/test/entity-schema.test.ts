import { readdirSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ReferenceKind, type EntityProperty } from '@mikro-orm/core';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { declaredStatements } from '../src/db/executor.js';
import { openOrm, type Orm } from '../src/db/orm.js';

/**
 * Entities, migrations and SQL agree: every column an entity maps exists with a compatible type
 * and nullability in the migrated database, every column of an entity's table is mapped (or
 * listed below), and every statement the server declares parses against the migrated schema.
 */

/**
 * Columns no entity maps, because only SQL of the server's own reads or writes them. Each needs
 * a reason; a column missing from both an entity and this list fails the test.
 */
const UNMAPPED_COLUMNS: Record<string, string> = {};

interface Column {
  udtName: string;
  dataType: string;
  nullable: boolean;
  length: number | null;
  precision: number | null;
  scale: number | null;
}

/** Type names as PostgreSQL spells them in `pg_type`, from the names MikroORM and SQL use. */
const TYPE_ALIASES: Record<string, string> = {
  'character varying': 'varchar',
  character: 'bpchar',
  char: 'bpchar',
  int: 'int4',
  integer: 'int4',
  serial: 'int4',
  smallint: 'int2',
  smallserial: 'int2',
  bigint: 'int8',
  bigserial: 'int8',
  boolean: 'bool',
  'double precision': 'float8',
  double: 'float8',
  real: 'float4',
  float: 'float8',
  decimal: 'numeric',
  'timestamp with time zone': 'timestamptz',
  'timestamp without time zone': 'timestamp',
  'time with time zone': 'timetz',
  'time without time zone': 'time',
};

interface ColumnType {
  name: string;
  length?: number;
  scale?: number;
}

/** `varchar(255)` → varchar, 255; `timestamptz(6)` → timestamptz; `text[]` → _text. */
function parseType(columnType: string): ColumnType {
  let type = columnType.trim().toLowerCase();
  const array = type.endsWith('[]');
  if (array) type = type.slice(0, -2);
  const match = /^([a-z0-9_ ]+?)\s*(?:\((\d+)(?:\s*,\s*(\d+))?\))?$/.exec(type);
  if (!match) return { name: columnType };
  const base = TYPE_ALIASES[match[1]!] ?? match[1]!;
  const name = array ? `_${base}` : base;
  const length = match[2] === undefined ? undefined : Number(match[2]);
  const scale = match[3] === undefined ? undefined : Number(match[3]);
  return { name, length, scale };
}

/** What is wrong with mapping `prop`'s field `index` onto `column`, or null when nothing is. */
function mismatch(prop: EntityProperty, index: number, column: Column): string | null {
  const declared = prop.columnTypes?.[index];
  if (!declared) return 'has no column type';
  const want = parseType(declared);
  if (want.name !== column.udtName) {
    return `is ${declared} in the entity but ${column.udtName} in the database`;
  }
  // A length on timestamps is their fractional precision, which PostgreSQL reports elsewhere.
  if (want.length !== undefined && ['varchar', 'bpchar'].includes(want.name)) {
    if (column.length !== want.length) {
      return `is ${declared} in the entity but ${column.udtName}(${column.length ?? ''}) in the database`;
    }
  }
  if (want.name === 'numeric' && want.length !== undefined) {
    if (column.precision !== want.length || (column.scale ?? 0) !== (want.scale ?? 0)) {
      return `is ${declared} in the entity but numeric(${column.precision},${column.scale}) in the database`;
    }
  }
  const nullable = prop.nullable === true && !prop.primary;
  if (nullable !== column.nullable) {
    return nullable
      ? 'is nullable in the entity but NOT NULL in the database'
      : 'is NOT NULL in the entity but nullable in the database';
  }
  return null;
}

/** The columns a property maps: scalars, and the foreign keys of the relations it owns. */
function mapsColumns(prop: EntityProperty): boolean {
  if (prop.persist === false || prop.formula || !prop.fieldNames?.length) return false;
  return (
    prop.kind === ReferenceKind.SCALAR ||
    prop.kind === ReferenceKind.MANY_TO_ONE ||
    (prop.kind === ReferenceKind.ONE_TO_ONE && prop.owner === true)
  );
}

let orm: Orm;
let client: pg.Client;
let columns: Map<string, Map<string, Column>>;

beforeAll(async () => {
  const url = inject('databaseUrl');
  orm = await openOrm({ url, poolMax: 1 });
  client = new pg.Client({ connectionString: url });
  await client.connect();
  const { rows } = await client.query<{
    table_name: string;
    column_name: string;
    data_type: string;
    udt_name: string;
    is_nullable: 'YES' | 'NO';
    character_maximum_length: number | null;
    numeric_precision: number | null;
    numeric_scale: number | null;
  }>(
    `select table_name, column_name, data_type, udt_name, is_nullable,
            character_maximum_length, numeric_precision, numeric_scale
       from information_schema.columns where table_schema = 'public'`,
  );
  columns = new Map();
  for (const row of rows) {
    let table = columns.get(row.table_name);
    if (!table) columns.set(row.table_name, (table = new Map()));
    table.set(row.column_name, {
      udtName: row.udt_name,
      dataType: row.data_type,
      nullable: row.is_nullable === 'YES',
      length: row.character_maximum_length,
      precision: row.numeric_precision,
      scale: row.numeric_scale,
    });
  }
});

afterAll(async () => {
  await client?.end();
  await orm?.close(true);
});

function entities() {
  return Object.values(orm.getMetadata().getAll()).filter(
    (meta) => !meta.embeddable && !meta.virtual && !meta.abstract && meta.tableName,
  );
}

describe('entities and the migrated schema', () => {
  it('maps every entity column onto a column of the same type and nullability', () => {
    const problems: string[] = [];
    const all = entities();
    expect(all.length).toBeGreaterThan(10);
    for (const meta of all) {
      const table = columns.get(meta.tableName);
      if (!table) {
        problems.push(`${meta.className}: table ${meta.tableName} does not exist`);
        continue;
      }
      for (const prop of Object.values(meta.properties).filter(mapsColumns)) {
        prop.fieldNames.forEach((field, index) => {
          const column = table.get(field);
          const where = `${meta.className}.${prop.name} (${meta.tableName}.${field})`;
          if (!column) problems.push(`${where}: no such column`);
          else {
            const wrong = mismatch(prop, index, column);
            if (wrong) problems.push(`${where} ${wrong}`);
          }
        });
      }
    }
    expect(problems).toEqual([]);
  });

  it('maps every column of an entity table, apart from the listed raw-SQL ones', () => {
    const problems: string[] = [];
    for (const meta of entities()) {
      const mapped = new Set(
        Object.values(meta.properties)
          .filter(mapsColumns)
          .flatMap((prop) => prop.fieldNames),
      );
      for (const column of columns.get(meta.tableName)?.keys() ?? []) {
        const key = `${meta.tableName}.${column}`;
        if (!mapped.has(column) && !(key in UNMAPPED_COLUMNS)) {
          problems.push(`${key} is mapped by no property of ${meta.className}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('lists no column as unmapped that an entity maps or that does not exist', () => {
    const mapped = new Set(
      entities().flatMap((meta) =>
        Object.values(meta.properties)
          .filter(mapsColumns)
          .flatMap((prop) => prop.fieldNames.map((field) => `${meta.tableName}.${field}`)),
      ),
    );
    for (const key of Object.keys(UNMAPPED_COLUMNS)) {
      const [table, column] = key.split('.') as [string, string];
      expect(columns.get(table)?.has(column), `${key} exists`).toBe(true);
      expect(mapped.has(key), `${key} is unmapped`).toBe(false);
    }
  });

  it('checks types the way PostgreSQL names them', () => {
    expect(parseType('varchar(255)')).toEqual({ name: 'varchar', length: 255 });
    expect(parseType('timestamptz')).toEqual({ name: 'timestamptz' });
    expect(parseType('numeric(12, 4)')).toEqual({ name: 'numeric', length: 12, scale: 4 });
    expect(parseType('text[]').name).toBe('_text');
    expect(parseType('double precision').name).toBe('float8');
  });
});

const SOURCE = path.resolve(import.meta.dirname, '../src');

/** Every module under src/modules and src/db, and the app, which declare statements on import. */
function declaringModules(): string[] {
  const under = (dir: string) =>
    readdirSync(path.join(SOURCE, dir), { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'))
      .map((file) => path.join(SOURCE, dir, file));
  return [...under('modules'), ...under('db'), path.join(SOURCE, 'app.ts')];
}

/**
 * Parse and Describe, never Execute: PostgreSQL analyses the statement against the schema
 * (tables, columns, operators, parameter types) without running it, so writes are safe to check.
 * A node-postgres "submittable" sends the messages on a client of its own.
 */
function parseOnly(client: pg.Client, text: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const submittable = {
      submit(connection: {
        parse(q: { text: string; types: number[] }): void;
        describe(q: { type: 'S' }): void;
        sync(): void;
      }) {
        connection.parse({ text, types: [] });
        connection.describe({ type: 'S' });
        connection.sync();
      },
      handleError: (error: Error) => reject(error),
      handleReadyForQuery: () => resolve(),
      handleRowDescription: () => undefined,
      handleDataRow: () => undefined,
      handleCommandComplete: () => undefined,
      handleEmptyQuery: () => undefined,
      handlePortalSuspended: () => undefined,
      handleCopyInResponse: () => undefined,
      handleCopyData: () => undefined,
    };
    void client.query(submittable as never);
  });
}

describe('declared statements and the migrated schema', () => {
  it('parses every `new Sql(...)` of the server', async () => {
    for (const file of declaringModules()) await import(pathToFileURL(file).href);
    const statements = [...declaredStatements.values()];
    // The modules moved to the executor declare dozens; a handful means the imports failed.
    expect(statements.length).toBeGreaterThan(20);
    const problems: string[] = [];
    for (const statement of statements) {
      await parseOnly(client, statement.text).catch((error: Error) =>
        problems.push(`${error.message}:\n${statement.text}`),
      );
    }
    expect(problems).toEqual([]);
  });

  it('reports a statement that does not fit the schema', async () => {
    await expect(parseOnly(client, 'select no_such_column from tenant')).rejects.toThrow(
      /no_such_column/,
    );
    await expect(
      parseOnly(client, 'insert into tenant (id) values ($1) returning nothing_here'),
    ).rejects.toThrow(/nothing_here/);
    // The client is still usable after a refused Parse.
    expect((await client.query('select 1 as one')).rows).toEqual([{ one: 1 }]);
  });
});

import { DatabaseSchema } from '@mikro-orm/knex';
import type { Orm } from './orm.js';

/**
 * Columns the database adds to a key the entities declare narrower: the tenant id on every
 * tenant table's keys (so a database sharded by tenant can enforce them) and the partition key
 * on scored_event's primary key. See docs/scale-out.md.
 */
const WIDENING_COLUMNS = new Set(['tenant_id', 'occurred_at']);

/** `wide` is `narrow` with only widening columns added, in the same order otherwise. */
function widens(wide: string[], narrow: string[]): boolean {
  if (wide.length <= narrow.length) return false;
  const kept = wide.filter((c) => !WIDENING_COLUMNS.has(c) || narrow.includes(c));
  return kept.join('~') === narrow.join('~');
}

/**
 * The SQL that would bring the database to the entities' schema, ignoring only the documented
 * widening of keys: a primary key, or a foreign key of the same name, that the database holds
 * with tenant_id (and occurred_at) added to the entity's columns counts as the entity's.
 * Everything else (columns, indexes, checks, other keys, delete and update rules) must match.
 */
export async function entitySchemaDiff(orm: Orm): Promise<string> {
  const generator = orm.schema;
  const target = generator.getTargetSchema();
  const current = await DatabaseSchema.create(
    orm.em.getConnection(),
    orm.em.getPlatform(),
    orm.config,
    undefined,
    target.getNamespaces(),
  );
  for (const table of current.getTables()) {
    const wanted = target.getTables().find((t) => t.name === table.name);
    if (!wanted) continue;
    const pk = table.getPrimaryKey();
    const wantedPk = wanted.getPrimaryKey();
    if (pk && wantedPk && widens(pk.columnNames, wantedPk.columnNames)) {
      pk.columnNames = [...wantedPk.columnNames];
    }
    const wantedFks = wanted.getForeignKeys();
    for (const fk of Object.values(table.getForeignKeys())) {
      const entityFk = wantedFks[fk.constraintName];
      if (
        entityFk &&
        widens(fk.columnNames, entityFk.columnNames) &&
        widens(fk.referencedColumnNames, entityFk.referencedColumnNames)
      ) {
        fk.columnNames = [...entityFk.columnNames];
        fk.referencedColumnNames = [...entityFk.referencedColumnNames];
      }
    }
  }
  return generator.getUpdateSchemaSQL({ wrap: false, fromSchema: current });
}

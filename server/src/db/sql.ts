import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * Runs SQL written with `$name` placeholders, bound from `values` in order of appearance, on the
 * current transaction of `em` when there is one. Values travel as real bind parameters (MikroORM's
 * own `execute` inlines them into the SQL text, which is slow for large JSON). Pass lists as JSON:
 * knex would spread an array into several placeholders.
 */
export async function query<T>(
  em: EntityManager,
  text: string,
  values: Record<string, unknown>,
  /**
   * Name of a server-side prepared statement: PostgreSQL then parses and plans the SQL once per
   * connection instead of on every call. Give each distinct SQL text its own name.
   */
  prepareAs?: string,
): Promise<T[]> {
  const params: unknown[] = [];
  const sql = text.replace(/\$([a-zA-Z_]\w*)/g, (_m, name: string) => {
    if (!(name in values)) throw new Error(`no value for $${name}`);
    params.push(values[name] ?? null);
    return '?';
  });
  const raw = em
    .getConnection()
    .getKnex()
    .raw(sql, params as never[]);
  if (prepareAs) raw.options({ name: prepareAs });
  const trx = em.getTransactionContext();
  if (trx) raw.transacting(trx);
  const result = (await raw) as { rows: T[] };
  return result.rows;
}

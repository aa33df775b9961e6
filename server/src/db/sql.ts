import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * Runs SQL written with `$name` placeholders, bound from `values` in order of appearance,
 * on the current transaction of `em` when there is one. Keeps hand-written hot-path SQL readable
 * without positional bookkeeping. Pass lists as JSON (knex would spread an array into several
 * placeholders).
 */
export async function query<T>(
  em: EntityManager,
  text: string,
  values: Record<string, unknown>,
): Promise<T[]> {
  const params: unknown[] = [];
  const sql = text.replace(/\$([a-zA-Z_]\w*)/g, (_m, name: string) => {
    if (!(name in values)) throw new Error(`no value for $${name}`);
    params.push(values[name]);
    return '?';
  });
  return em.getConnection().execute<T[]>(sql, params, 'all', em.getTransactionContext());
}

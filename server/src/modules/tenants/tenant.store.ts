import type { EntityManager } from '@mikro-orm/postgresql';
import { Sql, query } from '../../db/executor.js';
import { TENANT_CHANNEL, notify } from '../../db/notifier.js';

/** Read on every authentication the status cache cannot answer: one indexed row. */
const TENANT_DISABLED = new Sql(
  'select disabled_at is not null as disabled from tenant where id = $id',
);

/** Whether the tenant is disabled; null when there is no such tenant. */
export async function tenantDisabled(em: EntityManager, id: string): Promise<boolean | null> {
  const [row] = await query<{ disabled: boolean }>(em, TENANT_DISABLED, { id });
  return row?.disabled ?? null;
}

/**
 * Tells every replica's status cache that tenant `id` changed; inside `em`'s transaction, the
 * notification is delivered only if it commits.
 */
export async function announceTenantChange(em: EntityManager, id: string): Promise<void> {
  const { sql, values } = notify(TENANT_CHANNEL, id);
  await query(em, sql, values);
}

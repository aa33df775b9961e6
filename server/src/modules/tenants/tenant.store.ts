import type { EntityManager } from '@mikro-orm/postgresql';
import { Sql, query } from '../../db/executor.js';

/** The channel tenant changes (disable, enable) are announced on; the payload is the tenant's id. */
export const TENANT_CHANNEL = 'warden_tenant';

/** Read on every authentication the status cache cannot answer: one indexed row. */
const TENANT_DISABLED = new Sql(
  'select disabled_at is not null as disabled from tenant where id = $id',
);

const NOTIFY = new Sql('select pg_notify($channel, $payload)');

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
  await query(em, NOTIFY, { channel: TENANT_CHANNEL, payload: id });
}

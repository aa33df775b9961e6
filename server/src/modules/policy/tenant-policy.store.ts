import type { EntityManager } from '@mikro-orm/postgresql';
import { Sql, query } from '../../db/executor.js';

/** A tenant without a policy row gets the defaults; a concurrent insert is no error. */
const ENSURE_POLICY = new Sql(
  `insert into tenant_policy (tenant_id, base_currency, currency_rates, updated_at)
   values ($tenant, 'USD', '{}'::jsonb, now()) on conflict (tenant_id) do nothing`,
);

/** Creates the tenant's policy row with the defaults when it has none yet. */
export async function ensureTenantPolicy(em: EntityManager, tenantId: string): Promise<void> {
  await query(em, ENSURE_POLICY, { tenant: tenantId });
}

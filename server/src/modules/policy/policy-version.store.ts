import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Sql, query } from '../../db/executor.js';
import type { Mode } from '../../domain/modes.js';
import { PolicyVersionEntity } from './policy-version.entity.js';
import { TenantPolicyEntity } from './tenant-policy.entity.js';
import { ensureTenantPolicy } from './tenant-policy.store.js';

/**
 * The tenant's policy row, created if missing and locked for the rest of the transaction: every
 * change to versions and to which version a mode scores with goes through this lock, so two
 * administrators publishing at once are serialized and the second sees the first's result.
 */
export async function lockTenantPolicy(
  em: EntityManager,
  tenantId: string,
): Promise<TenantPolicyEntity> {
  await ensureTenantPolicy(em, tenantId);
  return em.findOneOrFail(
    TenantPolicyEntity,
    { tenantId },
    { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true },
  );
}

/** The version number `mode` scores with (0: the built-in defaults). */
export function versionOfMode(row: TenantPolicyEntity | null, mode: Mode): number {
  if (!row) return 0;
  return mode === 'LIVE' ? row.liveVersion : row.testVersion;
}

const NEXT_NUMBER = new Sql(
  'select coalesce(max(number), 0) + 1 as n from policy_version where tenant_id = $tenant',
);

/** The next version number of the tenant; call with the policy row locked. */
export async function nextVersionNumber(em: EntityManager, tenantId: string): Promise<number> {
  const [row] = await query<{ n: number }>(em, NEXT_NUMBER, { tenant: tenantId });
  return Number(row?.n ?? 1);
}

export async function findVersion(
  em: EntityManager,
  tenantId: string,
  where: { id: string } | { number: number },
  lock = false,
): Promise<PolicyVersionEntity | null> {
  return em.findOne(
    PolicyVersionEntity,
    { tenantId, ...where },
    lock ? { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true } : { refresh: true },
  );
}

export async function listVersions(
  em: EntityManager,
  tenantId: string,
  limit: number,
): Promise<PolicyVersionEntity[]> {
  return em.find(PolicyVersionEntity, { tenantId }, { orderBy: { number: 'desc' }, limit });
}

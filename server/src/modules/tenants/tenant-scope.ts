import type { EntityManager } from '@mikro-orm/postgresql';
import { TENANT_FILTER } from '../../db/tenant-filter.js';
import { ForbiddenError } from '../../domain/errors.js';
import type { GraphQLContext } from '../../graphql/context.js';
import type { Viewer } from '../auth/viewer.js';
import { TenantService } from './tenant.service.js';

/** Where a tenant-scoped operation acts: the tenant and a fork filtered to it. */
export interface TenantScope {
  tenantId: string;
  em: EntityManager;
}

/** A fresh fork of the request's ORM filtered to `tenantId` (a platform admin acting elsewhere). */
export function forkForTenant(ctx: GraphQLContext, tenantId: string): EntityManager {
  const em = ctx.deps.orm.em.fork() as EntityManager;
  em.setFilterParams(TENANT_FILTER, { tenantId });
  return em;
}

/**
 * The tenant an operation with an optional `tenantId` argument acts on: the viewer's own unless a
 * platform admin names another (which must exist: NOT_FOUND otherwise). Anyone else naming a
 * tenant other than their own is FORBIDDEN rather than silently served their own.
 */
export async function tenantScope(
  ctx: GraphQLContext,
  viewer: Viewer,
  tenantId: string | null | undefined,
): Promise<TenantScope> {
  if (!tenantId || tenantId === viewer.tenantId) return { tenantId: viewer.tenantId, em: ctx.em };
  if (viewer.kind !== 'USER' || viewer.role !== 'PLATFORM_ADMIN') {
    throw new ForbiddenError('Only a platform admin can act on another tenant');
  }
  await new TenantService(ctx.em).getById(tenantId);
  return { tenantId, em: forkForTenant(ctx, tenantId) };
}

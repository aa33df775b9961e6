import { randomBytes } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { TENANT_FILTER } from './tenant-filter.js';
import { ApiKeyService } from '../modules/api-keys/api-key.service.js';
import { SYSTEM_ACTOR, type Actor } from '../modules/audit/audit.service.js';
import { TenantEntity } from '../modules/tenants/tenant.entity.js';
import { TenantService } from '../modules/tenants/tenant.service.js';
import { UserService } from '../modules/users/user.service.js';

export const DEMO_TENANT_SLUG = 'demo';
export const DEMO_ADMIN_EMAIL = 'admin@demo.local';
/** The operators' own tenant, home of the first platform admin. */
export const PLATFORM_TENANT_SLUG = 'platform';
export const PLATFORM_ADMIN_EMAIL = 'platform@demo.local';

export interface DemoCredentials {
  tenant: { id: string; slug: string; name: string };
  admin: { email: string; password: string };
  /** A PLATFORM_ADMIN in the `platform` tenant (absent when that tenant already existed). */
  platformAdmin: { email: string; password: string } | null;
  testKey: { id: string; key: string; prefix: string };
}

/**
 * Creates the demo tenant with a TENANT_ADMIN and a TEST key, and a `platform` tenant whose
 * PLATFORM_ADMIN manages tenants, rate limits and reputation lists. Returns `null` when the demo tenant
 * already exists: credentials are generated and shown exactly once.
 */
export async function seedDemo(
  em: EntityManager,
  actor: Actor = SYSTEM_ACTOR,
): Promise<DemoCredentials | null> {
  if (await em.findOne(TenantEntity, { slug: DEMO_TENANT_SLUG })) return null;
  const tenant = await new TenantService(em).create({
    slug: DEMO_TENANT_SLUG,
    name: 'Demo Payments',
  });
  const scoped = em.fork();
  scoped.setFilterParams(TENANT_FILTER, { tenantId: tenant.id });
  const password = randomBytes(12).toString('base64url');
  await new UserService(scoped, tenant.id).create(
    { email: DEMO_ADMIN_EMAIL, password, role: 'TENANT_ADMIN' },
    actor,
  );
  const { secret, apiKey } = await new ApiKeyService(scoped, tenant.id).create(
    { name: 'Demo test key', mode: 'TEST' },
    actor,
  );
  return {
    tenant: { id: tenant.id, slug: tenant.slug, name: tenant.name },
    admin: { email: DEMO_ADMIN_EMAIL, password },
    platformAdmin: await seedPlatformAdmin(em, actor),
    testKey: { id: apiKey.id, key: secret, prefix: apiKey.prefix },
  };
}

async function seedPlatformAdmin(
  em: EntityManager,
  actor: Actor,
): Promise<{ email: string; password: string } | null> {
  if (await em.findOne(TenantEntity, { slug: PLATFORM_TENANT_SLUG })) return null;
  const tenant = await new TenantService(em).create({
    slug: PLATFORM_TENANT_SLUG,
    name: 'Platform operators',
  });
  const scoped = em.fork();
  scoped.setFilterParams(TENANT_FILTER, { tenantId: tenant.id });
  const password = randomBytes(12).toString('base64url');
  await new UserService(scoped, tenant.id).create(
    { email: PLATFORM_ADMIN_EMAIL, password, role: 'PLATFORM_ADMIN' },
    actor,
  );
  return { email: PLATFORM_ADMIN_EMAIL, password };
}

/** True when no tenant exists yet: the first start of a fresh database. */
export async function isEmpty(em: EntityManager): Promise<boolean> {
  return (await em.count(TenantEntity, {})) === 0;
}

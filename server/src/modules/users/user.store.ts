import type { EntityManager } from '@mikro-orm/postgresql';
import { Sql, query } from '../../db/executor.js';

/**
 * Transaction-scoped advisory locks that serialize changes to users (the last-admin rules,
 * session versions). Taken inside `em`'s transaction and released when it ends.
 */

const LOCK_TENANT_USERS = new Sql(
  `select pg_advisory_xact_lock(hashtextextended('app_user:' || $tenant::text, 0))`,
);

const LOCK_PLATFORM_ADMINS = new Sql(
  `select pg_advisory_xact_lock(hashtextextended('app_user:platform', 0))`,
);

/** Serializes changes to one tenant's users. */
export async function lockUsersOf(em: EntityManager, tenantId: string): Promise<void> {
  await query(em, LOCK_TENANT_USERS, { tenant: tenantId });
}

/** Serializes changes that could leave the platform without an active platform admin. */
export async function lockPlatformAdmins(em: EntityManager): Promise<void> {
  await query(em, LOCK_PLATFORM_ADMINS);
}

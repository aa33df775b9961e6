import { randomBytes } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { z } from 'zod';
import {
  BadUserInputError,
  ConflictError,
  ForbiddenError,
  NotFoundError,
  UnauthenticatedError,
} from '../../domain/errors.js';
import { ROLES, type Role } from '../../domain/roles.js';
import { parseInput } from '../../domain/validation.js';
import { recordAudit, type Actor } from '../audit/audit.service.js';
import { clearLoginFailures } from '../auth/login-throttle.js';
import { hashPassword } from '../auth/password.js';
import { UserEntity } from './user.entity.js';
import { lockPlatformAdmins, lockUsersOf } from './user.store.js';
import { passwordSchema } from './user.service.js';

/** Who acts on users: their audit identity, role and tenant. */
export interface UserAdmin {
  actor: Actor;
  /** PLATFORM_ADMIN reaches every tenant's users; TENANT_ADMIN only `tenantId`'s. */
  role: Role;
  tenantId: string | null;
}

/** The part of authentication a password change needs. */
export interface PasswordChecks {
  /** Throws BAD_USER_INPUT (or RATE_LIMITED) unless `password` is the user's current one. */
  verifyCurrentPassword(userId: string, password: string, ip: string): Promise<void>;
}

/** Who changes their own password, from where. */
export interface PasswordChanger {
  userId: string;
  /** The caller's session version: a session ended meanwhile (revoked, reset) changes nothing. */
  sessionVersion?: number;
  ip: string;
  actor: Actor;
  passwords: PasswordChecks;
}

export interface UpdateUserInput {
  role?: Role | null;
  disabled?: boolean | null;
}

const updateUserSchema = z.object({
  role: z
    .enum(ROLES, { errorMap: () => ({ message: `must be one of ${ROLES.join(', ')}` }) })
    .nullish(),
  disabled: z.boolean().nullish(),
});

/** Roles that can administer a tenant's users; a tenant must keep one active. */
const ADMIN_ROLES: readonly Role[] = ['TENANT_ADMIN', 'PLATFORM_ADMIN'];

/** Random bytes of a one-time password (base64url: 20 characters, 120 bits). */
const ONE_TIME_PASSWORD_BYTES = 15;

const NO_TENANT = { filters: { tenant: false } } as const;

/**
 * Disabling users, changing roles, resetting passwords and ending sessions. Every change that
 * takes something away bumps the user's session version, which ends every token issued before
 * it on the next request (and open subscriptions at their next re-check).
 */
export class UserLifecycleService {
  constructor(
    /** Any fork: lookups here read across tenants and scope by the admin's tenant themselves. */
    private readonly em: EntityManager,
  ) {}

  /** Changes role and/or disabled state. No-ops (the same values) change nothing. */
  async update(id: string, input: UpdateUserInput, admin: UserAdmin): Promise<UserEntity> {
    const { role, disabled } = parseInput(updateUserSchema, input, 'input');
    if (role === 'PLATFORM_ADMIN' && admin.role !== 'PLATFORM_ADMIN') {
      throw new ForbiddenError('Only a platform admin can grant PLATFORM_ADMIN');
    }
    return this.em.transactional(async (em) => {
      const user = await this.load(em, id, admin);
      const before = { role: user.role, disabled: user.disabledAt !== null };
      const nextRole = role ?? user.role;
      const nextDisabled = disabled ?? before.disabled;
      if (nextRole === before.role && nextDisabled === before.disabled) return user;
      if (ADMIN_ROLES.includes(user.role) && !user.disabledAt) {
        const staysAdmin = ADMIN_ROLES.includes(nextRole) && !nextDisabled;
        if (!staysAdmin) await this.assertAnotherAdmin(em, user);
      }
      if (user.role === 'PLATFORM_ADMIN' && !user.disabledAt) {
        const staysPlatformAdmin = nextRole === 'PLATFORM_ADMIN' && !nextDisabled;
        if (!staysPlatformAdmin) await this.assertAnotherPlatformAdmin(em, user);
      }
      user.role = nextRole;
      user.disabledAt = nextDisabled ? (user.disabledAt ?? new Date()) : null;
      // Enabling takes nothing away, so it leaves sessions alone (a disabled user has none).
      if (nextRole !== before.role || (nextDisabled && !before.disabled)) user.tokenVersion += 1;
      recordAudit(em, admin.actor, {
        tenantId: user.tenantId,
        action: 'user.update',
        entityType: 'User',
        entityId: user.id,
        before,
        after: { role: nextRole, disabled: nextDisabled },
      });
      return user;
    });
  }

  /**
   * Replaces the password with a random one-time password (returned once, stored hashed), ends
   * the user's sessions and clears their login lockouts. The one-time password logs in once,
   * into a session that may only set a new password.
   */
  async resetPassword(
    id: string,
    admin: UserAdmin,
  ): Promise<{ oneTimePassword: string; user: UserEntity }> {
    const oneTimePassword = randomBytes(ONE_TIME_PASSWORD_BYTES).toString('base64url');
    const passwordHash = await hashPassword(oneTimePassword);
    const user = await this.em.transactional(async (em) => {
      const user = await this.load(em, id, admin);
      user.passwordHash = passwordHash;
      user.mustChangePassword = true;
      user.oneTimePasswordUsedAt = null;
      user.tokenVersion += 1;
      recordAudit(em, admin.actor, {
        tenantId: user.tenantId,
        action: 'user.reset_password',
        entityType: 'User',
        entityId: user.id,
        after: { mustChangePassword: true },
      });
      return user;
    });
    await clearLoginFailures(this.em, user.email);
    return { oneTimePassword, user };
  }

  /** Ends every token issued to the user so far; they must log in again. */
  async revokeSessions(id: string, admin: UserAdmin): Promise<UserEntity> {
    return this.em.transactional(async (em) => {
      const user = await this.load(em, id, admin);
      user.tokenVersion += 1;
      recordAudit(em, admin.actor, {
        tenantId: user.tenantId,
        action: 'user.revoke_sessions',
        entityType: 'User',
        entityId: user.id,
      });
      return user;
    });
  }

  /**
   * The signed-in user's own change. A wrong `current` counts as a failed login (and is limited
   * like one). Ends every other session; the caller issues a fresh token for this one.
   */
  async changePassword(
    { userId, sessionVersion, ip, actor, passwords }: PasswordChanger,
    current: string,
    next: string,
  ): Promise<UserEntity> {
    const password = parseInput(passwordSchema, next, 'next');
    if (password === current) {
      throw new BadUserInputError([
        { field: 'next', message: 'must differ from the current password' },
      ]);
    }
    await passwords.verifyCurrentPassword(userId, current, ip);
    const passwordHash = await hashPassword(password);
    return this.em.transactional(async (em) => {
      const user = await em.findOneOrFail(UserEntity, { id: userId }, NO_TENANT);
      // Under the same lock as the admins' changes, so a revocation, reset or disable that
      // commits first is seen here and wins.
      await lockUsersOf(em, user.tenantId);
      await em.refresh(user, NO_TENANT);
      if (
        user.disabledAt ||
        (sessionVersion !== undefined && user.tokenVersion !== sessionVersion)
      ) {
        throw new UnauthenticatedError('Session ended: log in again');
      }
      user.passwordHash = passwordHash;
      user.mustChangePassword = false;
      user.oneTimePasswordUsedAt = null;
      user.tokenVersion += 1;
      recordAudit(em, actor, {
        tenantId: user.tenantId,
        action: 'user.change_password',
        entityType: 'User',
        entityId: user.id,
      });
      return user;
    });
  }

  /**
   * The user, if this admin may act on them: another tenant's user is NOT_FOUND for a tenant
   * admin, and a tenant admin may not act on a platform admin. Holds the tenant's user lock, so
   * two admins demoting each other cannot both pass the last-admin check.
   */
  private async load(em: EntityManager, id: string, admin: UserAdmin): Promise<UserEntity> {
    const user = await em.findOne(UserEntity, { id }, NO_TENANT);
    const visible = user && (admin.role === 'PLATFORM_ADMIN' || user.tenantId === admin.tenantId);
    if (!user || !visible) throw new NotFoundError(`User ${id}`);
    if (user.role === 'PLATFORM_ADMIN' && admin.role !== 'PLATFORM_ADMIN') {
      throw new ForbiddenError('Only a platform admin can change a platform admin');
    }
    await lockUsersOf(em, user.tenantId);
    await em.refresh(user, NO_TENANT);
    return user;
  }

  /** Platform admins may sit in any tenant: the platform must keep one that can still sign in. */
  private async assertAnotherPlatformAdmin(em: EntityManager, user: UserEntity): Promise<void> {
    await lockPlatformAdmins(em);
    const others = await em.count(
      UserEntity,
      { id: { $ne: user.id }, role: 'PLATFORM_ADMIN', disabledAt: null },
      NO_TENANT,
    );
    if (others === 0) {
      throw new ConflictError(
        `${user.email} is the last active platform admin; make another user PLATFORM_ADMIN first`,
      );
    }
  }

  private async assertAnotherAdmin(em: EntityManager, user: UserEntity): Promise<void> {
    const others = await em.count(
      UserEntity,
      {
        tenantId: user.tenantId,
        id: { $ne: user.id },
        role: { $in: [...ADMIN_ROLES] },
        disabledAt: null,
      },
      NO_TENANT,
    );
    if (others === 0) {
      throw new ConflictError(
        `${user.email} is the last active admin of the tenant; make another user TENANT_ADMIN first`,
      );
    }
  }
}

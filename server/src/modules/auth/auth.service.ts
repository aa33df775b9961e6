import type { EntityManager } from '@mikro-orm/postgresql';
import { BadUserInputError, UnauthenticatedError } from '../../domain/errors.js';
import type { ApiKeyCache, CachedApiKey } from '../api-keys/api-key.cache.js';
import { ApiKeyEntity } from '../api-keys/api-key.entity.js';
import { touchApiKey } from '../api-keys/api-key.store.js';
import { hashApiKeySecret, modeOfSecret } from '../api-keys/api-key.secret.js';
import { assertTenantEnabled, type TenantStatusCache } from '../tenants/tenant-status.cache.js';
import { UserEntity } from '../users/user.entity.js';
import type { TokenSigner } from './jwt.js';
import { LoginThrottle, type LoginLimits } from './login-throttle.js';
import { dummyPasswordHash, verifyPassword } from './password.js';
import type { Viewer } from './viewer.js';

/** `lastUsedAt` is refreshed at most this often per key, keeping writes off the hot path. */
const LAST_USED_RESOLUTION_MS = 60_000;

export type { LoginLimits } from './login-throttle.js';

/** What a successful login hands the console. */
export interface LoginResult {
  token: string;
  expiresAt: Date;
  user: UserEntity;
  /** The password was a one-time password: the session may only change it (and read `me`). */
  mustChangePassword: boolean;
}

const INVALID_LOGIN = 'Invalid e-mail or password';

export interface AuthDeps {
  /** A platform-level fork: no tenant is known before authentication. */
  em: EntityManager;
  signer: TokenSigner;
  limits: LoginLimits;
  /** Keys by secret hash, shared by the requests of this process. */
  apiKeys?: ApiKeyCache;
  /** Which tenants are disabled, shared by the requests of this process. */
  tenants?: TenantStatusCache;
  onBackgroundError?: (error: unknown) => void;
}

const NO_TENANT = { filters: { tenant: false } } as const;

/** Turns credentials into a {@link Viewer}; issues console tokens. */
export class AuthService {
  constructor(private readonly deps: AuthDeps) {}

  /**
   * Accepts an `Authorization` value (`Bearer <key or token>`) or a bare `x-api-key` value.
   * Returns `null` when no credential is given; throws UNAUTHENTICATED when one is given but bad.
   */
  async authenticate(credential: string | undefined | null): Promise<Viewer | null> {
    if (credential === undefined || credential === null || credential.trim() === '') return null;
    const value = credential.trim().replace(/^Bearer\s+/i, '');
    if (value.startsWith('pk_')) return this.authenticateApiKey(value);
    const claims = await this.deps.signer.verify(value);
    const user = await this.deps.em.findOne(UserEntity, { id: claims.userId }, NO_TENANT);
    if (!user || user.tenantId !== claims.tenantId) {
      throw new UnauthenticatedError('Invalid token');
    }
    await assertTenantEnabled(this.deps.em, this.deps.tenants, user.tenantId);
    // Disabling, a role change, a password change or reset and a revocation bump the version.
    if (user.disabledAt || user.tokenVersion !== claims.version) {
      throw new UnauthenticatedError('Session ended: log in again');
    }
    return {
      kind: 'USER',
      tenantId: user.tenantId,
      userId: user.id,
      email: user.email,
      // The row's role, never the token's: a role change takes effect on the next request.
      role: user.role,
      mustChangePassword: user.mustChangePassword,
      expiresAt: claims.expiresAt,
      sessionVersion: user.tokenVersion,
    };
  }

  private async authenticateApiKey(secret: string): Promise<Viewer> {
    const mode = modeOfSecret(secret);
    if (!mode) throw new UnauthenticatedError('Invalid API key');
    const hash = hashApiKeySecret(secret);
    const cache = this.deps.apiKeys;
    let key = cache?.get(hash);
    if (!key) {
      const stamp = cache?.stamp() ?? 0;
      const row = await this.deps.em.findOne(ApiKeyEntity, { keyHash: hash }, NO_TENANT);
      if (!row) throw new UnauthenticatedError('Invalid API key');
      key = {
        id: row.id,
        tenantId: row.tenantId,
        mode: row.mode,
        prefix: row.prefix,
        revoked: row.revokedAt !== null,
        lastUsedAt: row.lastUsedAt,
      };
      cache?.set(hash, key, stamp);
    }
    if (key.mode !== mode) throw new UnauthenticatedError('Invalid API key');
    if (key.revoked) throw new UnauthenticatedError('API key revoked');
    await assertTenantEnabled(this.deps.em, this.deps.tenants, key.tenantId);
    this.touch(key);
    return {
      kind: 'API_KEY',
      tenantId: key.tenantId,
      apiKeyId: key.id,
      prefix: key.prefix,
      mode,
    };
  }

  private touch(key: CachedApiKey): void {
    const now = Date.now();
    if (key.lastUsedAt && now - key.lastUsedAt.getTime() < LAST_USED_RESOLUTION_MS) return;
    key.lastUsedAt = new Date(now);
    // Not awaited: a request never waits for this bookkeeping.
    touchApiKey(this.deps.em, key.id).catch((error: unknown) =>
      this.deps.onBackgroundError?.(error),
    );
  }

  /**
   * Verifies console credentials and issues a token. Every failure reads the same
   * ("Invalid e-mail or password") and costs one argon2 verification, so neither the message
   * nor the timing tells whether the e-mail exists. Failures are limited per (e-mail, IP) and per
   * IP (see {@link LoginThrottle}). A one-time password from a reset logs in once, into a
   * session that may only change the password.
   */
  async login(emailInput: string, password: string, ip: string): Promise<LoginResult> {
    const email = normalizeEmail(emailInput);
    const attempt = await this.throttle().begin(email, ip);
    const user =
      email.length > 0 && password.length <= 1024
        ? await this.deps.em.findOne(
            UserEntity,
            { email },
            { ...NO_TENANT, populate: ['passwordHash'] },
          )
        : null;
    const valid = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), password);
    if (!user || !valid || user.disabledAt) {
      await attempt.failed();
      throw new UnauthenticatedError(INVALID_LOGIN);
    }
    // Before a one-time password is spent: it must still work once the tenant is enabled again.
    // The right password is no failure, so the attempt is cleared either way.
    await attempt.succeeded();
    await assertTenantEnabled(this.deps.em, this.deps.tenants, user.tenantId);
    if (!(await this.consumeOneTimePassword(user))) throw new UnauthenticatedError(INVALID_LOGIN);
    user.lastLoginAt = new Date();
    await this.deps.em.flush();
    return { ...(await this.issue(user)), user, mustChangePassword: user.mustChangePassword };
  }

  /**
   * Checks `password` against the user's current one under the login limits (a wrong one counts
   * as a failed login of that e-mail from `ip`); throws BAD_USER_INPUT (field `current`) when it
   * does not match, so a client does not take it for an ended session.
   */
  async verifyCurrentPassword(userId: string, password: string, ip: string): Promise<void> {
    const user = await this.deps.em.findOneOrFail(
      UserEntity,
      { id: userId },
      { ...NO_TENANT, populate: ['passwordHash'] },
    );
    const attempt = await this.throttle().begin(user.email, ip);
    if (password.length > 1024 || !(await verifyPassword(user.passwordHash, password))) {
      await attempt.failed();
      throw new BadUserInputError([{ field: 'current', message: 'is not your current password' }]);
    }
    await attempt.succeeded();
  }

  /** A console token for the user's current role and session version. */
  issue(user: UserEntity): Promise<{ token: string; expiresAt: Date }> {
    return this.deps.signer.sign({
      userId: user.id,
      tenantId: user.tenantId,
      role: user.role,
      version: user.tokenVersion,
    });
  }

  private throttle(): LoginThrottle {
    return new LoginThrottle(this.deps.em, this.deps.limits);
  }

  /** True unless the password is a one-time password already used (then it is refused). */
  private async consumeOneTimePassword(user: UserEntity): Promise<boolean> {
    if (!user.mustChangePassword) return true;
    const claimed = await this.deps.em.nativeUpdate(
      UserEntity,
      { id: user.id, oneTimePasswordUsedAt: null },
      { oneTimePasswordUsedAt: new Date() },
      NO_TENANT,
    );
    return claimed === 1;
  }
}

/** E-mails are stored trimmed and lower-cased. */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase().slice(0, 255);
}

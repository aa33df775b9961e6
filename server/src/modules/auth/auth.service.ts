import type { EntityManager } from '@mikro-orm/postgresql';
import { RateLimitedError, UnauthenticatedError } from '../../domain/errors.js';
import type { ApiKeyCache, CachedApiKey } from '../api-keys/api-key.cache.js';
import { ApiKeyEntity } from '../api-keys/api-key.entity.js';
import { hashApiKeySecret, modeOfSecret } from '../api-keys/api-key.secret.js';
import { assertTenantEnabled, type TenantStatusCache } from '../tenants/tenant-status.cache.js';
import { UserEntity } from '../users/user.entity.js';
import type { TokenSigner } from './jwt.js';
import { LoginFailureEntity } from './login-attempt.entity.js';
import { dummyPasswordHash, verifyPassword } from './password.js';
import type { Viewer } from './viewer.js';

/** `lastUsedAt` is refreshed at most this often per key, keeping writes off the hot path. */
const LAST_USED_RESOLUTION_MS = 60_000;

/** Per-IP failures allowed per window, as a multiple of the per-e-mail limit (NAT, offices). */
const IP_LIMIT_FACTOR = 4;

export interface LoginLimits {
  maxFailures: number;
  windowSeconds: number;
}

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
    if (!user || user.disabledAt || user.tenantId !== claims.tenantId) {
      throw new UnauthenticatedError('Invalid token');
    }
    await assertTenantEnabled(this.deps.em, this.deps.tenants, user.tenantId);
    return {
      kind: 'USER',
      tenantId: user.tenantId,
      userId: user.id,
      email: user.email,
      role: user.role,
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
    this.deps.em
      .getConnection()
      .execute(
        `update "api_key" set "last_used_at" = now() where "id" = ? and ("last_used_at" is null or "last_used_at" < now() - interval '60 seconds')`,
        [key.id],
        'run',
      )
      .catch((error: unknown) => this.deps.onBackgroundError?.(error));
  }

  /**
   * Verifies console credentials and issues a token. Every failure reads the same
   * ("Invalid e-mail or password") and costs one argon2 verification, so neither the message
   * nor the timing tells whether the e-mail exists. Failures are limited per e-mail and per IP.
   */
  async login(
    emailInput: string,
    password: string,
    ip: string,
  ): Promise<{ token: string; expiresAt: Date; user: UserEntity }> {
    const email = emailInput.trim().toLowerCase().slice(0, 255);
    // Counted before checking, so parallel guesses cannot all slip under the limit; a success
    // clears the e-mail's failures, this one included.
    await this.recordFailure(email, ip);
    await this.assertNotLimited(email, ip);
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
      throw new UnauthenticatedError('Invalid e-mail or password');
    }
    await assertTenantEnabled(this.deps.em, this.deps.tenants, user.tenantId);
    user.lastLoginAt = new Date();
    await this.deps.em.flush();
    await this.deps.em.nativeDelete(LoginFailureEntity, { email });
    const { token, expiresAt } = await this.deps.signer.sign({
      userId: user.id,
      tenantId: user.tenantId,
      role: user.role,
    });
    return { token, expiresAt, user };
  }

  private async assertNotLimited(email: string, ip: string): Promise<void> {
    const { maxFailures, windowSeconds } = this.deps.limits;
    const rows = await this.deps.em
      .getConnection()
      .execute<{ by: string; n: string; oldest: Date | null }[]>(
        `select 'email' as by, count(*) as n, min(created_at) as oldest from login_failure
         where email = ? and created_at > now() - make_interval(secs => ?)
       union all
       select 'ip', count(*), min(created_at) from login_failure
         where ip = ? and created_at > now() - make_interval(secs => ?)`,
        [email, windowSeconds, ip, windowSeconds],
      );
    for (const row of rows) {
      const limit = row.by === 'email' ? maxFailures : maxFailures * IP_LIMIT_FACTOR;
      if (Number(row.n) > limit && row.oldest) {
        const retryAfter = Math.max(
          1,
          Math.ceil((new Date(row.oldest).getTime() + windowSeconds * 1000 - Date.now()) / 1000),
        );
        throw new RateLimitedError(
          `Too many failed logins; try again in ${retryAfter} seconds`,
          retryAfter,
          limit,
        );
      }
    }
  }

  private async recordFailure(email: string, ip: string): Promise<void> {
    const windowSeconds = this.deps.limits.windowSeconds;
    const em = this.deps.em;
    await em.insert(LoginFailureEntity, { email, ip, createdAt: new Date() });
    await em
      .getConnection()
      .execute(
        `delete from login_failure where (email = ? or ip = ?) and created_at < now() - make_interval(secs => ?)`,
        [email, ip, windowSeconds],
        'run',
      );
  }
}

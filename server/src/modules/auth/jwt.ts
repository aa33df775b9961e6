import { SignJWT, errors, jwtVerify } from 'jose';
import { UnauthenticatedError } from '../../domain/errors.js';
import { isRole, type Role } from '../../domain/roles.js';

const ISSUER = 'warden';
const AUDIENCE = 'warden-console';

export interface TokenClaims {
  userId: string;
  tenantId: string;
  /** The role when the token was issued; authentication uses the user's current role. */
  role: Role;
  /** The user's session version when issued (0 when absent, as in tokens from before it). */
  version?: number;
}

/** What a verified token says. */
export interface VerifiedClaims extends Required<TokenClaims> {
  /** The token's `exp`. */
  expiresAt: Date;
}

/** HS256 console access tokens. */
export class TokenSigner {
  private readonly key: Uint8Array;

  constructor(
    secret: string,
    /** Lifetime of issued tokens in seconds. */
    private readonly ttlSeconds: number,
  ) {
    this.key = new TextEncoder().encode(secret);
  }

  async sign(claims: TokenClaims, now = new Date()): Promise<{ token: string; expiresAt: Date }> {
    const iat = Math.floor(now.getTime() / 1000);
    const expiresAt = new Date((iat + this.ttlSeconds) * 1000);
    const token = await new SignJWT({
      tid: claims.tenantId,
      role: claims.role,
      ver: claims.version ?? 0,
    })
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setSubject(claims.userId)
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE)
      .setIssuedAt(iat)
      .setExpirationTime(Math.floor(expiresAt.getTime() / 1000))
      .sign(this.key);
    return { token, expiresAt };
  }

  /** Throws UNAUTHENTICATED for a bad signature, wrong issuer/audience or an expired token. */
  async verify(token: string): Promise<VerifiedClaims> {
    try {
      const { payload } = await jwtVerify(token, this.key, {
        issuer: ISSUER,
        audience: AUDIENCE,
        algorithms: ['HS256'],
      });
      const role = typeof payload.role === 'string' ? payload.role : '';
      const version = payload.ver ?? 0;
      if (
        !payload.sub ||
        typeof payload.tid !== 'string' ||
        !isRole(role) ||
        typeof version !== 'number' ||
        typeof payload.exp !== 'number'
      ) {
        throw new UnauthenticatedError('Invalid token');
      }
      return {
        userId: payload.sub,
        tenantId: payload.tid,
        role,
        version,
        expiresAt: new Date(payload.exp * 1000),
      };
    } catch (error) {
      if (error instanceof errors.JWTExpired)
        throw new UnauthenticatedError('Token expired: log in again');
      if (error instanceof UnauthenticatedError) throw error;
      throw new UnauthenticatedError('Invalid token');
    }
  }
}

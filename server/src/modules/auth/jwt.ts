import { SignJWT, errors, jwtVerify } from 'jose';
import { UnauthenticatedError } from '../../domain/errors.js';
import { isRole, type Role } from '../../domain/roles.js';

const ISSUER = 'warden';
const AUDIENCE = 'warden-console';

export interface TokenClaims {
  userId: string;
  tenantId: string;
  role: Role;
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
    const token = await new SignJWT({ tid: claims.tenantId, role: claims.role })
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
  async verify(token: string): Promise<TokenClaims> {
    try {
      const { payload } = await jwtVerify(token, this.key, {
        issuer: ISSUER,
        audience: AUDIENCE,
        algorithms: ['HS256'],
      });
      const role = typeof payload.role === 'string' ? payload.role : '';
      if (!payload.sub || typeof payload.tid !== 'string' || !isRole(role)) {
        throw new UnauthenticatedError('Invalid token');
      }
      return { userId: payload.sub, tenantId: payload.tid, role };
    } catch (error) {
      if (error instanceof errors.JWTExpired)
        throw new UnauthenticatedError('Token expired: log in again');
      if (error instanceof UnauthenticatedError) throw error;
      throw new UnauthenticatedError('Invalid token');
    }
  }
}

import type { Mode } from '../../domain/modes.js';
import type { Role } from '../../domain/roles.js';

/** Who is calling. Built once per request (or per WebSocket connection) from the credentials. */
export type Viewer =
  | {
      kind: 'USER';
      tenantId: string;
      userId: string;
      email: string;
      role: Role;
      /** Signed in with a reset's one-time password: only `changePassword` and `me` are open. */
      mustChangePassword?: boolean;
      /** When the console token expires (an open subscription ends then). */
      expiresAt?: Date;
      /** The session version the token carries (see `app_user.token_version`). */
      sessionVersion?: number;
    }
  | {
      kind: 'API_KEY';
      tenantId: string;
      apiKeyId: string;
      prefix: string;
      mode: Mode;
    };

/** Roles a resolver may require; `API_KEY` admits integrator keys. */
export type Permission = Role | 'API_KEY';

/** PLATFORM_ADMIN passes every check open to some console role; keys pass only where `API_KEY` is listed. */
export function isPermitted(viewer: Viewer, required: readonly Permission[]): boolean {
  if (required.length === 0) return true;
  if (viewer.kind === 'API_KEY') return required.includes('API_KEY');
  if (required.includes(viewer.role)) return true;
  return viewer.role === 'PLATFORM_ADMIN' && required.some((p) => p !== 'API_KEY');
}

/** Root fields a session that must change its password may still call. */
const OPEN_BEFORE_PASSWORD_CHANGE: ReadonlySet<string> = new Set(['changePassword', 'me']);

/**
 * Whether this viewer may call a root field at all: a session opened with a one-time password
 * may only change the password and read `me`.
 */
export function mayCallRootField(viewer: Viewer, fieldName: string): boolean {
  return !(
    viewer.kind === 'USER' &&
    viewer.mustChangePassword &&
    !OPEN_BEFORE_PASSWORD_CHANGE.has(fieldName)
  );
}

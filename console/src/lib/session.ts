import {
  isExpired,
  parseStoredSession,
  serializeSession,
  type Session,
} from '../features/auth/session.logic';

/** The localStorage key holding the signed-in session. */
export const SESSION_STORAGE_KEY = 'warden.session';

/** The slice of the Web Storage API the session needs; tests pass a fake. */
export type SessionStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** `window.localStorage`, or `null` where it is missing or blocked (e.g. by privacy settings). */
function browserStorage(): SessionStorage | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    return null;
  }
}

/** The stored session if it is still valid; a spent or unreadable one is removed. */
export function loadSession(
  storage: SessionStorage | null = browserStorage(),
  now: number = Date.now(),
): Session | null {
  if (!storage) return null;
  try {
    const session = parseStoredSession(storage.getItem(SESSION_STORAGE_KEY));
    if (session && !isExpired(session, now)) return session;
    storage.removeItem(SESSION_STORAGE_KEY);
  } catch {
    // Storage can throw (quota, privacy mode); the user then simply signs in again.
  }
  return null;
}

export function saveSession(
  session: Session,
  storage: SessionStorage | null = browserStorage(),
): void {
  try {
    storage?.setItem(SESSION_STORAGE_KEY, serializeSession(session));
  } catch {
    // Not persisted: the session lasts until the page is reloaded.
  }
}

export function clearSession(storage: SessionStorage | null = browserStorage()): void {
  try {
    storage?.removeItem(SESSION_STORAGE_KEY);
  } catch {
    // Nothing more can be done; the token expires on its own.
  }
}

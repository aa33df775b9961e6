import { describe, expect, it } from 'vitest';
import type { Session } from '../features/auth/session.logic';
import {
  clearSession,
  loadSession,
  saveSession,
  SESSION_STORAGE_KEY,
  type SessionStorage,
} from './session';

const NOW = Date.UTC(2026, 10, 24, 12, 0, 0);
const valid: Session = { token: 't', expiresAt: NOW + 3_600_000, email: 'ana@example.com' };

function memoryStorage(initial: Record<string, string> = {}) {
  const items = new Map(Object.entries(initial));
  const storage: SessionStorage = {
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, value),
    removeItem: (key) => void items.delete(key),
  };
  return { storage, items };
}

const throwing: SessionStorage = {
  getItem: () => {
    throw new Error('SecurityError');
  },
  setItem: () => {
    throw new Error('QuotaExceededError');
  },
  removeItem: () => {
    throw new Error('SecurityError');
  },
};

describe('session storage', () => {
  it('saves, loads and clears a session', () => {
    const { storage, items } = memoryStorage();
    saveSession(valid, storage);
    expect(loadSession(storage, NOW)).toEqual(valid);
    clearSession(storage);
    expect(items.has(SESSION_STORAGE_KEY)).toBe(false);
  });

  it.each([
    { case: 'an expired session', raw: JSON.stringify({ ...valid, expiresAt: NOW - 1 }) },
    { case: 'garbage', raw: '{not json' },
  ])('removes $case and returns null', ({ raw }) => {
    const { storage, items } = memoryStorage({ [SESSION_STORAGE_KEY]: raw });
    expect(loadSession(storage, NOW)).toBeNull();
    expect(items.has(SESSION_STORAGE_KEY)).toBe(false);
  });

  it('treats missing or failing storage as signed out', () => {
    expect(loadSession(null, NOW)).toBeNull();
    expect(loadSession(throwing, NOW)).toBeNull();
    expect(() => saveSession(valid, throwing)).not.toThrow();
    expect(() => clearSession(throwing)).not.toThrow();
  });
});

import { describe, expect, it } from 'vitest';
import {
  EXPIRY_MARGIN_MS,
  isExpired,
  MAX_TIMER_DELAY_MS,
  msUntilExpiry,
  parseStoredSession,
  serializeSession,
  sessionFromLogin,
  type Session,
} from './session.logic';

const NOW = Date.UTC(2026, 10, 24, 12, 0, 0);
const HOUR = 60 * 60 * 1000;

function session(overrides: Partial<Session> = {}): Session {
  return {
    token: 'header.payload.signature',
    expiresAt: NOW + HOUR,
    email: 'ana@example.com',
    ...overrides,
  };
}

describe('isExpired', () => {
  it.each([
    { case: 'an hour left', expiresAt: NOW + HOUR, expected: false },
    { case: 'just outside the margin', expiresAt: NOW + EXPIRY_MARGIN_MS + 1, expected: false },
    { case: 'exactly at the margin', expiresAt: NOW + EXPIRY_MARGIN_MS, expected: true },
    { case: 'inside the margin', expiresAt: NOW + 1_000, expected: true },
    { case: 'expiring now', expiresAt: NOW, expected: true },
    { case: 'expired long ago', expiresAt: NOW - HOUR, expected: true },
  ])('$case → $expected', ({ expiresAt, expected }) => {
    expect(isExpired(session({ expiresAt }), NOW)).toBe(expected);
  });
});

describe('msUntilExpiry', () => {
  it.each([
    { case: 'an hour left', expiresAt: NOW + HOUR, expected: HOUR - EXPIRY_MARGIN_MS },
    { case: 'already expired', expiresAt: NOW - HOUR, expected: 0 },
    { case: 'inside the margin', expiresAt: NOW + 1_000, expected: 0 },
    {
      case: 'beyond what a timer can wait',
      expiresAt: NOW + 400 * 24 * HOUR,
      expected: MAX_TIMER_DELAY_MS,
    },
  ])('$case → $expected ms', ({ expiresAt, expected }) => {
    expect(msUntilExpiry(session({ expiresAt }), NOW)).toBe(expected);
  });
});

describe('parseStoredSession', () => {
  it('reads back what serializeSession wrote', () => {
    const stored = session();
    expect(parseStoredSession(serializeSession(stored))).toEqual(stored);
  });

  it('drops unknown properties', () => {
    const raw = JSON.stringify({ ...session(), role: 'ANALYST', extra: { nested: true } });
    expect(parseStoredSession(raw)).toEqual(session());
  });

  it.each([
    { case: 'null', raw: null },
    { case: 'undefined', raw: undefined },
    { case: 'an empty string', raw: '' },
    { case: 'not JSON', raw: 'definitely not json' },
    { case: 'truncated JSON', raw: '{"token":"abc","expiresAt":' },
    { case: 'the string "undefined"', raw: 'undefined' },
    { case: 'JSON null', raw: 'null' },
    { case: 'a JSON number', raw: '42' },
    { case: 'a JSON string', raw: '"header.payload.signature"' },
    { case: 'a JSON array', raw: '[]' },
    { case: 'an empty object', raw: '{}' },
    { case: 'a missing token', raw: '{"expiresAt":1,"email":"a@b.c"}' },
    { case: 'an empty token', raw: '{"token":"","expiresAt":1,"email":"a@b.c"}' },
    { case: 'a blank token', raw: '{"token":"   ","expiresAt":1,"email":"a@b.c"}' },
    { case: 'a numeric token', raw: '{"token":123,"expiresAt":1,"email":"a@b.c"}' },
    { case: 'a missing expiry', raw: '{"token":"t","email":"a@b.c"}' },
    {
      case: 'an ISO-string expiry',
      raw: '{"token":"t","expiresAt":"2026-11-24T12:00:00Z","email":"a@b.c"}',
    },
    { case: 'a zero expiry', raw: '{"token":"t","expiresAt":0,"email":"a@b.c"}' },
    { case: 'a negative expiry', raw: '{"token":"t","expiresAt":-5,"email":"a@b.c"}' },
    { case: 'a null expiry', raw: '{"token":"t","expiresAt":null,"email":"a@b.c"}' },
    { case: 'an overflowing expiry', raw: '{"token":"t","expiresAt":1e999,"email":"a@b.c"}' },
    { case: 'a missing e-mail', raw: '{"token":"t","expiresAt":1}' },
  ])('returns null for $case', ({ raw }) => {
    expect(parseStoredSession(raw)).toBeNull();
  });
});

describe('sessionFromLogin', () => {
  const login = {
    token: 'header.payload.signature',
    expiresAt: '2026-11-24T13:00:00.000Z',
    user: { email: 'ana@example.com' },
  };

  it('keeps the token and e-mail and converts the expiry to epoch milliseconds', () => {
    expect(sessionFromLogin(login)).toEqual({
      token: login.token,
      expiresAt: NOW + HOUR,
      email: 'ana@example.com',
    });
  });

  it('remembers that a one-time password session must change the password, across reloads', () => {
    const forced = sessionFromLogin({ ...login, mustChangePassword: true });
    expect(forced).toMatchObject({ email: 'ana@example.com', mustChangePassword: true });
    expect(parseStoredSession(serializeSession(forced!))).toEqual(forced);
  });

  it.each([
    { case: 'an unparseable expiry', override: { expiresAt: 'tomorrow-ish' } },
    { case: 'an empty expiry', override: { expiresAt: '' } },
    { case: 'an empty token', override: { token: '' } },
  ])('returns null for $case', ({ override }) => {
    expect(sessionFromLogin({ ...login, ...override })).toBeNull();
  });
});

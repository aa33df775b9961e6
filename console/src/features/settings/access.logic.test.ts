import { describe, expect, it } from 'vitest';
import {
  EMPTY_WEBHOOK,
  apiKeyNameProblem,
  apiKeyState,
  deliveryResponse,
  newUserProblems,
  toggleEvent,
  webhookProblems,
} from './access.logic';

describe('apiKeyNameProblem', () => {
  it.each([
    ['', false],
    ['   ', false],
    ['x', true],
    ['x'.repeat(255), true],
    ['x'.repeat(256), false],
  ])('%j → valid %s', (name, valid) => {
    expect(apiKeyNameProblem(name) === null).toBe(valid);
  });

  it('calls a key revoked once it has a revocation time', () => {
    expect(apiKeyState({ revokedAt: null })).toBe('Active');
    expect(apiKeyState({ revokedAt: '2026-01-01T00:00:00Z' })).toBe('Revoked');
  });
});

describe('newUserProblems', () => {
  const valid = { email: 'ana@example.com', role: 'ANALYST' as const, password: 'x'.repeat(10) };

  it.each([
    [9, 'At least 10 characters (1 more).'],
    [10, undefined],
    [256, undefined],
    [257, 'At most 256 characters.'],
  ])('a password of %i characters', (length, problem) => {
    expect(newUserProblems({ ...valid, password: 'x'.repeat(length) }).password).toBe(problem);
  });

  it.each([
    ['ana@example.com', undefined],
    [' ana@example.com ', undefined],
    ['ana@example', 'Enter an e-mail address.'],
    ['', 'Enter an e-mail address.'],
  ])('e-mail %j', (email, problem) => {
    expect(newUserProblems({ ...valid, email }).email).toBe(problem);
  });
});

describe('webhookProblems', () => {
  it.each([
    ['https://example.com/hooks', undefined],
    ['http://localhost:8080/hooks', undefined],
    ['example.com/hooks', 'Enter an absolute URL, e.g. https://example.com/warden.'],
    ['ftp://example.com', 'Use an https:// URL.'],
    ['https://user:pw@example.com', 'Leave credentials out of the URL.'],
  ])('url %j', (url, problem) => {
    expect(webhookProblems({ ...EMPTY_WEBHOOK, url }).url).toBe(problem);
  });

  it('needs at least one event', () => {
    expect(webhookProblems({ url: 'https://example.com', events: [] }).events).toBe(
      'Choose at least one event.',
    );
  });

  it('toggles events and keeps the documented order', () => {
    expect(toggleEvent(['transaction.blocked'], 'case.opened')).toEqual([
      'case.opened',
      'transaction.blocked',
    ]);
    expect(toggleEvent(['case.opened', 'case.resolved'], 'case.opened')).toEqual(['case.resolved']);
  });
});

describe('deliveryResponse', () => {
  it.each([
    [{ lastStatusCode: 500, lastError: 'Internal error' }, 'HTTP 500: Internal error'],
    [{ lastStatusCode: 200, lastError: null }, 'HTTP 200'],
    [{ lastStatusCode: null, lastError: 'timeout after 10 s' }, 'timeout after 10 s'],
    [{ lastStatusCode: null, lastError: null }, '—'],
  ])('%j → %j', (delivery, text) => {
    expect(deliveryResponse(delivery)).toBe(text);
  });
});

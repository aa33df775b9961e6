import { describe, expect, it } from 'vitest';
import { actionsFor, actionText, USER_ACTIONS } from './people.logic';

const user = { id: 'u', email: 'ana@bank.test', role: 'ANALYST', disabled: false };

describe('actionsFor', () => {
  it.each([
    { case: 'an active user', user, expected: ['role', 'disable', 'reset', 'revoke'] },
    { case: 'a disabled user', user: { ...user, disabled: true }, expected: ['enable', 'reset'] },
    { case: 'a platform admin', user: { ...user, role: 'PLATFORM_ADMIN' }, expected: [] },
  ])('$case → $expected', ({ user, expected }) => {
    expect(actionsFor(user)).toEqual(expected);
  });
});

describe('actionText', () => {
  it.each(USER_ACTIONS)('names the user and says what %s does', (action) => {
    const text = actionText(action, 'ana@bank.test');
    expect(text.title).toContain('ana@bank.test');
    expect(text.body.length).toBeGreaterThan(20);
    expect(text.confirmLabel).not.toBe('');
  });
});

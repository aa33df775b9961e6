import { describe, expect, it } from 'vitest';
import { MIN_PASSWORD, passwordChangeProblems } from './password.logic';

const good = 'a-brand-new-password';

describe('passwordChangeProblems', () => {
  it.each([
    { case: 'a valid change', draft: { current: 'old', next: good, repeat: good }, expected: {} },
    {
      case: 'no current password',
      draft: { current: '', next: good, repeat: good },
      expected: { current: 'Enter your current password.' },
    },
    {
      case: 'one character short',
      draft: { current: 'old', next: 'x'.repeat(MIN_PASSWORD - 1), repeat: '' },
      expected: { next: `At least ${MIN_PASSWORD} characters (1 more).` },
    },
    {
      case: 'exactly the minimum',
      draft: {
        current: 'old',
        next: 'x'.repeat(MIN_PASSWORD),
        repeat: 'x'.repeat(MIN_PASSWORD),
      },
      expected: {},
    },
    {
      case: 'the same as the current one',
      draft: { current: good, next: good, repeat: good },
      expected: { next: 'Choose a password different from the current one.' },
    },
    {
      case: 'a mistyped repeat',
      draft: { current: 'old', next: good, repeat: `${good}!` },
      expected: { repeat: 'The two new passwords differ.' },
    },
  ])('$case', ({ draft, expected }) => {
    expect(passwordChangeProblems(draft)).toEqual(expected);
  });
});

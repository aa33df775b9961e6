import { CombinedError } from 'urql';
import { describe, expect, it } from 'vitest';
import { errorMessage, hasErrorCode, NETWORK_ERROR_MESSAGE } from './graphql-errors';

const invalid = { message: 'Invalid e-mail or password', extensions: { code: 'UNAUTHENTICATED' } };
const limited = {
  message: 'Too many failed logins; try again in 60 seconds',
  extensions: { code: 'RATE_LIMITED' },
};

describe('errorMessage', () => {
  it.each([
    { case: 'a GraphQL error', error: { graphQLErrors: [invalid] }, expected: invalid.message },
    { case: 'a rate limit', error: { graphQLErrors: [limited] }, expected: limited.message },
    {
      case: 'repeated messages',
      error: { graphQLErrors: [invalid, invalid] },
      expected: invalid.message,
    },
    {
      case: 'a network failure',
      error: { networkError: new TypeError('Failed to fetch') },
      expected: NETWORK_ERROR_MESSAGE,
    },
  ])('shows $case', ({ error, expected }) => {
    expect(errorMessage(new CombinedError(error))).toBe(expected);
  });
});

describe('hasErrorCode', () => {
  it.each([
    { case: 'an UNAUTHENTICATED error', graphQLErrors: [invalid], expected: true },
    { case: 'another code', graphQLErrors: [limited], expected: false },
    { case: 'one of several errors', graphQLErrors: [limited, invalid], expected: true },
    { case: 'an error without a code', graphQLErrors: [{ message: 'Oops' }], expected: false },
  ])('$case → $expected', ({ graphQLErrors, expected }) => {
    expect(hasErrorCode(new CombinedError({ graphQLErrors }), 'UNAUTHENTICATED')).toBe(expected);
  });

  it.each([
    { case: 'a network failure', error: new CombinedError({ networkError: new Error('offline') }) },
    { case: 'no error', error: undefined },
  ])('is false for $case', ({ error }) => {
    expect(hasErrorCode(error, 'UNAUTHENTICATED')).toBe(false);
  });
});

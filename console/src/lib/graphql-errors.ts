import type { CombinedError } from 'urql';

/** Stable `extensions.code` values the server sends. */
export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'RATE_LIMITED'
  | 'INTERNAL_SERVER_ERROR';

export const NETWORK_ERROR_MESSAGE =
  'Could not reach the server. Check your connection and try again.';

/** The error urql reports, reduced to the parts these helpers read. */
type ErrorLike = Pick<CombinedError, 'graphQLErrors' | 'networkError'>;

/**
 * A message fit to show the user: the server's own message (it is written for people, e.g.
 * "Invalid e-mail or password"), or a generic one when the server could not be reached.
 */
export function errorMessage(error: ErrorLike): string {
  const messages = [...new Set(error.graphQLErrors.map((e) => e.message).filter(Boolean))];
  return messages.length > 0 ? messages.join(' ') : NETWORK_ERROR_MESSAGE;
}

export function hasErrorCode(error: ErrorLike | undefined, code: ErrorCode): boolean {
  return error?.graphQLErrors.some((e) => e.extensions.code === code) ?? false;
}

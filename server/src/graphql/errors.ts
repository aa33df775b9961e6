import type { ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { AppError, RateLimitedError } from '../domain/errors.js';
import type { Logger } from '../logger.js';
import type { GraphQLContext } from './context.js';

/** Codes graphql-js and Apollo raise for malformed requests; they are safe to show as they are. */
const REQUEST_ERROR_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);

const isClientStatus = (status: number | undefined) =>
  status !== undefined && status >= 400 && status < 500;

/**
 * The domain error behind a GraphQL error: thrown by a resolver, or by a plugin before execution
 * (Apollo then wraps it without a path).
 */
function appErrorOf(error: unknown): AppError | null {
  const original = unwrapResolverError(error);
  if (original instanceof AppError) return original;
  if (original instanceof GraphQLError && original.originalError instanceof AppError) {
    return original.originalError;
  }
  return null;
}

/**
 * The one place errors meet the transport. Domain errors keep their code, message and details;
 * request errors pass through; anything else is logged and replaced by a generic
 * INTERNAL_SERVER_ERROR (the stack only in development).
 */
export function createFormatError(logger: Logger, isDevelopment: boolean) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const appError = appErrorOf(error);
    if (appError) {
      return {
        message: appError.message,
        locations: formatted.locations,
        path: formatted.path,
        extensions: { ...appError.extensions },
      };
    }
    const original = unwrapResolverError(error);
    const code = formatted.extensions?.code;
    if (
      original instanceof GraphQLError &&
      typeof code === 'string' &&
      REQUEST_ERROR_CODES.has(code)
    ) {
      return { ...formatted, extensions: { code } };
    }
    // Apollo refuses some requests (a persisted-query hash that does not match) with an HTTP
    // 4xx but no code: they are the client's mistake, not an internal error.
    const status = (original as GraphQLError | undefined)?.extensions?.http as
      { status?: number } | undefined;
    if (original instanceof GraphQLError && !original.path && isClientStatus(status?.status)) {
      return { message: formatted.message, extensions: { code: 'BAD_REQUEST' } };
    }
    logger.error({ err: original, path: formatted.path }, 'unhandled error');
    return {
      message: 'Internal server error',
      locations: formatted.locations,
      path: formatted.path,
      extensions: {
        code: 'INTERNAL_SERVER_ERROR',
        ...(isDevelopment && original instanceof Error
          ? { stacktrace: original.stack?.split('\n') }
          : {}),
      },
    };
  };
}

/** Turns RATE_LIMITED into HTTP 429 with `Retry-After` and `RateLimit-*` headers. */
export function httpStatusPlugin(): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, errors }) {
          const limited = errors
            ?.map(appErrorOf)
            .find((e): e is RateLimitedError => e instanceof RateLimitedError);
          if (!limited) return;
          response.http.status = 429;
          response.http.headers.set('retry-after', String(limited.retryAfterSeconds));
          response.http.headers.set('ratelimit-limit', String(limited.limit));
          response.http.headers.set('ratelimit-remaining', '0');
          response.http.headers.set('ratelimit-reset', String(limited.retryAfterSeconds));
        },
      };
    },
  };
}

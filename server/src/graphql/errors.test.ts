import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { BadUserInputError, NotFoundError, RateLimitedError } from '../domain/errors.js';
import { createLogger } from '../logger.js';
import { createFormatError } from './errors.js';

const resolverError = (original: Error) =>
  new GraphQLError(original.message, { path: ['x'], originalError: original });

describe('formatError', () => {
  const logger = createLogger('silent');
  const production = createFormatError(logger, false);
  const development = createFormatError(logger, true);

  it('keeps domain errors with their code and details', () => {
    const error = resolverError(
      new BadUserInputError([{ field: 'input.amount', message: 'must be > 0' }]),
    );
    expect(production({ message: error.message, path: ['x'] }, error)).toEqual({
      message: 'Invalid input: input.amount must be > 0',
      path: ['x'],
      locations: undefined,
      extensions: {
        code: 'BAD_USER_INPUT',
        details: [{ field: 'input.amount', message: 'must be > 0' }],
      },
    });
    const nf = resolverError(new NotFoundError('Transaction'));
    expect(production({ message: nf.message }, nf).extensions).toEqual({ code: 'NOT_FOUND' });
  });

  it('keeps domain errors a plugin threw before execution (wrapped without a path)', () => {
    const error = new GraphQLError('Rate limit exceeded', {
      originalError: new RateLimitedError('Rate limit exceeded', 30, 5),
    });
    expect(production({ message: error.message }, error)).toEqual({
      message: 'Rate limit exceeded',
      path: undefined,
      locations: undefined,
      extensions: { code: 'RATE_LIMITED' },
    });
  });

  it('masks unknown errors: no SQL, no stack, outside development', () => {
    const error = resolverError(new Error('insert into "api_key" ... violates constraint'));
    const formatted = production(
      {
        message: error.message,
        path: ['x'],
        extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['at x'] },
      },
      error,
    );
    expect(formatted).toEqual({
      message: 'Internal server error',
      path: ['x'],
      locations: undefined,
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
    expect(development({ message: error.message }, error).extensions?.stacktrace).toBeDefined();
  });

  it('passes request errors through without their stack', () => {
    const error = new GraphQLError('Cannot query field "mee"', {
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    });
    expect(
      production(
        {
          message: error.message,
          extensions: { code: 'GRAPHQL_VALIDATION_FAILED', stacktrace: ['x'] },
        },
        error,
      ),
    ).toEqual({
      message: error.message,
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    });
  });

  it('keeps the details of a domain error raised before execution', () => {
    const domain = new BadUserInputError([{ field: 'filter.userId', message: 'too long' }]);
    const error = new GraphQLError(domain.message, {
      originalError: domain,
      extensions: { ...domain.extensions, http: { status: 400 } },
    });
    expect(production({ message: error.message }, error).extensions).toEqual({
      code: 'BAD_USER_INPUT',
      details: [{ field: 'filter.userId', message: 'too long' }],
    });
  });

  it('calls an uncoded request error Apollo answered with a 4xx BAD_REQUEST', () => {
    const error = new GraphQLError('provided sha does not match query', {
      extensions: { http: { status: 400 } },
    });
    expect(
      production({ message: error.message, extensions: { code: 'INTERNAL_SERVER_ERROR' } }, error),
    ).toEqual({ message: error.message, extensions: { code: 'BAD_REQUEST' } });
  });
});

/** Stable error codes of the API. */
export const ERROR_CODES = [
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'RATE_LIMITED',
  'INTERNAL_SERVER_ERROR',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** One invalid input field; `field` is a dotted path such as `input.recipient.value`. */
export interface FieldProblem {
  field: string;
  message: string;
}

/**
 * A failure the client caused or may act on. Domain code throws these; the GraphQL layer
 * maps them to `extensions.code` (and everything else to a masked INTERNAL_SERVER_ERROR).
 * `extensions` is read by graphql-js when it wraps a resolver error.
 */
export class AppError extends Error {
  readonly extensions: { code: ErrorCode; details?: FieldProblem[] };

  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: FieldProblem[],
  ) {
    super(message);
    this.name = 'AppError';
    this.extensions = details ? { code, details } : { code };
  }
}

export class BadUserInputError extends AppError {
  constructor(details: FieldProblem[], message?: string) {
    super(
      'BAD_USER_INPUT',
      message ?? `Invalid input: ${details.map((d) => `${d.field} ${d.message}`).join('; ')}`,
      details,
    );
  }
}

export class UnauthenticatedError extends AppError {
  constructor(message = 'Authentication required: send an API key or a console token') {
    super('UNAUTHENTICATED', message);
  }
}

export class ForbiddenError extends AppError {
  constructor(message = 'Not allowed for this credential') {
    super('FORBIDDEN', message);
  }
}

export class NotFoundError extends AppError {
  constructor(what: string) {
    super('NOT_FOUND', `${what} not found`);
  }
}

export class ConflictError extends AppError {
  constructor(message: string) {
    super('CONFLICT', message);
  }
}

export class RateLimitedError extends AppError {
  constructor(
    message: string,
    /** Seconds until a retry may succeed; becomes the `Retry-After` header. */
    readonly retryAfterSeconds: number,
    /** The limit that was hit, for `RateLimit-Limit`. */
    readonly limit: number,
  ) {
    super('RATE_LIMITED', message);
  }
}

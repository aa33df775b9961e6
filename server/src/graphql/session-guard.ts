import { AppError, UnauthenticatedError } from '../domain/errors.js';
import type { Viewer } from '../modules/auth/viewer.js';
import { authServiceFor, type GraphQLContext } from './context.js';

/** How often an open subscription re-checks its credential by default, in ms. */
export const DEFAULT_SESSION_RECHECK_MS = 15_000;

/**
 * Runs a subscription's event stream only while the credential that opened it still holds.
 * Every `sessionRecheckMs` the credential is authenticated again from scratch (so every refusal
 * rule applies: a disabled user or tenant, a bumped session version, a revoked key) and
 * `assertAllowed` re-checks the permission; a console token's expiry ends the stream at that
 * moment. The stream then fails with the refusal (UNAUTHENTICATED or FORBIDDEN), which graphql-ws
 * sends as the operation's error. A re-check that fails for another reason (the database is
 * unreachable) is logged and retried at the next interval.
 *
 * `open` receives a signal that is aborted when the stream ends for any reason, so the source
 * stops listening at once rather than at its next event.
 */
export function whileSessionHolds<T>(
  ctx: GraphQLContext,
  open: (signal: AbortSignal) => AsyncGenerator<T>,
  assertAllowed: (viewer: Viewer) => void,
): AsyncIterableIterator<T> {
  const controller = new AbortController();
  let reason: Error | null = null;
  const stop = (error: Error | null) => {
    if (controller.signal.aborted) return;
    reason = error;
    clearInterval(recheck);
    clearTimeout(expiry);
    controller.abort();
  };

  const recheckMs = ctx.deps.sessionRecheckMs ?? DEFAULT_SESSION_RECHECK_MS;
  const recheck = setInterval(() => {
    authServiceFor(ctx.deps, ctx.requestId)
      .authenticate(ctx.credential)
      .then((viewer) => {
        if (!viewer) throw new UnauthenticatedError();
        assertAllowed(viewer);
      })
      .catch((error: unknown) => {
        if (error instanceof AppError) stop(error);
        // A database blip is no refusal: the next re-check tries again (and nothing internal
        // reaches the client, as graphql-ws sends a stream's error as it is).
        else ctx.logger.warn({ err: error }, 'subscription session re-check failed');
      });
  }, recheckMs);
  const expiresAt = ctx.viewer?.kind === 'USER' ? ctx.viewer.expiresAt : undefined;
  const expiry = expiresAt
    ? setTimeout(
        () => stop(new UnauthenticatedError('Token expired: log in again')),
        Math.max(0, expiresAt.getTime() - Date.now()),
      )
    : undefined;

  const source = open(controller.signal);
  return {
    async next() {
      if (reason) throw reason;
      try {
        const result = await source.next();
        if (result.done) stop(null);
        return result;
      } catch (error) {
        if (reason) throw reason;
        stop(null);
        throw error;
      }
    },
    async return() {
      stop(null);
      await source.return(undefined);
      return { done: true, value: undefined };
    },
    async throw(error: unknown) {
      stop(null);
      return source.throw(error);
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}

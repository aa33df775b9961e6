import type { ApolloServerPlugin, HeaderMap } from '@apollo/server';
import {
  execute,
  getOperationAST,
  GraphQLError,
  subscribe,
  type ExecutionArgs,
  type ExecutionResult,
} from 'graphql';
import { AppError } from '../domain/errors.js';
import type { Consumption } from '../modules/rate-limits/rate-limit.store.js';
import {
  ONE_REQUEST,
  rateLimitedError,
  type RequestLimiter,
  type Verdict,
} from '../modules/rate-limits/request-limiter.js';
import type { GraphQLContext } from './context.js';
import {
  assertWithinOperationLimits,
  weighOperation,
  type OperationLimits,
} from './operation-weight.js';

/**
 * Rate limits and per-operation size limits for HTTP. Once the operation is known (and before
 * anything runs) it is weighed: too many events or feedback items → BAD_USER_INPUT (HTTP 400);
 * then the request is charged to its bucket, and refused with RATE_LIMITED (HTTP 429,
 * `Retry-After`) when over. Every response carries `RateLimit-Limit`, `RateLimit-Remaining` and
 * `RateLimit-Reset` for the bucket it drew on. A request that never reaches an operation (parse
 * or validation failure, oversized operation) still counts once.
 */
export function rateLimitPlugin(
  limiter: RequestLimiter,
  limits: OperationLimits,
): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart() {
      let charged = false;
      return {
        async didResolveOperation({ document, operation, request, contextValue, response }) {
          // No operation to run (ambiguous or unknown name): execution reports it; counted once.
          if (!operation) return;
          const weight = weighOperation(document, operation, request.variables);
          try {
            assertWithinOperationLimits(weight, limits);
          } catch (error) {
            response.http.status = 400;
            throw error;
          }
          charged = true;
          const verdict = await limiter.charge(contextValue.viewer, contextValue.ip, weight);
          setRateLimitHeaders(response.http.headers, verdict.report);
          if (!verdict.allowed) {
            refuse(response.http, verdict.report);
            throw rateLimitedError(verdict);
          }
        },
        async willSendResponse({ contextValue, response }) {
          if (charged) return;
          charged = true;
          const verdict = await limiter.charge(contextValue.viewer, contextValue.ip, ONE_REQUEST);
          setRateLimitHeaders(response.http.headers, verdict.report);
          if (verdict.allowed) return;
          refuse(response.http, verdict.report);
          const error = rateLimitedError(verdict);
          response.body = {
            kind: 'single',
            singleResult: { errors: [{ message: error.message, extensions: error.extensions }] },
          };
        },
      };
    },
  };
}

/**
 * graphql-ws `execute` and `subscribe` that apply the same limits to WebSocket operations: each
 * operation (a subscription counts once when it starts, not per event) is weighed and charged
 * like an HTTP request; a refused one gets its error as the operation's only result.
 */
export function limitedExecution(limiter: RequestLimiter, limits: OperationLimits) {
  const refusal = async (args: ExecutionArgs): Promise<ExecutionResult | null> => {
    const operation = getOperationAST(args.document, args.operationName);
    if (!operation) return null;
    const ctx = args.contextValue as GraphQLContext;
    try {
      const weight = weighOperation(
        args.document,
        operation,
        args.variableValues as Record<string, unknown> | undefined,
      );
      assertWithinOperationLimits(weight, limits);
      const verdict: Verdict = await limiter.charge(ctx.viewer, ctx.ip, weight);
      if (!verdict.allowed) throw rateLimitedError(verdict);
      return null;
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      return { errors: [new GraphQLError(error.message, { originalError: error })] };
    }
  };
  return {
    execute: async (args: ExecutionArgs) => (await refusal(args)) ?? execute(args),
    subscribe: async (args: ExecutionArgs) => (await refusal(args)) ?? subscribe(args),
  };
}

function setRateLimitHeaders(headers: HeaderMap, c: Consumption): void {
  headers.set('ratelimit-limit', String(c.limit));
  headers.set('ratelimit-remaining', String(c.remaining));
  headers.set('ratelimit-reset', String(c.resetSeconds));
}

function refuse(http: { status?: number; headers: HeaderMap }, c: Consumption): void {
  http.status = 429;
  http.headers.set('retry-after', String(c.resetSeconds));
}

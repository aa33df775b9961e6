import type { ApolloServerPlugin } from '@apollo/server';
import type { RequestHandler } from 'express';
import {
  GraphQLError,
  getOperationAST,
  getVariableValues,
  parse,
  validate,
  type DocumentNode,
  type ExecutionArgs,
  type GraphQLSchema,
  type ValidationRule,
} from 'graphql';
import {
  checkDocumentStrings,
  checkDocumentText,
  checkRequestValues,
  requestError,
  requestErrorFrom,
  subscriptionOverHttpError,
} from './document-guards.js';
import { checkInputBounds } from './input-bounds.js';
import { DOCUMENT_LIMITS } from './limits.js';

/**
 * HTTP: the document text is checked (nesting, NUL) before Apollo parses it, since graphql's
 * recursive parser would overflow the stack on a deeply nested document.
 */
export const documentTextGuard: RequestHandler = (req, res, next) => {
  const params = (req.method === 'GET' ? req.query : req.body) as
    { query?: unknown; operationName?: unknown } | undefined;
  const error =
    checkOperationName(params?.operationName) ??
    (typeof params?.query === 'string' ? checkDocumentText(params.query) : null);
  if (!error) return next();
  res.status(400).json({
    errors: [{ message: error.message, extensions: { code: error.extensions.code } }],
  });
};

/** Longest operation name, in characters (it is echoed back when it matches nothing). */
export const MAX_OPERATION_NAME_LENGTH = 255;

function checkOperationName(name: unknown): GraphQLError | null {
  return typeof name === 'string' && name.length > MAX_OPERATION_NAME_LENGTH
    ? requestError(
        'BAD_REQUEST',
        `operationName must be at most ${MAX_OPERATION_NAME_LENGTH} characters`,
      )
    : null;
}

/** The checks every operation passes once it is parsed and validated, before it runs. */
function checkOperation(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Record<string, unknown> | undefined,
): GraphQLError | null {
  const literal = checkDocumentStrings(document);
  if (literal) return literal;
  const operation = getOperationAST(document, operationName);
  if (!operation) return null; // graphql answers "Unknown operation" / "Must provide operation name"
  const bounds = checkInputBounds(schema, document, operation, variables);
  return bounds ? requestErrorFrom(bounds) : null;
}

/**
 * Apollo: refuses, before execution and with HTTP 400, string literals holding NUL or unpaired
 * surrogates, over-long strings and lists (literals or variables), subscriptions sent over HTTP,
 * and (for GET, whose values bypass the JSON body check) bad strings in the operation name,
 * variables and extensions.
 */
export function requestGuardsPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, operation, schema }) {
          if (request.http?.method === 'GET') {
            const values = checkRequestValues({
              operationName: request.operationName,
              variables: request.variables,
              extensions: request.extensions,
            });
            if (values) throw values;
          }
          if (operation?.operation === 'subscription') throw subscriptionOverHttpError();
          const error = checkOperation(schema, document, request.operationName, request.variables);
          if (error) throw error;
        },
      };
    },
  };
}

export interface WebSocketPayload {
  query: string;
  operationName?: string | null;
  variables?: Record<string, unknown> | null;
  extensions?: Record<string, unknown> | null;
}

/**
 * graphql-ws: the same checks for one `subscribe` message, plus parsing and validation (with
 * `rules`), so a bad document is an error for that operation and never closes the socket.
 */
export function prepareWebSocketOperation(
  schema: GraphQLSchema,
  payload: WebSocketPayload,
  rules: readonly ValidationRule[],
): ExecutionArgs | GraphQLError[] {
  const values = checkRequestValues({
    operationName: payload.operationName,
    variables: payload.variables,
    extensions: payload.extensions,
  });
  if (values) return [values];
  if (typeof payload.query !== 'string') {
    return [requestError('BAD_REQUEST', 'The subscribe payload needs a query string')];
  }
  const text = checkOperationName(payload.operationName) ?? checkDocumentText(payload.query);
  if (text) return [text];
  let document: DocumentNode;
  try {
    document = parse(payload.query, { maxTokens: DOCUMENT_LIMITS.maxTokens });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return [requestError('GRAPHQL_PARSE_FAILED', message)];
  }
  const invalid = validate(schema, document, rules);
  if (invalid.length > 0) {
    return invalid.map(
      (e) =>
        new GraphQLError(e.message, {
          nodes: e.nodes,
          extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
        }),
    );
  }
  // graphql-ws would answer these two without a code; HTTP (Apollo) names them.
  const operation = getOperationAST(document, payload.operationName);
  if (!operation) {
    const message = payload.operationName
      ? `Unknown operation named "${payload.operationName}".`
      : 'Must provide operation name if query contains multiple operations.';
    return [requestError('OPERATION_RESOLUTION_FAILURE', message)];
  }
  const variables = payload.variables ?? undefined;
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables ?? {});
  if (coerced.errors) {
    return coerced.errors.map(
      (e) =>
        new GraphQLError(e.message, { nodes: e.nodes, extensions: { code: 'BAD_USER_INPUT' } }),
    );
  }
  const error = checkOperation(schema, document, payload.operationName, variables);
  if (error) return [error];
  return {
    schema,
    document,
    operationName: payload.operationName,
    variableValues: variables,
  };
}

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
  type OperationDefinitionNode,
  type ValidationRule,
} from 'graphql';
import { jsonDepthExceeds } from '../domain/strings.js';
import {
  checkDocumentStrings,
  checkDocumentText,
  checkRequestValues,
  requestError,
  requestErrorFrom,
  subscriptionOverHttpError,
} from './document-guards.js';
import { batchItemSlots } from './batch-items.js';
import { checkInputBounds } from './input-bounds.js';
import { DOCUMENT_LIMITS } from './limits.js';

/**
 * HTTP: the document text is checked (nesting, NUL) before Apollo parses it, since graphql's
 * recursive parser would overflow the stack on a deeply nested document. A JSON body's other
 * values (operation name, extensions, anything unknown) hold no NUL or unpaired surrogate; its
 * variables are checked once the operation is known (see checkOperation), since a bad string
 * inside one batch item fails that item alone.
 */
export const documentTextGuard: RequestHandler = (req, res, next) => {
  const params = (req.method === 'GET' ? getParams(req.originalUrl) : req.body) as
    { query?: unknown; operationName?: unknown; repeated?: boolean } | undefined;
  const error =
    (params?.repeated
      ? requestError('BAD_REQUEST', 'Send query and operationName at most once each')
      : null) ??
    checkOperationName(params?.operationName) ??
    (typeof params?.query === 'string' ? checkDocumentText(params.query) : null) ??
    (req.method === 'GET' ? null : checkBodyValues(req.body));
  if (!error) return next();
  const { code, details } = error.extensions;
  res.status(400).json({
    errors: [{ message: error.message, extensions: details ? { code, details } : { code } }],
  });
};

/**
 * A GET request's `query` and `operationName` read the way Apollo reads them (URLSearchParams,
 * every parameter), not through Express's query parser, which stops after 1,000 parameters and
 * would let a document placed after them skip these checks.
 */
function getParams(url: string): { query?: string; operationName?: string; repeated: boolean } {
  const at = url.indexOf('?');
  const search = new URLSearchParams(at < 0 ? '' : url.slice(at + 1));
  return {
    query: search.get('query') ?? undefined,
    operationName: search.get('operationName') ?? undefined,
    repeated: search.getAll('query').length > 1 || search.getAll('operationName').length > 1,
  };
}

/**
 * Deepest nesting of a JSON body. Far more than any input needs (JSON arguments such as
 * `metadata` are bounded at 32 levels, and report it naming the field), and it keeps recursive
 * code downstream (variable coercion, serialization) away from the stack's end.
 */
export const MAX_BODY_DEPTH = 1_000;

/** Everything in a JSON body but a string `query` and an object `variables`; its nesting. */
function checkBodyValues(body: unknown): GraphQLError | null {
  if (jsonDepthExceeds(body, MAX_BODY_DEPTH)) {
    return requestError('BAD_REQUEST', 'Request body JSON nests too deeply');
  }
  if (body === null || typeof body !== 'object' || Array.isArray(body)) {
    return checkRequestValues({ body });
  }
  const { query, variables, ...rest } = body as Record<string, unknown>;
  return checkRequestValues({
    ...rest,
    ...(typeof query === 'string' ? {} : { query }),
    ...(variables !== null && typeof variables === 'object' && !Array.isArray(variables)
      ? {}
      : { variables }),
  });
}

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

/** What depends on the document alone, kept while Apollo keeps the parsed document cached. */
interface DocumentFacts {
  slots: ReturnType<typeof batchItemSlots>;
  /** No string literal outside batch items holds NUL or an unpaired surrogate. */
  clean: boolean;
}
const factsByDocument = new WeakMap<DocumentNode, Map<OperationDefinitionNode, DocumentFacts>>();

function documentFacts(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
): DocumentFacts {
  let byOperation = factsByDocument.get(document);
  if (!byOperation) factsByDocument.set(document, (byOperation = new Map()));
  let facts = byOperation.get(operation);
  if (!facts) {
    const slots = batchItemSlots(schema, document, operation);
    facts = { slots, clean: checkDocumentStrings(document, slots.literalItems) === null };
    byOperation.set(operation, facts);
  }
  return facts;
}

/**
 * The checks every operation passes once it is parsed and validated, before it runs: no NUL or
 * unpaired surrogate in string literals or variables (keys included), bounded inputs. What sits
 * inside a scoring or feedback batch item is left to its service, so one bad item fails alone.
 */
function checkOperation(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Record<string, unknown> | undefined,
): GraphQLError | null {
  const operation = getOperationAST(document, operationName);
  // Without an operation graphql answers "Unknown operation" / "Must provide operation name".
  if (!operation) return checkDocumentStrings(document);
  const { slots, clean } = documentFacts(schema, document, operation);
  // A refusal is rebuilt each time rather than one error object thrown to many requests.
  const literal = clean ? null : checkDocumentStrings(document, slots.literalItems);
  if (literal) return literal;
  const values = checkRequestValues({ variables: omit(variables, slots.variables) });
  if (values) return values;
  const bounds = checkInputBounds(schema, document, operation, variables);
  return bounds ? requestErrorFrom(bounds) : null;
}

function omit(
  values: Record<string, unknown> | undefined,
  names: ReadonlySet<string>,
): Record<string, unknown> | undefined {
  if (!values || typeof values !== 'object' || names.size === 0) return values;
  return Object.fromEntries(Object.entries(values).filter(([name]) => !names.has(name)));
}

/**
 * Apollo: refuses, before execution and with HTTP 400, string literals and variables holding NUL
 * or unpaired surrogates, over-long strings and lists (literals or variables), subscriptions sent
 * over HTTP, and (for GET, whose values bypass the JSON body check) bad strings in the operation
 * name and extensions.
 */
export function requestGuardsPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, operation, schema }) {
          if (request.http?.method === 'GET') {
            const values = checkRequestValues({
              operationName: request.operationName,
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

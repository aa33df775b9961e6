import { BREAK, GraphQLError, Kind, visit, type ASTNode, type DocumentNode } from 'graphql';
import { AppError, BadUserInputError } from '../domain/errors.js';
import { unstorableReason } from '../domain/strings.js';

export { NUL_MESSAGE, UNPAIRED_MESSAGE, unstorableReason } from '../domain/strings.js';

/**
 * Deepest nesting of `{`, `(` and `[` a document may have. Well above what the depth limit (12
 * fields) and nested input objects need, and far below what graphql-js's recursive parser and
 * validation rules survive (a few thousand levels overflow the stack).
 */
export const MAX_NESTING = 40;

/** A GraphQL error answered before execution with HTTP `status` and `extensions.code`. */
export function requestError(code: string, message: string, status = 400): GraphQLError {
  return new GraphQLError(message, { extensions: { code, http: { status } } });
}

/** The same for a domain error, keeping its details (the formatter unwraps `originalError`). */
export function requestErrorFrom(error: AppError, status = 400): GraphQLError {
  return new GraphQLError(error.message, {
    originalError: error,
    extensions: { ...error.extensions, http: { status } },
  });
}

const OPEN = new Set(['{', '(', '[']);
const CLOSE = new Set(['}', ')', ']']);

/**
 * Checks the document text before it is parsed: no NUL or unpaired surrogate anywhere (comments
 * included), nesting at most MAX_NESTING. One pass, no recursion, so a hostile document costs
 * O(length) and cannot overflow the stack. Brackets inside strings and comments do not count.
 */
export function checkDocumentText(query: string): GraphQLError | null {
  const unstorable = unstorableReason(query);
  if (unstorable) return requestError('BAD_USER_INPUT', unstorable);
  let depth = 0;
  let i = 0;
  const n = query.length;
  while (i < n) {
    const c = query[i]!;
    if (c === '#') {
      while (i < n && query[i] !== '\n' && query[i] !== '\r') i++;
    } else if (c === '"' && query.startsWith('"""', i)) {
      i += 3;
      while (i < n && !query.startsWith('"""', i)) i += query.startsWith('\\"""', i) ? 4 : 1;
      i += 3;
      continue;
    } else if (c === '"') {
      i++;
      while (i < n && query[i] !== '"' && query[i] !== '\n') i += query[i] === '\\' ? 2 : 1;
    } else if (OPEN.has(c)) {
      if (++depth > MAX_NESTING) {
        return requestError(
          'GRAPHQL_PARSE_FAILED',
          `Document nesting exceeds ${MAX_NESTING} levels of {, ( or [`,
        );
      }
    } else if (CLOSE.has(c)) {
      depth = Math.max(0, depth - 1);
    }
    i++;
  }
  return null;
}

/**
 * String literals and block strings of a parsed document hold no NUL or unpaired surrogate once
 * their escapes (`\u0000`, `\uD800`) are decoded. The document's nesting is already bounded.
 * Nodes in `skip` (batch items, which their service refuses one by one) are not looked into.
 */
export function checkDocumentStrings(
  document: DocumentNode,
  skip: ReadonlySet<ASTNode> = new Set(),
): GraphQLError | null {
  let found: GraphQLError | null = null;
  visit(document, {
    enter: (node) => {
      if (found) return BREAK;
      if (skip.has(node)) return false;
      if (node.kind !== Kind.STRING) return undefined;
      const reason = unstorableReason(node.value);
      if (!reason) return undefined;
      found = new GraphQLError(`${reason}: a string literal in the document`, {
        nodes: [node],
        extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } },
      });
      return BREAK;
    },
  });
  return found;
}

/**
 * Operation name, variables and extensions as the client sent them: no NUL or unpaired surrogate
 * in any key or string. Iterative, so deeply nested JSON cannot overflow the stack.
 */
export function checkRequestValues(
  values: Record<string, unknown>,
  maxNodes = 1_000_000,
): GraphQLError | null {
  const stack: [string, unknown][] = Object.entries(values);
  let seen = 0;
  while (stack.length > 0) {
    const [where, value] = stack.pop()!;
    if (++seen > maxNodes) return requestError('BAD_USER_INPUT', 'Request has too many values');
    if (typeof value === 'string') {
      const reason = unstorableReason(value);
      if (reason)
        return requestErrorFrom(new BadUserInputError([{ field: where, message: reason }]));
    } else if (Array.isArray(value)) {
      value.forEach((item, i) => stack.push([`${where}.${i}`, item]));
    } else if (value !== null && typeof value === 'object') {
      for (const [key, item] of Object.entries(value)) {
        const reason = unstorableReason(key);
        if (reason) {
          return requestErrorFrom(new BadUserInputError([{ field: where, message: reason }]));
        }
        stack.push([`${where}.${key}`, item]);
      }
    }
  }
  return null;
}

/** Subscriptions need a live connection; HTTP POST cannot carry one. */
export function subscriptionOverHttpError(): GraphQLError {
  return requestError(
    'BAD_REQUEST',
    'Subscriptions run over WebSocket (graphql-ws, subprotocol graphql-transport-ws) at /graphql, not over HTTP',
  );
}

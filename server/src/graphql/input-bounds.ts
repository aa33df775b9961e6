import { walkFields } from './field-walk.js';
import {
  Kind,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  type DocumentNode,
  type GraphQLInputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type ValueNode,
} from 'graphql';
import { BadUserInputError, type FieldProblem } from '../domain/errors.js';
import {
  INVISIBLE_PROBLEM,
  MAX_FREE_TEXT_LENGTH,
  MAX_IDENTIFIER_LENGTH,
  MAX_JSON_DEPTH,
  hasInvisible,
  jsonDepthExceeds,
} from '../domain/strings.js';
import { isBatchItemsArgument } from './batch-items.js';

export { MAX_FREE_TEXT_LENGTH, MAX_IDENTIFIER_LENGTH, MAX_JSON_DEPTH } from '../domain/strings.js';
/** Most items in any list argument (a scoring batch is the largest: 1,000). */
export const MAX_LIST_ITEMS = 1_000;

/**
 * Argument and input-field names that hold free text. Every other String or ID is an identifier.
 * An input field can also set its own bound with `@Extensions({ maxLength: N })` (type-graphql
 * drops extensions on bare arguments, which go by their name).
 */
const FREE_TEXT_NAMES = new Set([
  'note',
  'notes',
  'reason',
  'description',
  'condition',
  'userAgent',
  'url',
  'comment',
  'message',
  'password',
  'current',
  'next',
]);

/**
 * Bare arguments with a bound of their own, by name: a reputation list file arrives whole as
 * `content`, and is bounded by the request body limit (4 MB) rather than a text limit.
 */
const LONG_TEXT_NAMES = new Map<string, number>([['content', 4 * 1024 * 1024]]);

interface Bounded {
  name: string;
  extensions?: { readonly [key: string]: unknown } | null;
}

function maxLengthOf(field: Bounded): number {
  const own = field.extensions?.maxLength;
  if (typeof own === 'number') return own;
  const named = LONG_TEXT_NAMES.get(field.name);
  if (named !== undefined) return named;
  return isFreeText(field) ? MAX_FREE_TEXT_LENGTH : MAX_IDENTIFIER_LENGTH;
}

function isFreeText(field: Bounded): boolean {
  return (
    typeof field.extensions?.maxLength === 'number' ||
    FREE_TEXT_NAMES.has(field.name) ||
    LONG_TEXT_NAMES.has(field.name)
  );
}

/** Checks one string against the bound of the field or argument it is for. */
function checkString(path: string, value: string, bound: Bounded, problems: FieldProblem[]): void {
  const max = maxLengthOf(bound);
  if (value.length > max) {
    problems.push({ field: path, message: `must be at most ${max} characters` });
  } else if (!isFreeText(bound) && hasInvisible(value)) {
    problems.push({ field: path, message: INVISIBLE_PROBLEM });
  }
}

/**
 * Checks a variable's value as the client sent it (JSON), read as `type`. Values of the wrong
 * shape are skipped: graphql refuses them when it coerces the variables.
 */
function checkRaw(
  path: string,
  type: GraphQLInputType,
  value: unknown,
  bound: Bounded,
  problems: FieldProblem[],
  batchItems = false,
): void {
  if (value === null || value === undefined) return;
  const nullable = isNonNullType(type) ? type.ofType : type;
  if (isListType(nullable)) {
    if (!Array.isArray(value)) {
      if (batchItems) return; // one item, coerced to a list of one
      return checkRaw(path, nullable.ofType, value, bound, problems);
    }
    if (value.length > MAX_LIST_ITEMS) {
      problems.push({ field: path, message: `must have at most ${MAX_LIST_ITEMS} items` });
      return;
    }
    if (batchItems) return;
    value.forEach((item, i) => checkRaw(`${path}.${i}`, nullable.ofType, item, bound, problems));
  } else if (isInputObjectType(nullable)) {
    if (typeof value !== 'object' || Array.isArray(value)) return;
    const fields = nullable.getFields();
    for (const [key, item] of Object.entries(value as Record<string, unknown>)) {
      const field = fields[key];
      if (field) checkRaw(`${path}.${key}`, field.type, item, field, problems);
    }
  } else if (isScalarType(nullable)) {
    if (typeof value === 'string') checkString(path, value, bound, problems);
    else if (typeof value === 'object' && jsonDepthExceeds(value, MAX_JSON_DEPTH)) {
      problems.push({ field: path, message: `must nest at most ${MAX_JSON_DEPTH} levels` });
    }
  }
}

/**
 * Bounds every argument an operation passes, literals and variables alike, before anything
 * runs: strings by length (identifiers also refuse control and bidi-override characters), lists
 * by item count, JSON by depth. Field paths in the error are the argument name then input
 * fields and list indexes (`input.device.userAgent`, `filter.status`). Items of a scoring or
 * feedback batch are left to their service, so that one bad item fails alone; only the batch's
 * length is checked here. Variables are read as sent, not coerced (graphql coerces them once,
 * when it executes), and anything of the wrong shape is left to graphql's own error.
 */
export function checkInputBounds(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> | undefined,
): BadUserInputError | null {
  const given = variables ?? {};
  const defaults = new Map<string, ValueNode>();
  for (const definition of operation.variableDefinitions ?? []) {
    if (definition.defaultValue)
      defaults.set(definition.variable.name.value, definition.defaultValue);
  }
  const problems: FieldProblem[] = [];

  const checkLiteral = (
    path: string,
    type: GraphQLInputType,
    node: ValueNode,
    bound: Bounded,
    batchItems = false,
  ): void => {
    if (node.kind === Kind.VARIABLE) {
      const name = node.name.value;
      if (Object.hasOwn(given, name))
        checkRaw(path, type, given[name], bound, problems, batchItems);
      else if (defaults.has(name)) checkLiteral(path, type, defaults.get(name)!, bound, batchItems);
      return;
    }
    const nullable = isNonNullType(type) ? type.ofType : type;
    if (isListType(nullable)) {
      if (node.kind !== Kind.LIST) {
        if (batchItems) return; // one item, coerced to a list of one
        return checkLiteral(path, nullable.ofType, node, bound);
      }
      if (node.values.length > MAX_LIST_ITEMS) {
        problems.push({ field: path, message: `must have at most ${MAX_LIST_ITEMS} items` });
        return;
      }
      if (batchItems) return;
      node.values.forEach((item, i) => checkLiteral(`${path}.${i}`, nullable.ofType, item, bound));
    } else if (isInputObjectType(nullable)) {
      if (node.kind !== Kind.OBJECT) return;
      const fields = nullable.getFields();
      for (const item of node.fields) {
        const field = fields[item.name.value];
        if (field) checkLiteral(`${path}.${item.name.value}`, field.type, item.value, field);
      }
    } else if (node.kind === Kind.STRING) {
      checkString(path, node.value, bound, problems);
    }
  };

  walkFields(schema, document, operation, ({ node, field, parent }) => {
    for (const argument of node.arguments ?? []) {
      const arg = field.args.find((a) => a.name === argument.name.value);
      if (!arg) continue;
      // Batch items are the service's to refuse, one by one; the list's length is not.
      const items = isBatchItemsArgument(schema, parent, field.name, arg.name);
      checkLiteral(arg.name, arg.type, argument.value, arg, items);
    }
    return problems.length < 20;
  });
  return problems.length > 0 ? new BadUserInputError(problems) : null;
}

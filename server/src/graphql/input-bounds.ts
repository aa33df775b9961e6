import {
  Kind,
  getArgumentValues,
  getNamedType,
  getVariableValues,
  isCompositeType,
  isInputObjectType,
  isInterfaceType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLInputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { BadUserInputError, type FieldProblem } from '../domain/errors.js';

/** Longest identifier (ids, references, names, e-mails, cursors, filters), in characters. */
export const MAX_IDENTIFIER_LENGTH = 255;
/** Longest free text (notes, reasons, user agents, URLs, descriptions, conditions). */
export const MAX_FREE_TEXT_LENGTH = 2_000;
/** Most items in any list argument (a scoring batch is the largest: 1,000). */
export const MAX_LIST_ITEMS = 1_000;
/** Deepest nesting inside a JSON argument such as `metadata`. */
export const MAX_JSON_DEPTH = 32;

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
 * Control characters and bidirectional embeddings, overrides and isolates: never part of an
 * identifier, and in one they make two different ids look alike on an analyst's screen.
 */
// eslint-disable-next-line no-control-regex
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

interface Bounded {
  name: string;
  extensions?: { readonly [key: string]: unknown } | null;
}

function maxLengthOf(field: Bounded): number {
  const own = field.extensions?.maxLength;
  if (typeof own === 'number') return own;
  return isFreeText(field) ? MAX_FREE_TEXT_LENGTH : MAX_IDENTIFIER_LENGTH;
}

function isFreeText(field: Bounded): boolean {
  return typeof field.extensions?.maxLength === 'number' || FREE_TEXT_NAMES.has(field.name);
}

/** Depth of a JSON value, walked without recursion; stops counting past `limit`. */
function jsonDepthExceeds(value: unknown, limit: number): boolean {
  const stack: [unknown, number][] = [[value, 1]];
  while (stack.length > 0) {
    const [v, depth] = stack.pop()!;
    if (v === null || typeof v !== 'object') continue;
    if (depth > limit) return true;
    for (const item of Object.values(v)) stack.push([item, depth + 1]);
  }
  return false;
}

/** Checks one coerced value of `type` at `path`, adding what is wrong to `problems`. */
function checkValue(
  path: string,
  type: GraphQLInputType,
  value: unknown,
  bound: Bounded,
  problems: FieldProblem[],
): void {
  if (value === null || value === undefined) return;
  const nullable = isNonNullType(type) ? type.ofType : type;
  if (isListType(nullable)) {
    if (!Array.isArray(value)) return;
    if (value.length > MAX_LIST_ITEMS) {
      problems.push({ field: path, message: `must have at most ${MAX_LIST_ITEMS} items` });
      return;
    }
    value.forEach((item, i) => checkValue(`${path}.${i}`, nullable.ofType, item, bound, problems));
  } else if (isInputObjectType(nullable)) {
    const fields = nullable.getFields();
    for (const [key, item] of Object.entries(value as Record<string, unknown>)) {
      const field = fields[key];
      if (field) checkValue(`${path}.${key}`, field.type, item, field, problems);
    }
  } else if (isScalarType(nullable)) {
    if (typeof value === 'string') {
      const max = maxLengthOf(bound);
      if (value.length > max) {
        problems.push({ field: path, message: `must be at most ${max} characters` });
      } else if (!isFreeText(bound) && INVISIBLE.test(value)) {
        problems.push({
          field: path,
          message: 'must not contain control or bidirectional-override characters',
        });
      }
    } else if (typeof value === 'object' && jsonDepthExceeds(value, MAX_JSON_DEPTH)) {
      problems.push({ field: path, message: `must nest at most ${MAX_JSON_DEPTH} levels` });
    }
  }
}

/**
 * Bounds every argument an operation passes, literals and variables alike, before anything
 * runs: strings by length (identifiers also refuse control and bidi-override characters), lists
 * by item count, JSON by depth. Field paths in the error are
 * the argument name then input fields and list indexes (`input.device.userAgent`,
 * `inputs.3.userId`). Variables that do not coerce are left to graphql's own error.
 */
export function checkInputBounds(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> | undefined,
): BadUserInputError | null {
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables ?? {}, {
    maxErrors: 1,
  });
  if (coerced.errors) return null;
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) {
      fragments.set(definition.name.value, definition);
    }
  }
  const problems: FieldProblem[] = [];
  const seenFragments = new Set<string>();

  const walk = (set: SelectionSetNode, parent: GraphQLCompositeType): void => {
    for (const selection of set.selections) {
      if (selection.kind === Kind.FRAGMENT_SPREAD) {
        const name = selection.name.value;
        const fragment = fragments.get(name);
        const type = fragment && schema.getType(fragment.typeCondition.name.value);
        if (seenFragments.has(name) || !fragment || !type || !isCompositeType(type)) continue;
        seenFragments.add(name);
        walk(fragment.selectionSet, type);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition
          ? schema.getType(selection.typeCondition.name.value)
          : parent;
        if (type && isCompositeType(type)) walk(selection.selectionSet, type);
      } else if (isObjectType(parent) || isInterfaceType(parent)) {
        const field = parent.getFields()[selection.name.value];
        if (!field) continue;
        if (field.args.length > 0 && selection.arguments?.length) {
          let args: Record<string, unknown>;
          try {
            args = getArgumentValues(field, selection, coerced.coerced);
          } catch {
            continue; // graphql reports the invalid argument when it executes
          }
          for (const arg of field.args) {
            checkValue(arg.name, arg.type, args[arg.name], arg, problems);
          }
        }
        const type = getNamedType(field.type);
        if (selection.selectionSet && isCompositeType(type)) walk(selection.selectionSet, type);
      }
      if (problems.length >= 20) return;
    }
  };

  const root = schema.getRootType(operation.operation);
  if (root) walk(operation.selectionSet, root);
  return problems.length > 0 ? new BadUserInputError(problems) : null;
}

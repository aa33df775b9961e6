import {
  Kind,
  type DocumentNode,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
  type DirectiveNode,
} from 'graphql';
import { BadUserInputError, type FieldProblem } from '../domain/errors.js';

/** Root fields that score events: they draw on the "scoring" rate-limit bucket. */
export const SCORING_FIELDS: ReadonlySet<string> = new Set([
  'scoreTransaction',
  'scoreTransactions',
  'scoreAccountEvent',
]);

/** What one operation would do, counted before it runs. */
export interface OperationWeight {
  /** Events it would score: 1 per `scoreTransaction` / `scoreAccountEvent`, the length of each `scoreTransactions(inputs)`. */
  scoredEvents: number;
  /** Feedback it would submit: 1 per `submitFeedback`, the length of each `submitFeedbackBatch(items)`. */
  feedbackItems: number;
  /** Root fields that do not score (each alias counts). */
  otherFields: number;
  /** Root fields that score (each alias counts). */
  scoringFields: number;
  /** Root fields that submit feedback (each alias counts). */
  feedbackFields: number;
}

/** Per-operation ceilings, however many aliases and root fields the operation uses. */
export interface OperationLimits {
  /** Scored events per operation (the largest batch). */
  maxScoredEvents: number;
  /** Feedback items per operation (the largest feedback batch). */
  maxFeedbackItems: number;
}

const NOTHING: OperationWeight = {
  scoredEvents: 0,
  feedbackItems: 0,
  otherFields: 0,
  scoringFields: 0,
  feedbackFields: 0,
};

type Variables = Readonly<Record<string, unknown>> | null | undefined;

/**
 * Weighs an operation from its document and the request's raw variables. Counts by response key,
 * as graphql-js executes a key once however many times a fragment repeats it; honours literal and
 * variable `@skip` / `@include`. Runs after validation, so the fields and arguments exist.
 */
export function weighOperation(
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Variables,
): OperationWeight {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) {
    if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  }
  const defaults = new Map<string, ValueNode>();
  for (const v of operation.variableDefinitions ?? []) {
    if (v.defaultValue) defaults.set(v.variable.name.value, v.defaultValue);
  }
  const scope: Scope = { variables: variables ?? {}, defaults };

  const byKey = new Map<string, OperationWeight>();
  const visit = (set: SelectionSetNode, seen: ReadonlySet<string>) => {
    for (const selection of set.selections) {
      if (!isIncluded(selection.directives, scope)) continue;
      if (selection.kind === Kind.FIELD) {
        const key = selection.alias?.value ?? selection.name.value;
        if (byKey.has(key)) continue;
        const argument = (name: string) =>
          selection.arguments?.find((a) => a.name.value === name)?.value;
        const name = selection.name.value;
        const weight = { ...NOTHING };
        if (SCORING_FIELDS.has(name)) {
          weight.scoringFields = 1;
          weight.scoredEvents =
            name === 'scoreTransactions' ? listLength(argument('inputs'), scope) : 1;
        } else {
          weight.otherFields = 1;
        }
        if (name === 'submitFeedback' || name === 'submitFeedbackBatch') {
          weight.feedbackFields = 1;
          weight.feedbackItems =
            name === 'submitFeedbackBatch' ? listLength(argument('items'), scope) : 1;
        }
        byKey.set(key, weight);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        visit(selection.selectionSet, seen);
      } else {
        const name = selection.name.value;
        const fragment = fragments.get(name);
        if (fragment && !seen.has(name)) visit(fragment.selectionSet, new Set([...seen, name]));
      }
    }
  };
  visit(operation.selectionSet, new Set());

  const total = { ...NOTHING };
  for (const w of byKey.values()) {
    for (const k of Object.keys(total) as (keyof OperationWeight)[]) total[k] += w[k];
  }
  return total;
}

/**
 * Throws BAD_USER_INPUT naming the limit and the count when the operation does too much. One
 * oversized batch is reported on its argument (`inputs`, `items`) as the services would; a total
 * over several fields on `operation`.
 */
export function assertWithinOperationLimits(
  weight: OperationWeight,
  limits: OperationLimits,
): void {
  const problems: FieldProblem[] = [];
  if (weight.scoredEvents > limits.maxScoredEvents) {
    problems.push(
      weight.scoringFields === 1
        ? {
            field: 'inputs',
            message: `at most ${limits.maxScoredEvents} transactions per call (got ${weight.scoredEvents})`,
          }
        : {
            field: 'operation',
            message: `scores ${weight.scoredEvents} events in ${weight.scoringFields} fields; at most ${limits.maxScoredEvents} per operation, however many aliases`,
          },
    );
  }
  if (weight.feedbackItems > limits.maxFeedbackItems) {
    problems.push(
      weight.feedbackFields === 1
        ? { field: 'items', message: `at most ${limits.maxFeedbackItems} items per call` }
        : {
            field: 'operation',
            message: `submits ${weight.feedbackItems} feedback items in ${weight.feedbackFields} fields; at most ${limits.maxFeedbackItems} per operation, however many aliases`,
          },
    );
  }
  if (problems.length) throw new BadUserInputError(problems);
}

interface Scope {
  variables: Readonly<Record<string, unknown>>;
  defaults: ReadonlyMap<string, ValueNode>;
}

/** Items of a list argument; a single value counts one, as GraphQL coerces it into a list. */
function listLength(value: ValueNode | undefined, scope: Scope): number {
  if (!value || value.kind === Kind.NULL) return 0;
  if (value.kind === Kind.LIST) return value.values.length;
  if (value.kind === Kind.VARIABLE) {
    const name = value.name.value;
    if (!(name in scope.variables)) {
      const fallback = scope.defaults.get(name);
      return fallback ? listLength(fallback, { ...scope, defaults: new Map() }) : 0;
    }
    const given = scope.variables[name];
    if (Array.isArray(given)) return given.length;
    return given === null || given === undefined ? 0 : 1;
  }
  return 1;
}

function isIncluded(directives: readonly DirectiveNode[] | undefined, scope: Scope): boolean {
  for (const d of directives ?? []) {
    const name = d.name.value;
    if (name !== 'skip' && name !== 'include') continue;
    const condition = booleanOf(d.arguments?.find((a) => a.name.value === 'if')?.value, scope);
    if (name === 'skip' && condition) return false;
    if (name === 'include' && !condition) return false;
  }
  return true;
}

function booleanOf(value: ValueNode | undefined, scope: Scope): boolean {
  if (!value) return false;
  if (value.kind === Kind.BOOLEAN) return value.value;
  if (value.kind === Kind.VARIABLE) {
    const name = value.name.value;
    if (name in scope.variables) return scope.variables[name] === true;
    const fallback = scope.defaults.get(name);
    return fallback?.kind === Kind.BOOLEAN && fallback.value;
  }
  return false;
}

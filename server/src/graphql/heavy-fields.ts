import {
  GraphQLError,
  Kind,
  type ASTVisitor,
  type SelectionSetNode,
  type ValidationContext,
} from 'graphql';

/**
 * Root fields that each read up to a million stored events: one per operation, so aliases cannot
 * queue a request worth hours of work behind one HTTP call.
 */
export const HEAVY_FIELDS: ReadonlySet<string> = new Set(['backtestPolicy', 'trainModel']);

function heavyFieldsIn(
  set: SelectionSetNode,
  context: ValidationContext,
  seen: Set<string>,
): number {
  let n = 0;
  for (const selection of set.selections) {
    if (selection.kind === Kind.FIELD) {
      if (HEAVY_FIELDS.has(selection.name.value)) n++;
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      n += heavyFieldsIn(selection.selectionSet, context, seen);
    } else if (!seen.has(selection.name.value)) {
      seen.add(selection.name.value);
      const fragment = context.getFragment(selection.name.value);
      if (fragment) n += heavyFieldsIn(fragment.selectionSet, context, seen);
    }
  }
  return n;
}

/** Refuses an operation with more than one heavy root field (aliases and fragments included). */
export function oneHeavyFieldRule(context: ValidationContext): ASTVisitor {
  return {
    OperationDefinition(node) {
      if (heavyFieldsIn(node.selectionSet, context, new Set()) > 1)
        context.reportError(
          new GraphQLError(
            `An operation may run at most one of ${[...HEAVY_FIELDS].join(', ')}; send them one by one`,
            { nodes: [node] },
          ),
        );
    },
  };
}

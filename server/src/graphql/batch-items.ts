import { walkFields } from './field-walk.js';
import {
  Kind,
  visit,
  type ASTNode,
  type DocumentNode,
  type GraphQLCompositeType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type ValueNode,
} from 'graphql';

/**
 * Mutation arguments whose list items succeed or fail one by one: the service validates each
 * item (strings, lengths, JSON) and answers a bad one in that item's `error`, so the request
 * guards leave what is inside the items to it.
 */
const BATCH_ITEMS_ARGUMENTS: ReadonlyMap<string, string> = new Map([
  ['scoreTransactions', 'inputs'],
  ['submitFeedbackBatch', 'items'],
]);

/** True when argument `argName` of field `fieldName` on `parent` holds batch items. */
export function isBatchItemsArgument(
  schema: GraphQLSchema,
  parent: GraphQLCompositeType,
  fieldName: string,
  argName: string,
): boolean {
  return parent === schema.getMutationType() && BATCH_ITEMS_ARGUMENTS.get(fieldName) === argName;
}

export interface BatchItemSlots {
  /** Literal items (and everything inside them) of batch arguments in the document. */
  literalItems: Set<ASTNode>;
  /**
   * Variables whose every use is a batch position: the batch argument itself (a list of items,
   * or one item coerced to a list) or inside a literal item. Their values are items only.
   */
  variables: Set<string>;
}

/**
 * Where `operation` (aliases and fragments followed) passes batch items: which literal nodes are
 * items and which variables hold nothing but items. A variable also used anywhere else (another
 * argument, a directive) is not one: it is checked like any other value.
 */
export function batchItemSlots(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
): BatchItemSlots {
  const literalItems = new Set<ASTNode>();
  const inBatch = new Map<string, number>();
  const countIn = (counts: Map<string, number>, name: string) =>
    counts.set(name, (counts.get(name) ?? 0) + 1);
  const variablesIn = (node: ValueNode, counts: Map<string, number>) =>
    visit(node, { [Kind.VARIABLE]: (v) => void countIn(counts, v.name.value) });

  const item = (node: ValueNode) => {
    literalItems.add(node);
    variablesIn(node, inBatch);
  };

  const seen = walkFields(schema, document, operation, ({ node, field, parent }) => {
    for (const argument of node.arguments ?? []) {
      if (!isBatchItemsArgument(schema, parent, field.name, argument.name.value)) continue;
      const value = argument.value;
      if (value.kind === Kind.VARIABLE) countIn(inBatch, value.name.value);
      else if (value.kind === Kind.LIST) value.values.forEach(item);
      else item(value);
    }
  });

  // Every use of each variable in the operation and the fragments it spreads (not its
  // definitions): a variable is items-only when all of its uses were batch positions above.
  const everywhere = new Map<string, number>();
  const count = {
    [Kind.VARIABLE]: (v: { name: { value: string } }) => void countIn(everywhere, v.name.value),
  };
  visit(operation.selectionSet, count);
  for (const directive of operation.directives ?? []) visit(directive, count);
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION && seen.has(definition.name.value)) {
      visit(definition, count);
    }
  }

  const variables = new Set<string>();
  for (const [name, uses] of inBatch) if (everywhere.get(name) === uses) variables.add(name);
  return { literalItems, variables };
}

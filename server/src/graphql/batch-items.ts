import {
  Kind,
  isCompositeType,
  getNamedType,
  isInterfaceType,
  isObjectType,
  visit,
  type ASTNode,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
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
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) {
      fragments.set(definition.name.value, definition);
    }
  }
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

  const seen = new Set<string>();
  const walk = (set: SelectionSetNode, parent: GraphQLCompositeType): void => {
    for (const selection of set.selections) {
      if (selection.kind === Kind.FRAGMENT_SPREAD) {
        const name = selection.name.value;
        const fragment = fragments.get(name);
        const type = fragment && schema.getType(fragment.typeCondition.name.value);
        if (seen.has(name) || !fragment || !type || !isCompositeType(type)) continue;
        seen.add(name);
        walk(fragment.selectionSet, type);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition
          ? schema.getType(selection.typeCondition.name.value)
          : parent;
        if (type && isCompositeType(type)) walk(selection.selectionSet, type);
      } else if (isObjectType(parent) || isInterfaceType(parent)) {
        const field = parent.getFields()[selection.name.value];
        if (!field) continue;
        for (const argument of selection.arguments ?? []) {
          if (!isBatchItemsArgument(schema, parent, field.name, argument.name.value)) continue;
          const value = argument.value;
          if (value.kind === Kind.VARIABLE) countIn(inBatch, value.name.value);
          else if (value.kind === Kind.LIST) value.values.forEach(item);
          else item(value);
        }
        const type = getNamedType(field.type);
        if (selection.selectionSet && isCompositeType(type)) walk(selection.selectionSet, type);
      }
    }
  };
  const root = schema.getRootType(operation.operation);
  if (root) walk(operation.selectionSet, root);

  // Every use of each variable in the operation and the fragments it spreads (not its
  // definitions): a variable is items-only when all of its uses were batch positions above.
  const everywhere = new Map<string, number>();
  const count = {
    [Kind.VARIABLE]: (v: { name: { value: string } }) => void countIn(everywhere, v.name.value),
  };
  visit(operation.selectionSet, count);
  for (const directive of operation.directives ?? []) visit(directive, count);
  for (const name of seen) visit(fragments.get(name)!, count);

  const variables = new Set<string>();
  for (const [name, uses] of inBatch) if (everywhere.get(name) === uses) variables.add(name);
  return { literalItems, variables };
}

import {
  Kind,
  getNamedType,
  isCompositeType,
  isInterfaceType,
  isObjectType,
  type DocumentNode,
  type FieldNode,
  type GraphQLField,
  type GraphQLInterfaceType,
  type GraphQLObjectType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';

/** What {@link walkFields} hands to its visitor for each selected field. */
export interface VisitedField {
  node: FieldNode;
  field: GraphQLField<unknown, unknown>;
  /** The type the field is selected on. */
  parent: GraphQLObjectType | GraphQLInterfaceType;
}

/**
 * Visits every field `operation` selects, at any depth and under any alias, with its schema
 * definition; each fragment it spreads is followed once. Fields the schema does not know are
 * skipped (validation reports them). `visit` returns `false` to stop the walk. Returns the names
 * of the fragments followed.
 */
export function walkFields(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  visit: (visited: VisitedField) => boolean | void,
): Set<string> {
  const fragments = new Map(
    document.definitions.flatMap((d) =>
      d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d] as const] : [],
    ),
  );
  const followed = new Set<string>();
  let stopped = false;
  const walk = (set: SelectionSetNode, parent: ReturnType<typeof getNamedType>): void => {
    for (const selection of set.selections) {
      if (stopped) return;
      if (selection.kind === Kind.FRAGMENT_SPREAD) {
        const name = selection.name.value;
        const fragment = fragments.get(name);
        const type = fragment && schema.getType(fragment.typeCondition.name.value);
        if (followed.has(name) || !fragment || !type || !isCompositeType(type)) continue;
        followed.add(name);
        walk(fragment.selectionSet, type);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition
          ? schema.getType(selection.typeCondition.name.value)
          : parent;
        if (type && isCompositeType(type)) walk(selection.selectionSet, type);
      } else if (isObjectType(parent) || isInterfaceType(parent)) {
        const field = parent.getFields()[selection.name.value];
        if (!field) continue;
        if (visit({ node: selection, field, parent }) === false) {
          stopped = true;
          return;
        }
        const type = getNamedType(field.type);
        if (selection.selectionSet && isCompositeType(type)) walk(selection.selectionSet, type);
      }
    }
  };
  const root = schema.getRootType(operation.operation);
  if (root) walk(operation.selectionSet, root);
  return followed;
}

import {
  GraphQLError,
  Kind,
  getNamedType,
  getNullableType,
  isCompositeType,
  isInterfaceType,
  isListType,
  isObjectType,
  type FieldNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type SelectionSetNode,
  type ValidationRule,
} from 'graphql';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../db/pagination.js';

export interface CostLimitOptions {
  /** Largest cost an operation may have (points; every field is one, times its list factors). */
  maxCost: number;
  /** Assumed length of a list field without a `first` argument (e.g. `Case.recentEvents`). */
  listFactor: number;
  /** Page size when `first` is omitted (default DEFAULT_PAGE_SIZE). */
  defaultPage?: number;
  /** Largest page; a `first` given as a variable counts as this (default MAX_PAGE_SIZE). */
  maxPage?: number;
}

/**
 * A document's worst-case size, before execution. Every field costs 1; an object field adds its
 * selection times a factor: its `first` argument for a connection (the largest page when `first`
 * is a variable, since validation runs before variables are known; the default page when
 * omitted), `listFactor` for other lists, 1 otherwise. Aliases add up, fragments count where they
 * are spread. graphql-armor's cost rule weighs only `first` literals, so a variable or a plain
 * list field would slip through it.
 */
export function costLimitRule({
  maxCost,
  listFactor,
  defaultPage = DEFAULT_PAGE_SIZE,
  maxPage = MAX_PAGE_SIZE,
}: CostLimitOptions): ValidationRule {
  return (context) => {
    const schema = context.getSchema();
    const fragmentCosts = new Map<string, number>();
    const visiting = new Set<string>();

    const selectionCost = (set: SelectionSetNode, type: GraphQLCompositeType): number => {
      let total = 0;
      for (const selection of set.selections) {
        if (selection.kind === Kind.FIELD) {
          total += fieldCost(selection, type);
        } else if (selection.kind === Kind.INLINE_FRAGMENT) {
          const condition = selection.typeCondition
            ? schema.getType(selection.typeCondition.name.value)
            : type;
          if (condition && isCompositeType(condition)) {
            total += selectionCost(selection.selectionSet, condition);
          }
        } else {
          total += fragmentCost(selection.name.value);
        }
      }
      return total;
    };

    const fragmentCost = (name: string): number => {
      const known = fragmentCosts.get(name);
      if (known !== undefined) return known;
      // A cycle is reported by graphql's NoFragmentCyclesRule; count it once here.
      if (visiting.has(name)) return 0;
      const fragment = context.getFragment(name);
      const type = fragment && schema.getType(fragment.typeCondition.name.value);
      if (!fragment || !type || !isCompositeType(type)) return 0;
      visiting.add(name);
      const cost = selectionCost(fragment.selectionSet, type);
      visiting.delete(name);
      fragmentCosts.set(name, cost);
      return cost;
    };

    const factor = (
      node: FieldNode,
      field: GraphQLField<unknown, unknown>,
      parent: GraphQLCompositeType,
    ) => {
      if (field.args.some((a) => a.name === 'first')) {
        const first = node.arguments?.find((a) => a.name.value === 'first')?.value;
        if (!first) return defaultPage;
        if (first.kind === Kind.INT) {
          return Math.min(maxPage, Math.max(1, Number.parseInt(first.value, 10) || 1));
        }
        return maxPage;
      }
      if (!isListType(getNullableType(field.type))) return 1;
      // A connection's `edges` are already counted by the connection's `first`.
      const isConnection = isObjectType(parent) && 'pageInfo' in parent.getFields();
      return isConnection ? 1 : listFactor;
    };

    const fieldCost = (node: FieldNode, parent: GraphQLCompositeType): number => {
      if (node.name.value.startsWith('__')) return 0;
      if (!isObjectType(parent) && !isInterfaceType(parent)) return 1;
      const field = parent.getFields()[node.name.value];
      if (!field) return 1;
      const type = getNamedType(field.type);
      if (!node.selectionSet || !isCompositeType(type)) return 1;
      return 1 + factor(node, field, parent) * selectionCost(node.selectionSet, type);
    };

    return {
      OperationDefinition(operation) {
        const root = schema.getRootType(operation.operation);
        if (!root) return false;
        const cost = selectionCost(operation.selectionSet, root);
        if (cost > maxCost) {
          context.reportError(
            new GraphQLError(
              `Operation cost ${Math.round(cost)} exceeds the limit of ${maxCost}: ask for ` +
                'fewer fields, smaller pages (first) or fewer aliases, or split the operation',
              { nodes: [operation] },
            ),
          );
        }
        return false;
      },
    };
  };
}

import { buildSchema, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { costLimitRule } from './cost-limit.js';

const schema = buildSchema(`
  type Query {
    items(first: Int, after: String): ItemConnection!
    item: Item
    tags: [String!]!
  }
  type ItemConnection { edges: [ItemEdge!]! pageInfo: PageInfo! totalCount: Int! }
  type ItemEdge { cursor: String! node: Item! }
  type PageInfo { hasNextPage: Boolean! }
  type Item { id: ID! name: String! children: [Item!]! }
`);

/** The cost the rule computes, read from its error with a limit of zero. */
function cost(document: string): number {
  const errors = validate(schema, parse(document), [costLimitRule({ maxCost: 0, listFactor: 10 })]);
  return Number(/cost (\d+)/.exec(errors[0]?.message ?? '')?.[1] ?? 0);
}

describe('costLimitRule', () => {
  it.each([
    ['one scalar', '{ tags }', 1],
    ['an object', '{ item { id name } }', 3],
    ['a plain list field: listFactor', '{ item { children { id } } }', 1 + 1 + 10],
    ['a page by its first literal', '{ items(first: 5) { edges { node { id } } } }', 1 + 5 * 3],
    ['the default page without first', '{ items { edges { node { id } } } }', 1 + 20 * 3],
    ['the largest page for a variable', 'query($n: Int) { items(first: $n) { totalCount } }', 101],
    ['first above the largest page', '{ items(first: 100000) { totalCount } }', 101],
    ['aliases add up', '{ a: item { id } b: item { id } }', 4],
    [
      'fragments count where spread',
      '{ a: item { ...F } b: item { ...F } } fragment F on Item { id }',
      4,
    ],
    ['introspection is free', '{ __typename item { __typename id } }', 2],
  ])('%s', (_name, document, expected) => {
    expect(cost(document)).toBe(expected);
  });

  it('refuses above the limit with a message saying what to do', () => {
    const rule = costLimitRule({ maxCost: 100, listFactor: 10 });
    const errors = validate(schema, parse('{ items(first: 50) { edges { node { id name } } } }'), [
      rule,
    ]);
    expect(errors).toHaveLength(1);
    expect(errors[0]!.message).toBe(
      'Operation cost 201 exceeds the limit of 100: ask for fewer fields, smaller pages (first) or fewer aliases, or split the operation',
    );
    expect(validate(schema, parse('{ items(first: 30) { totalCount } }'), [rule])).toEqual([]);
  });

  it('survives fragment cycles and fragment fan-out', () => {
    const cycle =
      '{ item { ...A } } fragment A on Item { children { ...B } } fragment B on Item { ...A }';
    expect(() => cost(cycle)).not.toThrow();
    const fan = [
      '{ item { ...F0 } }',
      ...Array.from(
        { length: 8 },
        (_, i) =>
          `fragment F${i} on Item { a: children { ...F${i + 1} } b: children { ...F${i + 1} } }`,
      ),
      'fragment F8 on Item { id }',
    ].join('\n');
    expect(cost(fan)).toBeGreaterThan(1e9);
  });
});

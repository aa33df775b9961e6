import { buildSchema, getOperationAST, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { GraphQLJSON } from 'graphql-scalars';
import { checkInputBounds } from './input-bounds.js';

const schema = buildSchema(`
  scalar JSON
  input Device { id: String userAgent: String }
  input Filter { userId: String tags: [String!] }
  type Query {
    find(filter: Filter, after: String, note: String, device: Device, meta: JSON): Int
    node: Node
  }
  type Node { children(after: String): [Node!]! }
`);
Object.assign(schema.getType('JSON')!, {
  parseValue: GraphQLJSON.parseValue,
  parseLiteral: GraphQLJSON.parseLiteral,
});

function problems(document: string, variables?: Record<string, unknown>) {
  const parsed = parse(document);
  const error = checkInputBounds(schema, parsed, getOperationAST(parsed)!, variables);
  return error?.details ?? [];
}

const long = (n: number) => 'x'.repeat(n);

describe('checkInputBounds', () => {
  it.each([
    ['an identifier at 255', `{ find(after: "${long(255)}") }`, []],
    ['an identifier at 256', `{ find(after: "${long(256)}") }`, ['after']],
    ['free text at 2,000', `{ find(note: "${long(2000)}") }`, []],
    ['free text at 2,001', `{ find(note: "${long(2001)}") }`, ['note']],
    ['a nested input field', `{ find(filter: { userId: "${long(256)}" }) }`, ['filter.userId']],
    ['a list item', `{ find(filter: { tags: ["a", "${long(256)}"] }) }`, ['filter.tags.1']],
    ['free text by name inside an input', `{ find(device: { userAgent: "${long(2000)}" }) }`, []],
    [
      'arguments of nested fields',
      `{ node { children(after: "${long(300)}") { __typename } } }`,
      ['after'],
    ],
    [
      'arguments inside fragments',
      `{ node { ...F } } fragment F on Node { children(after: "${long(300)}") { __typename } }`,
      ['after'],
    ],
  ])('%s', (_name, document, fields) => {
    expect(problems(document).map((p) => p.field)).toEqual(fields);
  });

  it('refuses control and bidi-override characters in identifiers, not in free text', () => {
    const query = 'query($a: String, $n: String) { find(after: $a, note: $n) }';
    for (const bad of ['\u202eevil', 'a\u200b\u2066b', 'tab\tid', 'del\u007f']) {
      expect(problems(query, { a: bad.replace('\u200b', '') })).toEqual([
        {
          field: 'after',
          message: 'must not contain control or bidirectional-override characters',
        },
      ]);
    }
    expect(problems(query, { a: 'مرحبا-42', n: 'line one\nline two\t\u202e' })).toEqual([]);
  });

  it('checks variables as well as literals, and leaves uncoercible ones to graphql', () => {
    const query = 'query($f: Filter) { find(filter: $f) }';
    expect(problems(query, { f: { userId: long(256) } })).toEqual([
      { field: 'filter.userId', message: 'must be at most 255 characters' },
    ]);
    expect(problems(query, { f: { userId: 5, nope: 1 } })).toEqual([]);
    expect(problems(`query($a: String = "${long(256)}") { find(after: $a) }`)).toEqual([
      { field: 'after', message: 'must be at most 255 characters' },
    ]);
    // A single value where a list is expected is coerced to a one-item list.
    expect(problems('query($t: String) { find(filter: { tags: $t }) }', { t: long(256) })).toEqual([
      { field: 'filter.tags', message: 'must be at most 255 characters' },
    ]);
  });

  it('bounds list lengths and JSON depth', () => {
    expect(
      problems('query($f: Filter) { find(filter: $f) }', { f: { tags: Array(1001).fill('a') } }),
    ).toEqual([{ field: 'filter.tags', message: 'must have at most 1000 items' }]);
    let deep: unknown = 1;
    for (let i = 0; i < 33; i++) deep = { a: deep };
    expect(problems('query($m: JSON) { find(meta: $m) }', { m: deep })).toEqual([
      { field: 'meta', message: 'must nest at most 32 levels' },
    ]);
    expect(problems('query($m: JSON) { find(meta: $m) }', { m: { a: { b: [1, 2] } } })).toEqual([]);
  });
});

import { buildSchema, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { oneHeavyFieldRule } from './heavy-fields.js';

const schema = buildSchema(`
  type Query { ok: Boolean }
  type Mutation { backtestPolicy(id: ID): Int trainModel: Int other: Int }
`);
const problems = (document: string) =>
  validate(schema, parse(document), [oneHeavyFieldRule]).map((e) => e.message);

describe('oneHeavyFieldRule', () => {
  it.each([
    ['one backtest', 'mutation { backtestPolicy(id: 1) other }', 0],
    ['two aliases of it', 'mutation { a: backtestPolicy(id: 1) b: backtestPolicy(id: 2) }', 1],
    ['a backtest and a training', 'mutation { backtestPolicy trainModel }', 1],
    [
      'one hidden in a fragment',
      'mutation { backtestPolicy ...F } fragment F on Mutation { trainModel }',
      1,
    ],
    [
      'one in an inline fragment',
      'mutation { backtestPolicy ... on Mutation { x: backtestPolicy } }',
      1,
    ],
    [
      'a fragment spread twice counts once',
      'mutation { ...F ...F } fragment F on Mutation { trainModel }',
      0,
    ],
    ['none', 'mutation { other }', 0],
  ])('%s', (_name, document, expected) => {
    const found = problems(document);
    expect(found).toHaveLength(expected);
    if (expected) expect(found[0]).toMatch(/at most one of backtestPolicy, trainModel/);
  });
});

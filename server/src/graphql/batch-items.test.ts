import { buildSchema, getOperationAST, Kind, parse, type ASTNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { batchItemSlots } from './batch-items.js';
import { checkDocumentStrings } from './document-guards.js';
import { checkInputBounds } from './input-bounds.js';

const schema = buildSchema(`
  input Tx { userId: String! channel: String }
  type Result { ok: Boolean }
  type Query { scoreTransactions(inputs: [Tx!]!): Result find(userId: String): Int }
  type Mutation {
    scoreTransactions(inputs: [Tx!]!): Result
    scoreTransaction(input: Tx!): Result
    submitFeedbackBatch(items: [Tx!]!): Result
  }
`);

function slots(document: string) {
  const parsed = parse(document);
  const found = batchItemSlots(schema, parsed, getOperationAST(parsed)!);
  return { ...found, parsed, variables: [...found.variables].sort() };
}

describe('batchItemSlots', () => {
  it('finds a list variable, item variables and literal items, under aliases and fragments', () => {
    const { variables, literalItems } = slots(`
      mutation($all: [Tx!]!, $a: Tx!, $c: String, $f: [Tx!]!) {
        one: scoreTransactions(inputs: $all) { ok }
        two: scoreTransactions(inputs: [$a, { userId: "u", channel: $c }]) { ok }
        ... on Mutation { three: submitFeedbackBatch(items: { userId: "single" }) { ok } }
        ...F
      }
      fragment F on Mutation { submitFeedbackBatch(items: $f) { ok } }`);
    expect(variables).toEqual(['a', 'all', 'c', 'f']);
    expect([...literalItems].map((n) => n.kind)).toEqual([Kind.VARIABLE, Kind.OBJECT, Kind.OBJECT]);
  });

  it('leaves out a variable also used anywhere else', () => {
    const { variables } = slots(`
      mutation($i: Tx!, $u: String, $skip: Boolean!, $ok: [Tx!]!) {
        scoreTransaction(input: $i) { ok }
        scoreTransactions(inputs: [$i, { userId: $u }]) { ok }
        submitFeedbackBatch(items: [{ userId: $skip }]) @skip(if: $skip) { ok }
        again: submitFeedbackBatch(items: $ok) { ok }
      }`);
    expect(variables).toEqual(['ok', 'u']);
  });

  it('knows batches only on the mutation type, by argument', () => {
    const { variables, literalItems } = slots(
      'query($i: [Tx!]!) { scoreTransactions(inputs: $i) { ok } }',
    );
    expect(variables).toEqual([]);
    expect(literalItems.size).toBe(0);
  });

  it('lets the document and bound checks skip only what is inside items', () => {
    const text = `mutation($u: String) {
      scoreTransactions(inputs: [{ userId: "a\\u0000", channel: "${'x'.repeat(300)}" }]) { ok }
      scoreTransaction(input: { userId: $u }) { ok } }`;
    const { parsed, literalItems } = slots(text);
    const skip: ReadonlySet<ASTNode> = literalItems;
    expect(checkDocumentStrings(parsed)).not.toBeNull();
    expect(checkDocumentStrings(parsed, skip)).toBeNull();
    const bounds = checkInputBounds(schema, parsed, getOperationAST(parsed)!, {
      u: 'y'.repeat(300),
    });
    expect(bounds?.details).toEqual([
      { field: 'input.userId', message: 'must be at most 255 characters' },
    ]);
    const many = parse('mutation($l: [Tx!]!) { scoreTransactions(inputs: $l) { ok } }');
    const list = Array.from({ length: 1001 }, () => ({ userId: 'u' }));
    expect(checkInputBounds(schema, many, getOperationAST(many)!, { l: list })?.details).toEqual([
      { field: 'inputs', message: 'must have at most 1000 items' },
    ]);
  });
});

import { getOperationAST, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { AppError } from '../domain/errors.js';
import { assertWithinOperationLimits, weighOperation } from './operation-weight.js';

const weigh = (query: string, variables?: Record<string, unknown>, operationName?: string) => {
  const document = parse(query);
  return weighOperation(document, getOperationAST(document, operationName)!, variables);
};

const items = (n: number) => Array.from({ length: n }, (_, i) => ({ userId: `u${i}`, amount: 1 }));

describe('weighOperation', () => {
  it.each([
    ['one scoreTransaction', 'mutation { scoreTransaction(input: $i) { riskScore } }', {}, 1],
    [
      'a literal batch',
      'mutation { scoreTransactions(inputs: [{userId: "a", amount: 1}, {userId: "b", amount: 2}]) { scored } }',
      {},
      2,
    ],
    [
      'a batch from a variable',
      'mutation($x: [TransactionInput!]!) { scoreTransactions(inputs: $x) { scored } }',
      { x: items(7) },
      7,
    ],
    [
      'a single object where a list is expected (coerced to a list of one)',
      'mutation($x: [TransactionInput!]!) { scoreTransactions(inputs: $x) { scored } }',
      { x: { userId: 'a', amount: 1 } },
      1,
    ],
    [
      'a variable left out, taken from its default',
      'mutation($x: [TransactionInput!] = [{userId: "a", amount: 1}, {userId: "b", amount: 1}]) { scoreTransactions(inputs: $x) { scored } }',
      {},
      2,
    ],
    [
      'account events',
      'mutation { a: scoreAccountEvent(input: $i) { riskScore } b: scoreAccountEvent(input: $i) { riskScore } }',
      {},
      2,
    ],
  ])('counts %s', (_name, query, variables, expected) => {
    expect(weigh(query, variables).scoredEvents).toBe(expected);
  });

  it('adds up aliases over one variable: 30 × 1,000 is 30,000', () => {
    const aliases = Array.from(
      { length: 30 },
      (_, i) => `a${i}: scoreTransactions(inputs: $x) { scored }`,
    ).join(' ');
    const weight = weigh(`mutation($x: [TransactionInput!]!) { ${aliases} }`, { x: items(1000) });
    expect(weight).toEqual({
      scoredEvents: 30_000,
      feedbackItems: 0,
      otherFields: 0,
      scoringFields: 30,
      feedbackFields: 0,
    });
  });

  it('adds up every root field of the operation, scoring and not', () => {
    const weight = weigh(
      `mutation($x: [TransactionInput!]!, $f: [FeedbackBatchItem!]!) {
        scoreTransactions(inputs: $x) { scored }
        one: scoreTransaction(input: $i) { riskScore }
        submitFeedback(input: $fi, idempotencyKey: "k") { id }
        submitFeedbackBatch(items: $f) { items { index } }
        onboardCustomer(input: $c) { id }
      }`,
      { x: items(3), f: items(4) },
    );
    expect(weight).toEqual({
      scoredEvents: 4,
      feedbackItems: 5,
      otherFields: 3,
      scoringFields: 2,
      feedbackFields: 2,
    });
  });

  it('follows fragments and inline fragments, counting each response key once', () => {
    const weight = weigh(
      `mutation($x: [TransactionInput!]!) { ...Score ...Score ... on Mutation { b: scoreTransactions(inputs: $x) { scored } } }
       fragment Score on Mutation { a: scoreTransactions(inputs: $x) { scored } a: scoreTransactions(inputs: $x) { scored } }`,
      { x: items(10) },
    );
    expect(weight.scoredEvents).toBe(20);
  });

  it('honours @skip and @include, literal or from variables', () => {
    const query = `mutation($x: [TransactionInput!]!, $yes: Boolean!, $no: Boolean = false) {
      a: scoreTransactions(inputs: $x) @skip(if: true) { scored }
      b: scoreTransactions(inputs: $x) @include(if: $yes) { scored }
      c: scoreTransactions(inputs: $x) @include(if: $no) { scored }
      d: scoreTransactions(inputs: $x) @skip(if: $no) { scored }
    }`;
    expect(weigh(query, { x: items(5), yes: true }).scoredEvents).toBe(10);
    expect(weigh(query, { x: items(5), yes: false }).scoredEvents).toBe(5);
  });

  it('weighs only the operation that runs', () => {
    const query = `mutation Big($x: [TransactionInput!]!) { scoreTransactions(inputs: $x) { scored } }
      query Small { viewer { id } }`;
    expect(weigh(query, { x: items(9) }, 'Small')).toMatchObject({
      scoredEvents: 0,
      feedbackItems: 0,
      otherFields: 1,
    });
    expect(weigh(query, { x: items(9) }, 'Big').scoredEvents).toBe(9);
  });

  it('counts a missing or null list as nothing', () => {
    expect(
      weigh('mutation($x: [TransactionInput!]) { scoreTransactions(inputs: $x) { scored } }', {
        x: null,
      }).scoredEvents,
    ).toBe(0);
  });
});

describe('assertWithinOperationLimits', () => {
  const limits = { maxScoredEvents: 1000, maxFeedbackItems: 100 };
  const weight = (scoredEvents: number, feedbackItems: number, fields = 2) => ({
    scoredEvents,
    feedbackItems,
    otherFields: 0,
    scoringFields: fields,
    feedbackFields: fields,
  });

  it.each([
    [1000, 100, true],
    [1001, 0, false],
    [0, 101, false],
  ])('%i events and %i feedback items: allowed %s', (events, feedback, allowed) => {
    const check = () => assertWithinOperationLimits(weight(events, feedback), limits);
    if (allowed) expect(check).not.toThrow();
    else expect(check).toThrow(AppError);
  });

  it('says the limit and the count, on the operation when several fields add up', () => {
    expect(() => assertWithinOperationLimits(weight(30_000, 0, 30), limits)).toThrow(
      expect.objectContaining({
        code: 'BAD_USER_INPUT',
        details: [
          {
            field: 'operation',
            message:
              'scores 30000 events in 30 fields; at most 1000 per operation, however many aliases',
          },
        ],
      }),
    );
  });

  it('reports one oversized batch on its argument, as the services do', () => {
    expect(() => assertWithinOperationLimits(weight(1001, 0, 1), limits)).toThrow(
      expect.objectContaining({
        details: [{ field: 'inputs', message: 'at most 1000 transactions per call (got 1001)' }],
      }),
    );
    expect(() => assertWithinOperationLimits(weight(0, 101, 1), limits)).toThrow(
      expect.objectContaining({
        details: [{ field: 'items', message: 'at most 100 items per call' }],
      }),
    );
  });
});

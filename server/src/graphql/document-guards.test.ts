import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import {
  MAX_NESTING,
  checkDocumentStrings,
  checkDocumentText,
  checkRequestValues,
} from './document-guards.js';

const nested = (levels: number) => `${'{ a '.repeat(levels)}${'}'.repeat(levels)}`;

describe('checkDocumentText', () => {
  it.each([
    ['at the nesting limit', nested(MAX_NESTING), null],
    ['one level deeper', nested(MAX_NESTING + 1), 'GRAPHQL_PARSE_FAILED'],
    ['2,000 levels of lists', `{ a(b: ${'['.repeat(2000)}) }`, 'GRAPHQL_PARSE_FAILED'],
    ['brackets in a comment', `# ${'{'.repeat(100)}\n{ a }`, null],
    ['brackets in a string', `{ a(b: "${'['.repeat(100)}") }`, null],
    ['an escaped quote in a string', `{ a(b: "\\"${'['.repeat(100)}") }`, null],
    ['brackets in a block string', `{ a(b: """ \\""" ${'('.repeat(100)} """) }`, null],
    ['a raw NUL', '{ a(b: "x\u0000") }', 'BAD_USER_INPUT'],
    ['a raw lone surrogate', '# \ud800\n{ a }', 'BAD_USER_INPUT'],
    ['an escaped NUL (left to the parsed check)', '{ a(b: "\\u0000") }', null],
  ])('%s', (_name, text, expected) => {
    expect(checkDocumentText(text)?.extensions.code ?? null).toBe(expected);
  });
});

describe('checkDocumentStrings', () => {
  it.each([
    ['"web\\u0000"', 'BAD_USER_INPUT'],
    ['"\\u{0}"', 'BAD_USER_INPUT'],
    ['"caf\\u00e9 \\uD83D\\uDE00"', null],
    ['"""plain block"""', null],
  ])('%s', (literal, expected) => {
    const error = checkDocumentStrings(parse(`{ a(b: ${literal}) }`));
    expect(error?.extensions.code ?? null).toBe(expected);
  });

  it('finds literals in lists, objects, defaults and directives', () => {
    for (const document of [
      '{ a(b: [{ c: ["ok", "\\u0000"] }]) }',
      'query($v: String = "\\u0000") { a(b: $v) }',
      '{ a @include(if: true) @x(y: "\\u0000") }',
    ]) {
      expect(checkDocumentStrings(parse(document))?.extensions.code).toBe('BAD_USER_INPUT');
    }
  });
});

describe('checkRequestValues', () => {
  it('names where a NUL or lone surrogate is, in keys too', () => {
    const error = checkRequestValues({ variables: { input: { items: ['ok', 'x\u0000'] } } });
    expect(error?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      details: [{ field: 'variables.input.items.1' }],
    });
    expect(checkRequestValues({ extensions: { ['k\ud800']: 1 } })?.extensions.code).toBe(
      'BAD_USER_INPUT',
    );
    expect(checkRequestValues({ operationName: 'A', variables: { a: [1, 'é', null] } })).toBe(null);
  });

  it('walks 100,000 levels of JSON without recursion', () => {
    let deep: unknown = 'x\u0000';
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(checkRequestValues({ variables: { deep } })?.extensions.code).toBe('BAD_USER_INPUT');
  });
});

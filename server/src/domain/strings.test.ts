import { describe, expect, it } from 'vitest';
import { jsonProblem, stringProblem } from './strings.js';

describe('stringProblem', () => {
  const identifier = { max: 5, identifier: true };
  const text = { max: 5, identifier: false };
  it.each([
    ['fine', 'abc', identifier, null],
    ['a surrogate pair', 'a😀', identifier, null],
    ['too long', 'abcdef', identifier, 'must be at most 5 characters'],
    ['NUL', 'a\u0000', text, 'must not contain NUL characters (\\u0000)'],
    ['a lone high surrogate', 'a\ud800', text, 'must be valid Unicode (no unpaired surrogates)'],
    ['a lone low surrogate', '\udc00b', text, 'must be valid Unicode (no unpaired surrogates)'],
    [
      'a bidi override in an identifier',
      '\u202eab',
      identifier,
      'must not contain control or bidirectional-override characters',
    ],
    ['a bidi override in free text', '\u202eab', text, null],
    ['a tab in free text', 'a\tb', text, null],
  ])('%s', (_name, value, options, problem) => {
    expect(stringProblem(value, options)).toBe(problem);
  });
});

describe('jsonProblem', () => {
  it('checks keys and strings at any depth, and the nesting', () => {
    expect(jsonProblem({ a: [1, { b: 'ok ✓' }], c: null })).toBeNull();
    expect(jsonProblem({ a: [{ b: 'x\u0000' }] })).toMatch(/NUL/);
    expect(jsonProblem({ a: { ['k\ud800']: 1 } })).toMatch(/^keys .*unpaired/);
    let deep: unknown = 'x';
    for (let i = 0; i < 32; i++) deep = [deep];
    expect(jsonProblem(deep)).toBeNull();
    expect(jsonProblem([deep])).toBe('must nest at most 32 levels');
  });
});

import { describe, expect, it } from 'vitest';
import { insertAt, markProblems, tokenizeCel, variableRoots } from './cel.logic';

const VARIABLES = [
  'amount',
  'type',
  'time.hour',
  'recipient.timesSent',
  'velocity.user.count1h',
  'rules',
  'channel',
];

/** Each token as `kind:text`, spaces left out. */
const shown = (source: string) =>
  tokenizeCel(source, VARIABLES)
    .filter((t) => t.kind !== 'space')
    .map((t) => `${t.kind}:${t.text}`);

describe('tokenizeCel', () => {
  it('covers the condition exactly, with offsets', () => {
    const source = "(time.hour >= 23 || time.hour <= 5) && amount > 5000.5\n&& type == 'X'";
    const tokens = tokenizeCel(source, VARIABLES);
    expect(tokens.map((t) => t.text).join('')).toBe(source);
    for (const t of tokens) expect(source.slice(t.start, t.start + t.text.length)).toBe(t.text);
  });

  it('reads known dotted names as one variable and unknown names as identifiers', () => {
    expect(shown('velocity.user.count1h > 3 && amont > 5 && recipient.timesSent == 0')).toEqual([
      'variable:velocity.user.count1h',
      'operator:>',
      'number:3',
      'logical:&&',
      'identifier:amont',
      'operator:>',
      'number:5',
      'logical:&&',
      'variable:recipient.timesSent',
      'operator:==',
      'number:0',
    ]);
  });

  it('tells functions, methods, macros, keywords, strings and logical operators apart', () => {
    expect(shown('!has(x.y) || channel.startsWith("we") && size(rules) in [1] == true')).toEqual([
      'logical:!',
      'function:has',
      'punctuation:(',
      'identifier:x',
      'punctuation:.',
      'identifier:y',
      'punctuation:)',
      'logical:||',
      'variable:channel',
      'punctuation:.',
      'function:startsWith',
      'punctuation:(',
      'string:"we"',
      'punctuation:)',
      'logical:&&',
      'function:size',
      'punctuation:(',
      'variable:rules',
      'punctuation:)',
      'keyword:in',
      'punctuation:[',
      'number:1',
      'punctuation:]',
      'operator:==',
      'keyword:true',
    ]);
  });

  it('reads != as one operator, escapes inside strings, and an unclosed string to the line end', () => {
    expect(shown("type != 'it\\'s' && 'open")).toEqual([
      'variable:type',
      'operator:!=',
      "string:'it\\'s'",
      'logical:&&',
      "string:'open",
    ]);
    expect(shown('1e3 0x1F 2u .5 @')).toEqual([
      'number:1e3',
      'number:0x1F',
      'number:2u',
      'number:.5',
      'unknown:@',
    ]);
  });

  it('calls a variable name followed by ( a function', () => {
    expect(shown('type(amount)')).toEqual([
      'function:type',
      'punctuation:(',
      'variable:amount',
      'punctuation:)',
    ]);
  });
});

describe('variableRoots', () => {
  it('gives every dotted prefix', () => {
    expect([...variableRoots(['a.b.c', 'd'])].sort()).toEqual(['a', 'a.b']);
  });
});

describe('markProblems', () => {
  const mark = (source: string, offsets: number[]) =>
    markProblems(
      tokenizeCel(source, VARIABLES),
      offsets.map((offset) => ({ offset })),
    )
      .filter((s) => s.problems.length)
      .map((s) => [s.start, s.text, s.problems] as const);

  it('marks the token holding the offset', () => {
    expect(mark('amont > 5', [0])).toEqual([[0, 'amont', [0]]]);
    expect(mark('amount > 5 && amont', [16])).toEqual([[14, 'amont', [0]]]);
  });

  it('marks one character of a gap and an added space past the end', () => {
    expect(mark('amount >    ', [9, 12])).toEqual([
      [9, ' ', [0]],
      [12, ' ', [1]],
    ]);
  });

  it('keeps the text whole around a marked space', () => {
    const source = 'a    b';
    const segments = markProblems(tokenizeCel(source, VARIABLES), [{ offset: 3 }]);
    expect(segments.map((s) => s.text).join('')).toBe(source);
    expect(segments.map((s) => s.text)).toEqual(['a', '  ', ' ', ' ', 'b']);
  });

  it('clamps an offset beyond the text to its end', () => {
    expect(mark('amount >', [99])).toEqual([[8, ' ', [0]]]);
  });
});

describe('insertAt', () => {
  it('replaces the selection and puts the caret after the insert', () => {
    expect(insertAt('amount > 5', { start: 0, end: 6 }, 'amountBase')).toEqual({
      value: 'amountBase > 5',
      caret: 10,
    });
  });

  it('separates a name from the word before it', () => {
    expect(insertAt('x &&', { start: 4, end: 4 }, 'amount')).toEqual({
      value: 'x && amount',
      caret: 11,
    });
    expect(insertAt('amount', { start: 6, end: 6 }, 'type')).toEqual({
      value: 'amount type',
      caret: 11,
    });
  });

  it('clamps a caret outside the text', () => {
    expect(insertAt('ab', { start: 9, end: 9 }, '!')).toEqual({ value: 'ab!', caret: 3 });
  });
});

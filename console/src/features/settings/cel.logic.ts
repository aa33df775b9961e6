/**
 * CEL conditions as the custom-rule editor shows them: a tokenizer for syntax highlighting, the
 * problems the server reported laid over the tokens, and caret-aware insertion. Pure: the
 * editor renders what these return, and the server stays the judge of what is valid.
 */

/** What a piece of a condition is, for its colour. */
export const CEL_TOKEN_KINDS = [
  'variable',
  'identifier',
  'function',
  'keyword',
  'number',
  'string',
  'logical',
  'operator',
  'punctuation',
  'space',
  'unknown',
] as const;
export type CelTokenKind = (typeof CEL_TOKEN_KINDS)[number];

export interface CelToken {
  kind: CelTokenKind;
  text: string;
  /** 0-based offset of the first character. */
  start: number;
}

/** Literals and the membership operator: words that are not names. */
const KEYWORDS = new Set(['true', 'false', 'null', 'in']);
/** Macros CEL expands (`rules.exists(c, …)`, `has(x.y)`): shown as functions. */
const MACROS = new Set(['has', 'all', 'exists', 'exists_one', 'map', 'filter']);
const LOGICAL = ['&&', '||', '!'] as const;
/** Longest first, so `<=` is not read as `<` then `=`. */
const OPERATORS = ['==', '!=', '<=', '>=', '<', '>', '+', '-', '*', '/', '%', '?', ':'] as const;
const PUNCTUATION = new Set(['(', ')', '[', ']', '{', '}', ',', '.']);

const IDENT_START = /[A-Za-z_]/;
const IDENT_PART = /[A-Za-z0-9_]/;
const DIGIT = /[0-9]/;

/** Where a string literal starting at `start` ends (exclusive); an unclosed one runs to the end. */
function stringEnd(source: string, start: number): number {
  const triple = source.startsWith(source[start]!.repeat(3), start);
  const quote = triple ? source.slice(start, start + 3) : source[start]!;
  let i = start + quote.length;
  while (i < source.length) {
    if (source[i] === '\\') i += 2;
    else if (source.startsWith(quote, i)) return i + quote.length;
    else if (!triple && source[i] === '\n') return i;
    else i++;
  }
  return source.length;
}

/** Where a number starting at `start` ends: digits, a fraction, an exponent, hex, a `u` suffix. */
function numberEnd(source: string, start: number): number {
  const hex = /^0[xX][0-9a-fA-F]+u?/.exec(source.slice(start));
  if (hex) return start + hex[0].length;
  const match = /^(?:[0-9]+(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?u?|\.[0-9]+)/.exec(source.slice(start));
  return start + (match ? match[0].length : 1);
}

/** The next non-space character at or after `from`, or ''. */
function nextVisible(source: string, from: number): string {
  const rest = source.slice(from).trimStart();
  return rest[0] ?? '';
}

/**
 * Reads a dotted name at `start` (`velocity.user.count1h`) and says how much of it is a known
 * variable: the longest prefix naming one, or one that roots a known name (`recipient`, `rules`).
 */
function nameAt(
  source: string,
  start: number,
  variables: ReadonlySet<string>,
  roots: ReadonlySet<string>,
) {
  let end = start;
  while (end < source.length && IDENT_PART.test(source[end]!)) end++;
  let known = variables.has(source.slice(start, end)) || roots.has(source.slice(start, end));
  let knownEnd = known ? end : start;
  while (source[end] === '.' && IDENT_START.test(source[end + 1] ?? '')) {
    let next = end + 1;
    while (next < source.length && IDENT_PART.test(source[next]!)) next++;
    const path = source.slice(start, next);
    if (!variables.has(path) && !roots.has(path)) break;
    end = next;
    known = true;
    knownEnd = next;
  }
  return {
    knownEnd: known ? knownEnd : start,
    wordEnd: start + /^\w*/.exec(source.slice(start))![0].length,
  };
}

/** Every dotted prefix of the variables' names (`velocity`, `velocity.user`). */
export function variableRoots(names: Iterable<string>): Set<string> {
  const roots = new Set<string>();
  for (const name of names) {
    const parts = name.split('.');
    for (let i = 1; i < parts.length; i++) roots.add(parts.slice(0, i).join('.'));
  }
  return roots;
}

/**
 * The condition split into tokens that cover it exactly (joined, they give `source` back).
 * Names the catalogue knows are `variable`s (a dotted path as one token), a name followed by
 * `(` or `.name(` is a `function`, `&&` `||` `!` are `logical`.
 */
export function tokenizeCel(source: string, variableNames: Iterable<string>): CelToken[] {
  const variables = new Set(variableNames);
  const roots = variableRoots(variables);
  const tokens: CelToken[] = [];
  const push = (kind: CelTokenKind, start: number, end: number) =>
    tokens.push({ kind, text: source.slice(start, end), start });
  let i = 0;
  while (i < source.length) {
    const c = source[i]!;
    if (/\s/.test(c)) {
      let end = i + 1;
      while (end < source.length && /\s/.test(source[end]!)) end++;
      push('space', i, end);
      i = end;
    } else if (c === '"' || c === "'") {
      const end = stringEnd(source, i);
      push('string', i, end);
      i = end;
    } else if (DIGIT.test(c) || (c === '.' && DIGIT.test(source[i + 1] ?? ''))) {
      const end = numberEnd(source, i);
      push('number', i, end);
      i = end;
    } else if (IDENT_START.test(c)) {
      const afterDot = tokens.at(-1)?.text === '.';
      const { knownEnd, wordEnd } = afterDot
        ? { knownEnd: i, wordEnd: i + /^\w*/.exec(source.slice(i))![0].length }
        : nameAt(source, i, variables, roots);
      const word = source.slice(i, wordEnd);
      if (nextVisible(source, wordEnd) === '(' && (knownEnd === i || knownEnd === wordEnd)) {
        push('function', i, wordEnd);
        i = wordEnd;
      } else if (knownEnd > i) {
        push('variable', i, knownEnd);
        i = knownEnd;
      } else {
        push(
          KEYWORDS.has(word)
            ? 'keyword'
            : MACROS.has(word) && !afterDot
              ? 'function'
              : 'identifier',
          i,
          wordEnd,
        );
        i = wordEnd;
      }
    } else {
      const logical = LOGICAL.find(
        (op) => source.startsWith(op, i) && !(op === '!' && source[i + 1] === '='),
      );
      const operator = OPERATORS.find((op) => source.startsWith(op, i));
      if (logical) {
        push('logical', i, i + logical.length);
        i += logical.length;
      } else if (operator) {
        push('operator', i, i + operator.length);
        i += operator.length;
      } else {
        push(PUNCTUATION.has(c) ? 'punctuation' : 'unknown', i, i + 1);
        i += 1;
      }
    }
  }
  return tokens;
}

/** A problem the server found, where it is. */
export interface PlacedProblem {
  message: string;
  offset: number;
  line: number;
  column: number;
}

/** A run of the highlighted view: a token, or part of one, and whether a problem points at it. */
export interface CelSegment {
  kind: CelTokenKind;
  text: string;
  start: number;
  /** Indexes (into the problems given) of the problems this segment marks. */
  problems: number[];
}

/**
 * The tokens with each problem marked on the token holding its offset. A problem between
 * tokens (in spaces) marks the next character; one at the very end marks an added space, so
 * "the condition ends too early" still shows where.
 */
export function markProblems(
  tokens: readonly CelToken[],
  problems: readonly Pick<PlacedProblem, 'offset'>[],
): CelSegment[] {
  const segments: CelSegment[] = [];
  const end = tokens.reduce((n, t) => Math.max(n, t.start + t.text.length), 0);
  const at = (offset: number) =>
    problems.flatMap((p, i) => (Math.min(Math.max(p.offset, 0), end) === offset ? [i] : []));
  for (const token of tokens) {
    const inside = problems.flatMap((p, i) =>
      p.offset >= token.start && p.offset < token.start + token.text.length ? [i] : [],
    );
    if (inside.length === 0 || token.kind !== 'space') {
      segments.push({ ...token, problems: inside });
      continue;
    }
    // Only the character the problem points at, so a long gap is not all underlined.
    let cursor = token.start;
    for (const offset of [...new Set(inside.map((i) => problems[i]!.offset))].sort(
      (a, b) => a - b,
    )) {
      if (offset > cursor)
        segments.push({
          kind: 'space',
          text: token.text.slice(cursor - token.start, offset - token.start),
          start: cursor,
          problems: [],
        });
      segments.push({
        kind: 'space',
        text: token.text[offset - token.start]!,
        start: offset,
        problems: at(offset),
      });
      cursor = offset + 1;
    }
    if (cursor < token.start + token.text.length)
      segments.push({
        kind: 'space',
        text: token.text.slice(cursor - token.start),
        start: cursor,
        problems: [],
      });
  }
  const atEnd = at(end);
  if (atEnd.length) segments.push({ kind: 'space', text: ' ', start: end, problems: atEnd });
  return segments;
}

/** The text with `insert` replacing the selection, and where the caret goes after it. */
export function insertAt(
  value: string,
  selection: { start: number; end: number },
  insert: string,
): { value: string; caret: number } {
  const start = Math.max(0, Math.min(selection.start, value.length));
  const end = Math.max(start, Math.min(selection.end, value.length));
  const before = value.slice(0, start);
  const after = value.slice(end);
  // A name put after a word or an operator gets a space: `x && amount`, not `x &&amount`.
  const gap = /[^\s([!.]$/.test(before) && /^[\w(]/.test(insert) ? ' ' : '';
  const text = gap + insert;
  return { value: before + text + after, caret: start + text.length };
}

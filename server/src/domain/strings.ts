/**
 * What a client string may hold, in one place: the request guards refuse these for a whole
 * request, and the services refuse them per item inside batches, where one bad item fails alone.
 */

/** Longest identifier (ids, references, names, e-mails, cursors, filters), in characters. */
export const MAX_IDENTIFIER_LENGTH = 255;
/** Longest free text (notes, reasons, user agents, URLs, descriptions, conditions). */
export const MAX_FREE_TEXT_LENGTH = 2_000;
/** Deepest nesting inside a JSON value such as `metadata` (the value itself is level 1). */
export const MAX_JSON_DEPTH = 32;

export const NUL_MESSAGE = 'Strings must not contain NUL characters (\\u0000)';
export const UNPAIRED_MESSAGE = 'Strings must be valid Unicode (no unpaired surrogates)';

/** No unpaired UTF-16 surrogate (String#isWellFormed, ES2024; Node 20 has it). */
const wellFormed = (s: string) => (s as unknown as { isWellFormed(): boolean }).isWellFormed();

/** Why a string cannot be stored (PostgreSQL refuses U+0000 and lone surrogates), or null. */
export function unstorableReason(s: string): string | null {
  if (s.includes('\u0000')) return NUL_MESSAGE;
  if (!wellFormed(s)) return UNPAIRED_MESSAGE;
  return null;
}

/**
 * Control characters and bidirectional embeddings, overrides and isolates: never part of an
 * identifier, and in one they make two different ids look alike on an analyst's screen.
 */
// eslint-disable-next-line no-control-regex
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

/** True when `s` holds a control or bidi-override character (see INVISIBLE). */
export function hasInvisible(s: string): boolean {
  return INVISIBLE.test(s);
}

export const INVISIBLE_PROBLEM = 'must not contain control or bidirectional-override characters';

/**
 * The problem with one field's string, phrased for `details` (`must …`), or null. Identifiers
 * also refuse control and bidi-override characters; free text keeps them.
 */
export function stringProblem(
  s: string,
  { max, identifier }: { max: number; identifier: boolean },
): string | null {
  if (s.length > max) return `must be at most ${max} characters`;
  if (s.includes('\u0000')) return 'must not contain NUL characters (\\u0000)';
  if (!wellFormed(s)) return 'must be valid Unicode (no unpaired surrogates)';
  if (identifier && hasInvisible(s)) return INVISIBLE_PROBLEM;
  return null;
}

/** Depth of a JSON value, walked without recursion; stops counting past `limit`. */
export function jsonDepthExceeds(value: unknown, limit: number): boolean {
  const stack: [unknown, number][] = [[value, 1]];
  while (stack.length > 0) {
    const [v, depth] = stack.pop()!;
    if (v === null || typeof v !== 'object') continue;
    if (depth > limit) return true;
    for (const item of Object.values(v)) stack.push([item, depth + 1]);
  }
  return false;
}

/**
 * The problem with a JSON value (keys and strings at any depth hold no NUL or unpaired
 * surrogate; nesting at most MAX_JSON_DEPTH), phrased for `details`, or null. Iterative.
 */
export function jsonProblem(value: unknown): string | null {
  if (jsonDepthExceeds(value, MAX_JSON_DEPTH)) return `must nest at most ${MAX_JSON_DEPTH} levels`;
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const v = stack.pop();
    if (typeof v === 'string') {
      const problem = stringProblem(v, { max: Infinity, identifier: false });
      if (problem) return problem;
    } else if (v !== null && typeof v === 'object') {
      for (const [key, item] of Object.entries(v)) {
        const problem = stringProblem(key, { max: Infinity, identifier: false });
        if (problem) return `keys ${problem}`;
        stack.push(item);
      }
    }
  }
  return null;
}

import type { z } from 'zod';
import { BadUserInputError } from './errors.js';
import { jsonProblem, stringProblem } from './strings.js';

/**
 * Parses `value` with `schema`; on failure throws one BAD_USER_INPUT listing every bad field,
 * each path prefixed with `root` (e.g. `input`).
 */
export function parseInput<S extends z.ZodTypeAny>(
  schema: S,
  value: unknown,
  root: string,
): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  // One problem per field: the first is the most basic (shape before range).
  const byField = new Map<string, string>();
  for (const issue of result.error.issues) {
    const field = [root, ...issue.path].filter((p) => p !== '').join('.');
    if (!byField.has(field)) byField.set(field, issue.message);
  }
  throw new BadUserInputError([...byField].map(([field, message]) => ({ field, message })));
}

/**
 * Refinement for a string as the client sent it: at most `max` characters, no NUL or unpaired
 * surrogate (PostgreSQL stores neither) and, for identifiers, no control or bidi-override
 * character. The same rules the request guards apply outside batch items (domain/strings.ts).
 */
export function storableString(max: number, kind: 'identifier' | 'freeText') {
  return (value: string, ctx: z.RefinementCtx): void => {
    const problem = stringProblem(value, { max, identifier: kind === 'identifier' });
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  };
}

/** Refinement for a JSON value: storable keys and strings at any depth, bounded nesting. */
export function storableJson(value: unknown, ctx: z.RefinementCtx): void {
  const problem = jsonProblem(value);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
}

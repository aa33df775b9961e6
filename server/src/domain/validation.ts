import type { z } from 'zod';
import { BadUserInputError } from './errors.js';

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

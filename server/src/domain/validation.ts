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
  throw new BadUserInputError(
    result.error.issues.map((issue) => ({
      field: [root, ...issue.path].filter((p) => p !== '').join('.'),
      message: issue.message,
    })),
  );
}

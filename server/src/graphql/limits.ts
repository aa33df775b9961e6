import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import type { ValidationRule } from 'graphql';

/** Document limits applied before execution (DESIGN.md, "Limits"). Variables are not tokens. */
export const DOCUMENT_LIMITS = {
  maxDepth: 12,
  maxAliases: 30,
  maxDirectives: 50,
  maxTokens: 10_000,
} as const;

/** Request bodies above this are refused with HTTP 413; a 1,000-item batch fits. */
export const MAX_BODY_BYTES = 4 * 1024 * 1024;

export function documentLimitRules(): ValidationRule[] {
  return [
    maxDepthRule({ n: DOCUMENT_LIMITS.maxDepth, exposeLimits: true }),
    maxAliasesRule({ n: DOCUMENT_LIMITS.maxAliases, exposeLimits: true }),
    maxDirectivesRule({ n: DOCUMENT_LIMITS.maxDirectives, exposeLimits: true }),
  ] as unknown as ValidationRule[];
}

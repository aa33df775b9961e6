import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import type { GraphQLError, ValidationContext, ValidationRule } from 'graphql';

/** Document limits applied before execution (DESIGN.md, "Limits"). Variables are not tokens. */
export const DOCUMENT_LIMITS = {
  maxDepth: 12,
  maxAliases: 30,
  maxDirectives: 50,
  maxTokens: 10_000,
} as const;

/** Request bodies above this are refused with HTTP 413; a 1,000-item batch fits. */
export const MAX_BODY_BYTES = 4 * 1024 * 1024;

/** Report violations as validation errors (GRAPHQL_VALIDATION_FAILED) instead of throwing. */
const asValidationError = {
  exposeLimits: true,
  propagateOnRejection: false,
  onReject: [(ctx: ValidationContext | null, error: GraphQLError) => ctx?.reportError(error)],
};

export function documentLimitRules(): ValidationRule[] {
  return [
    maxDepthRule({ n: DOCUMENT_LIMITS.maxDepth, ...asValidationError }),
    maxAliasesRule({ n: DOCUMENT_LIMITS.maxAliases, ...asValidationError }),
    maxDirectivesRule({ n: DOCUMENT_LIMITS.maxDirectives, ...asValidationError }),
  ] as unknown as ValidationRule[];
}

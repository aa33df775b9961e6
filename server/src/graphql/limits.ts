import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import type { GraphQLError, ValidationContext, ValidationRule } from 'graphql';
import { costLimitRule } from './cost-limit.js';
import { oneHeavyFieldRule } from './heavy-fields.js';

/** Document limits applied before execution (docs/security.md). Variables are not tokens. */
export const DOCUMENT_LIMITS = {
  maxDepth: 12,
  maxAliases: 30,
  maxDirectives: 50,
  maxTokens: 10_000,
  /** Worst-case fields answered (see costLimitRule): one full page of 100 cases fits. */
  maxCost: 100_000,
  /** Assumed length of a list field that takes no `first`. */
  listFactor: 10,
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
    costLimitRule({ maxCost: DOCUMENT_LIMITS.maxCost, listFactor: DOCUMENT_LIMITS.listFactor }),
    oneHeavyFieldRule,
  ] as unknown as ValidationRule[];
}

import { COUNTERPARTY_RULES } from './counterparty.js';
import { DEVICE_NETWORK_RULES } from './device-network.js';
import { GEO_RULES } from './geo.js';
import { HISTORY_RULES } from './history.js';
import { LIST_RULES } from './lists.js';
import { MODEL_RULES } from './model.js';
import type { RuleDefinition } from './rule.js';
import { TRANSACTION_RULES } from './transaction.js';
import { USER_AUTH_RULES } from './user-auth.js';

export type { RuleDefinition, RuleOutcome, Evaluator } from './rule.js';

/** The global default rule pack for transactions; codes are stable API. */
export const DEFAULT_TRANSACTION_RULES: readonly RuleDefinition[] = [
  ...TRANSACTION_RULES,
  ...DEVICE_NETWORK_RULES,
  ...USER_AUTH_RULES,
  ...COUNTERPARTY_RULES,
  ...GEO_RULES,
  ...HISTORY_RULES,
  ...LIST_RULES,
  ...MODEL_RULES,
];

export const RULES_BY_CODE: ReadonlyMap<string, RuleDefinition> = new Map(
  DEFAULT_TRANSACTION_RULES.map((r) => [r.code, r]),
);

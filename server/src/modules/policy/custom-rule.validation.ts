import { ACCOUNT_RULES_BY_CODE } from '../../engine/account/rules.js';
import { validateCondition } from '../../engine/custom/compile.js';
import { RULES_BY_CODE } from '../../engine/rules/index.js';
import { BadUserInputError, type FieldProblem } from '../../domain/errors.js';
import {
  DECISIONS,
  EVENT_KINDS,
  RULE_STATUSES,
  type CustomRule,
  type Decision,
  type EventKind,
  type RuleStatus,
} from '../../engine/types.js';

/** Custom rules one version may hold: each costs about a microsecond per score. */
export const MAX_CUSTOM_RULES = 200;

export interface CustomRuleInput {
  code: string;
  name: string;
  description?: string | null;
  eventKind?: EventKind | null;
  condition: string;
  weight: number;
  action?: Decision | null;
  priority?: number | null;
  status?: RuleStatus | null;
}

const CODE = /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*$/;
const hasControl = (s: string) =>
  [...s].some((c) => c.charCodeAt(0) < 32 && c !== '\n' && c !== '\t');

/**
 * A custom rule as the tenant wrote it, checked: an UPPER_SNAKE_CASE code that is not a
 * built-in's, a name, a valid CEL condition for its event kind (problems with line and column),
 * a weight of -100..100, a known action and status, a priority of 0..1000.
 */
export function checkCustomRule(input: CustomRuleInput): CustomRule {
  const problems: FieldProblem[] = [];
  const code = input.code.trim();
  if (!CODE.test(code) || code.length > 64)
    problems.push({
      field: 'input.code',
      message: 'must be UPPER_SNAKE_CASE (letters, digits, underscores), at most 64 characters',
    });
  else if (RULES_BY_CODE.has(code) || ACCOUNT_RULES_BY_CODE.has(code))
    problems.push({ field: 'input.code', message: `${code} is a built-in rule's code` });
  const name = input.name.trim();
  if (!name || name.length > 120 || hasControl(name))
    problems.push({ field: 'input.name', message: 'must be 1 to 120 printable characters' });
  const description = (input.description ?? '').trim();
  if (description.length > 1000 || description.includes('\u0000'))
    problems.push({ field: 'input.description', message: 'at most 1,000 characters, no NUL' });
  const eventKind = input.eventKind ?? 'TRANSACTION';
  if (!EVENT_KINDS.includes(eventKind))
    problems.push({
      field: 'input.eventKind',
      message: `must be one of ${EVENT_KINDS.join(', ')}`,
    });
  else
    for (const p of validateCondition(eventKind, input.condition))
      problems.push({
        field: 'input.condition',
        message: `line ${p.line}, column ${p.column}: ${p.message}`,
      });
  if (!Number.isInteger(input.weight) || input.weight < -100 || input.weight > 100)
    problems.push({ field: 'input.weight', message: 'must be an integer from -100 to 100' });
  const action = input.action ?? null;
  if (action !== null && !DECISIONS.includes(action))
    problems.push({ field: 'input.action', message: `must be one of ${DECISIONS.join(', ')}` });
  const priority = input.priority ?? 0;
  if (!Number.isInteger(priority) || priority < 0 || priority > 1000)
    problems.push({ field: 'input.priority', message: 'must be an integer from 0 to 1000' });
  const status = input.status ?? 'ACTIVE';
  if (!RULE_STATUSES.includes(status))
    problems.push({ field: 'input.status', message: `must be one of ${RULE_STATUSES.join(', ')}` });
  if (problems.length) throw new BadUserInputError(problems);
  return {
    code,
    name,
    description,
    eventKind,
    condition: input.condition,
    weight: input.weight,
    action,
    priority,
    status,
  };
}

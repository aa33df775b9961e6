/**
 * The custom-rule form: its draft, the checks the console can make before sending (the server
 * repeats them and also validates the condition), and the server's refusals mapped back to the
 * fields they concern.
 */

export const CUSTOM_RULE_EVENT_KINDS = ['TRANSACTION', 'ACCOUNT'] as const;
export type CustomRuleEventKind = (typeof CUSTOM_RULE_EVENT_KINDS)[number];

/** What a rule forces when it holds; '' forces nothing and only adds its weight. */
export const CUSTOM_RULE_ACTIONS = ['', 'REVIEW', 'CHALLENGE', 'BLOCK', 'ALLOW'] as const;
export type CustomRuleAction = (typeof CUSTOM_RULE_ACTIONS)[number];

export const CUSTOM_RULE_STATUSES = ['ACTIVE', 'SHADOW', 'DISABLED'] as const;
export type CustomRuleStatus = (typeof CUSTOM_RULE_STATUSES)[number];

/** The fields of the form, as the server names them under `input.`. */
export const CUSTOM_RULE_FIELDS = [
  'code',
  'name',
  'description',
  'eventKind',
  'condition',
  'weight',
  'action',
  'priority',
  'status',
] as const;
export type CustomRuleField = (typeof CUSTOM_RULE_FIELDS)[number];

/** A custom rule as a version holds it. */
export interface CustomRuleView {
  code: string;
  name: string;
  description: string;
  eventKind: string;
  condition: string;
  weight: number;
  action?: string | null;
  priority: number;
  status: string;
}

/** The form's state: everything as typed. */
export interface CustomRuleDraft {
  code: string;
  name: string;
  description: string;
  eventKind: CustomRuleEventKind;
  condition: string;
  weight: string;
  action: CustomRuleAction;
  priority: string;
  status: CustomRuleStatus;
}

/** Problems by field, in words. */
export type CustomRuleProblems = Partial<Record<CustomRuleField, string>>;

/** What upsertCustomRule takes. */
export interface CustomRuleInputValue {
  code: string;
  name: string;
  description: string;
  eventKind: CustomRuleEventKind;
  condition: string;
  weight: number;
  action: Exclude<CustomRuleAction, ''> | null;
  priority: number;
  status: CustomRuleStatus;
}

export const EMPTY_CUSTOM_RULE: CustomRuleDraft = {
  code: '',
  name: '',
  description: '',
  eventKind: 'TRANSACTION',
  condition: '',
  weight: '20',
  action: '',
  priority: '0',
  status: 'ACTIVE',
};

/** The quick-start conditions, as the documentation's examples write them. */
export const CONDITION_TEMPLATES = [
  {
    label: 'International transfer over 20,000',
    condition: "type == 'INTERNATIONAL_TRANSFER' && amount > 20000",
  },
  {
    label: 'Large payment to a new recipient',
    condition: 'recipient.timesSent == 0 && amount > 5000',
  },
  {
    label: 'Large payment at night',
    condition: '(time.hour >= 23 || time.hour <= 5) && amount > 5000',
  },
] as const;

const oneOf = <T extends string>(
  all: readonly T[],
  value: string | null | undefined,
  fallback: T,
) => (all.includes(value as T) ? (value as T) : fallback);

/** The form filled with a rule the version holds. */
export function customRuleToDraft(rule: CustomRuleView): CustomRuleDraft {
  return {
    code: rule.code,
    name: rule.name,
    description: rule.description,
    eventKind: oneOf(CUSTOM_RULE_EVENT_KINDS, rule.eventKind, 'TRANSACTION'),
    condition: rule.condition,
    weight: String(rule.weight),
    action: oneOf(CUSTOM_RULE_ACTIONS, rule.action ?? '', ''),
    priority: String(rule.priority),
    status: oneOf(CUSTOM_RULE_STATUSES, rule.status, 'ACTIVE'),
  };
}

const CODE = /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*$/;

function integerIn(text: string, min: number, max: number): number | null {
  const trimmed = text.trim();
  if (!/^-?\d+$/.test(trimmed)) return null;
  const n = Number(trimmed);
  return n >= min && n <= max ? n : null;
}

/**
 * The value to send, or the problems by field. The condition is not judged here: the editor
 * validates it with the server as it is typed.
 */
export function customRuleInput(draft: CustomRuleDraft): {
  value: CustomRuleInputValue | null;
  problems: CustomRuleProblems;
} {
  const problems: Partial<Record<CustomRuleField, string>> = {};
  const code = draft.code.trim();
  if (!CODE.test(code) || code.length > 64)
    problems.code = 'UPPER_SNAKE_CASE: capital letters, digits and single underscores, at most 64';
  const name = draft.name.trim();
  if (!name || name.length > 120) problems.name = 'A name of 1 to 120 characters.';
  if (draft.description.trim().length > 1000) problems.description = 'At most 1,000 characters.';
  if (!draft.condition.trim())
    problems.condition = 'Write the condition under which the rule holds.';
  const weight = integerIn(draft.weight, -100, 100);
  if (weight === null) problems.weight = 'A whole number from -100 to 100.';
  const priority = integerIn(draft.priority, 0, 1000);
  if (priority === null) problems.priority = 'A whole number from 0 to 1000.';
  if (Object.keys(problems).length || weight === null || priority === null)
    return { value: null, problems };
  return {
    value: {
      code,
      name,
      description: draft.description.trim(),
      eventKind: draft.eventKind,
      condition: draft.condition,
      weight,
      action: draft.action === '' ? null : draft.action,
      priority,
      status: draft.status,
    },
    problems: {},
  };
}

/** The parts of a GraphQL error this module reads. */
export interface ServerErrorLike {
  graphQLErrors: readonly { message: string; extensions: Record<string, unknown> }[];
}

/**
 * The server's BAD_USER_INPUT details by form field (`input.condition` → `condition`), several
 * problems of one field joined; `other` holds what names no field of the form (or the message
 * when there are no details).
 */
export function serverFieldProblems(error: ServerErrorLike): {
  fields: Partial<Record<CustomRuleField, string>>;
  other: string[];
} {
  const fields: Partial<Record<CustomRuleField, string>> = {};
  const other: string[] = [];
  for (const e of error.graphQLErrors) {
    const details = e.extensions.details;
    if (!Array.isArray(details) || details.length === 0) {
      other.push(e.message);
      continue;
    }
    for (const d of details as { field?: unknown; message?: unknown }[]) {
      const field = String(d.field ?? '').replace(/^input\./, '');
      const message = String(d.message ?? '');
      if ((CUSTOM_RULE_FIELDS as readonly string[]).includes(field)) {
        const key = field as CustomRuleField;
        fields[key] = fields[key] ? `${fields[key]}; ${message}` : message;
      } else other.push(`${field}: ${message}`);
    }
  }
  return { fields, other };
}

/** Words for an action in the list and the form. */
export function actionText(action: string | null | undefined): string {
  return action ? `forces ${action}` : 'adds its weight only';
}

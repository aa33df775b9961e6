import { registerEnumType } from 'type-graphql';
import {
  ANALYST_LABELS,
  AUTHOR_KINDS,
  CONFIDENCES,
  FEEDBACK_TYPES,
  TENANT_ACTIONS,
} from '../domain/feedback.js';
import {
  CASE_EVENT_TYPES,
  CASE_PRIORITIES,
  CASE_STATUSES,
  QUEUE_EVENT_TYPES,
} from '../domain/cases.js';
import { MODES } from '../domain/modes.js';
import { ROLES } from '../domain/roles.js';
import {
  CHECK_STATUSES,
  DECISIONS,
  DIMENSIONS,
  LISTS,
  LIST_KINDS,
  RECIPIENT_TYPES,
  RISK_LEVELS,
  RULE_STATUSES,
  TRANSACTION_TYPES,
} from '../engine/types.js';

/** `{ A: 'A', B: 'B' }` from a closed `as const` array, so schema enums and domain unions agree. */
export function enumObject<const T extends readonly string[]>(values: T): { [K in T[number]]: K } {
  return Object.fromEntries(values.map((v) => [v, v])) as {
    [K in T[number]]: K;
  };
}

export const VIEWER_KINDS = ['USER', 'API_KEY'] as const;

export const RoleEnum = enumObject(ROLES);
export const ModeEnum = enumObject(MODES);
export const ViewerKindEnum = enumObject(VIEWER_KINDS);

registerEnumType(RoleEnum, { name: 'Role', description: 'Console role' });
registerEnumType(ModeEnum, {
  name: 'Mode',
  description: 'LIVE and TEST are separate worlds inside a tenant',
});
registerEnumType(ViewerKindEnum, { name: 'ViewerKind' });

export const DecisionEnum = enumObject(DECISIONS);
export const RiskLevelEnum = enumObject(RISK_LEVELS);
export const DimensionEnum = enumObject(DIMENSIONS);
export const CheckStatusEnum = enumObject(CHECK_STATUSES);
export const RuleStatusEnum = enumObject(RULE_STATUSES);
export const TransactionTypeEnum = enumObject(TRANSACTION_TYPES);
export const RecipientTypeEnum = enumObject(RECIPIENT_TYPES);
export const ListNameEnum = enumObject(LISTS);
export const ListKindEnum = enumObject(LIST_KINDS);

registerEnumType(DecisionEnum, {
  name: 'Decision',
  description: 'In severity order: ALLOW < REVIEW < CHALLENGE < BLOCK',
});
registerEnumType(RiskLevelEnum, {
  name: 'RiskLevel',
  description: 'LOW < 30 ≤ MEDIUM < 60 ≤ HIGH < 85 ≤ CRITICAL',
});
registerEnumType(DimensionEnum, { name: 'Dimension', description: 'Signal family of a rule' });
registerEnumType(CheckStatusEnum, { name: 'CheckStatus' });
registerEnumType(RuleStatusEnum, { name: 'RuleStatus' });
registerEnumType(TransactionTypeEnum, { name: 'TransactionType' });
registerEnumType(RecipientTypeEnum, { name: 'RecipientType' });
registerEnumType(ListNameEnum, { name: 'ListName', description: 'ALLOW, DENY or WATCH' });
registerEnumType(ListKindEnum, { name: 'ListKind', description: 'What a list entry matches' });

export const FeedbackTypeEnum = enumObject(FEEDBACK_TYPES);
export const TenantActionEnum = enumObject(TENANT_ACTIONS);
export const AnalystLabelEnum = enumObject(ANALYST_LABELS);
export const ConfidenceEnum = enumObject(CONFIDENCES);
export const AuthorKindEnum = enumObject(AUTHOR_KINDS);
export const FEEDBACK_STATUSES = ['CREATED', 'REPLAYED', 'FAILED'] as const;
export const FeedbackStatusEnum = enumObject(FEEDBACK_STATUSES);

registerEnumType(FeedbackTypeEnum, {
  name: 'FeedbackType',
  description: "TENANT_ACTION: the integrator's outcome; ANALYST_LABEL: an analyst's verdict",
});
registerEnumType(TenantActionEnum, { name: 'TenantAction' });
registerEnumType(AnalystLabelEnum, { name: 'AnalystLabel' });
registerEnumType(ConfidenceEnum, {
  name: 'Confidence',
  description:
    'Weighs a label when tuning the threshold: CONFIRMED 1.0, PROBABLE 0.7, POSSIBLE 0.3',
});
registerEnumType(AuthorKindEnum, { name: 'AuthorKind' });
registerEnumType(FeedbackStatusEnum, {
  name: 'FeedbackStatus',
  description:
    'CREATED: written; REPLAYED: the key was known, the original returned; FAILED: see error',
});

export const CaseStatusEnum = enumObject(CASE_STATUSES);
export const CasePriorityEnum = enumObject(CASE_PRIORITIES);
export const CaseEventTypeEnum = enumObject(CASE_EVENT_TYPES);
export const QueueEventTypeEnum = enumObject(QUEUE_EVENT_TYPES);
export const ASSIGNEE_FILTERS = ['ME', 'UNASSIGNED', 'ANYONE'] as const;
export const AssigneeFilterEnum = enumObject(ASSIGNEE_FILTERS);

registerEnumType(CaseStatusEnum, { name: 'CaseStatus' });
registerEnumType(CasePriorityEnum, {
  name: 'CasePriority',
  description: 'From score and amount; the queue shows CRITICAL first',
});
registerEnumType(CaseEventTypeEnum, { name: 'CaseEventType' });
registerEnumType(QueueEventTypeEnum, { name: 'ReviewQueueEventType' });
registerEnumType(AssigneeFilterEnum, {
  name: 'AssigneeFilter',
  description: 'ME: assigned to the viewer; UNASSIGNED; ANYONE (default)',
});

/** Feedback vocabulary; the names are API. */
export const FEEDBACK_TYPES = ['TENANT_ACTION', 'ANALYST_LABEL'] as const;
export type FeedbackType = (typeof FEEDBACK_TYPES)[number];

export const TENANT_ACTIONS = [
  'APPROVE',
  'DECLINE',
  'MANUAL_REVIEW',
  'CHARGEBACK',
  'REFUND',
  'CANCELLED',
] as const;
export type TenantAction = (typeof TENANT_ACTIONS)[number];

export const ANALYST_LABELS = ['TRUE_FRAUD', 'FALSE_POSITIVE', 'SUSPICIOUS', 'LEGITIMATE'] as const;
export type AnalystLabel = (typeof ANALYST_LABELS)[number];

export const CONFIDENCES = ['CONFIRMED', 'PROBABLE', 'POSSIBLE'] as const;
export type Confidence = (typeof CONFIDENCES)[number];

/** How much a label counts when tuning the threshold. */
export const CONFIDENCE_WEIGHTS: Readonly<Record<Confidence, number>> = {
  CONFIRMED: 1.0,
  PROBABLE: 0.7,
  POSSIBLE: 0.3,
};

export const AUTHOR_KINDS = ['USER', 'API_KEY'] as const;
export type AuthorKind = (typeof AUTHOR_KINDS)[number];

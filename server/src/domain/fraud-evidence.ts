import {
  CONFIDENCE_WEIGHTS,
  type AnalystLabel,
  type Confidence,
  type TenantAction,
} from './feedback.js';

/**
 * What counts as fraud: the one definition behind scoring (a transaction's `fraud_confirmed`,
 * which the recipient's and customer's fraud history read), the customer's fraud counter and the
 * metrics' labelled outcomes.
 *
 * A transaction's feedback is decisive when it is a TRUE_FRAUD, FALSE_POSITIVE or LEGITIMATE
 * analyst label, or a CHARGEBACK (SUSPICIOUS and the other tenant actions decide nothing). The
 * latest decisive feedback, by the time it happened (then by arrival), decides: TRUE_FRAUD and
 * CHARGEBACK confirm fraud, a later FALSE_POSITIVE or LEGITIMATE clears it, and a chargeback after
 * a clearing label confirms it again.
 */

/** One feedback item, as far as fraud evidence is concerned. */
export interface EvidenceItem {
  analystLabel: AnalystLabel | null;
  tenantAction: TenantAction | null;
  confidence: Confidence | null;
  occurredAt: Date;
  createdAt: Date;
  id: string;
}

const CLEARING_LABELS: readonly AnalystLabel[] = ['FALSE_POSITIVE', 'LEGITIMATE'];

export function isDecisive(item: Pick<EvidenceItem, 'analystLabel' | 'tenantAction'>): boolean {
  return (
    item.tenantAction === 'CHARGEBACK' ||
    item.analystLabel === 'TRUE_FRAUD' ||
    (item.analystLabel !== null && CLEARING_LABELS.includes(item.analystLabel))
  );
}

export function isFraud(item: Pick<EvidenceItem, 'analystLabel' | 'tenantAction'>): boolean {
  return item.analystLabel === 'TRUE_FRAUD' || item.tenantAction === 'CHARGEBACK';
}

/** Latest first: by occurrence, then arrival, then id (ids break exact ties the same way in SQL). */
function later(a: EvidenceItem, b: EvidenceItem): number {
  return (
    b.occurredAt.getTime() - a.occurredAt.getTime() ||
    b.createdAt.getTime() - a.createdAt.getTime() ||
    (a.id < b.id ? 1 : a.id > b.id ? -1 : 0)
  );
}

/** The feedback that decides a transaction's outcome, or null when none is decisive. */
export function decidingFeedback(items: readonly EvidenceItem[]): EvidenceItem | null {
  return items.filter(isDecisive).sort(later)[0] ?? null;
}

/** Whether a transaction with this feedback counts as confirmed fraud. */
export function confirmedFraud(items: readonly EvidenceItem[]): boolean {
  const deciding = decidingFeedback(items);
  return deciding !== null && isFraud(deciding);
}

/** How much the deciding feedback counts when tuning the threshold: a chargeback counts fully. */
export function evidenceWeight(item: Pick<EvidenceItem, 'tenantAction' | 'confidence'>): number {
  if (item.tenantAction === 'CHARGEBACK') return 1;
  return CONFIDENCE_WEIGHTS[item.confidence ?? 'POSSIBLE'];
}

/** The same definition over the columns of the `feedback` table, for SQL. */
export const EVIDENCE_SQL = {
  /** A row of `feedback` that is decisive. */
  decisive: `(analyst_label in ('TRUE_FRAUD', 'FALSE_POSITIVE', 'LEGITIMATE') or tenant_action = 'CHARGEBACK')`,
  /** A decisive row that confirms fraud. */
  fraud: `(analyst_label = 'TRUE_FRAUD' or tenant_action = 'CHARGEBACK')`,
  /** Latest first, as `later` orders. */
  latestFirst: `occurred_at desc, created_at desc, id desc`,
  /** The deciding row's weight, with the confidence weights as `$confirmed`, `$probable`, `$possible`. */
  weight: `case when tenant_action = 'CHARGEBACK' then 1.0
                when confidence = 'CONFIRMED' then $confirmed::float8
                when confidence = 'PROBABLE' then $probable::float8
                else $possible::float8 end`,
} as const;

/** The values `EVIDENCE_SQL.weight` needs. */
export const EVIDENCE_WEIGHT_VALUES = {
  confirmed: CONFIDENCE_WEIGHTS.CONFIRMED,
  probable: CONFIDENCE_WEIGHTS.PROBABLE,
  possible: CONFIDENCE_WEIGHTS.POSSIBLE,
} as const;

import { Field, Float, InputType, Int, ObjectType } from 'type-graphql';
import type {
  AnalystLabel,
  AuthorKind,
  Confidence,
  FeedbackType,
  TenantAction,
} from '../../domain/feedback.js';
import type { Mode } from '../../domain/modes.js';
import {
  AnalystLabelEnum,
  AuthorKindEnum,
  ConfidenceEnum,
  FeedbackStatusEnum,
  FeedbackTypeEnum,
  ModeEnum,
  TenantActionEnum,
} from '../../graphql/enums.js';
import { DateTimeScalar, UUIDScalar } from '../../graphql/scalars.js';
import { BatchItemErrorType } from '../scoring/score-result.type.js';
import type { FeedbackEntity } from './feedback.entity.js';
import type { AnalyticsSummary, FeedbackMetrics } from './metrics.service.js';

@InputType()
export class FeedbackInput {
  @Field(() => String, { description: 'The transactionId scoring returned' })
  transactionId!: string;

  @Field(() => FeedbackTypeEnum)
  feedbackType!: FeedbackType;

  @Field(() => TenantActionEnum, { nullable: true, description: 'Required for TENANT_ACTION' })
  tenantAction?: TenantAction | null;

  @Field(() => AnalystLabelEnum, { nullable: true, description: 'Required for ANALYST_LABEL' })
  analystLabel?: AnalystLabel | null;

  @Field(() => ConfidenceEnum, { nullable: true, description: 'Required for ANALYST_LABEL' })
  confidence?: Confidence | null;

  @Field(() => String, { nullable: true, description: 'Up to 2,000 characters' })
  notes?: string | null;

  @Field(() => DateTimeScalar, {
    nullable: true,
    description: 'When the outcome happened (default: now); not before the transaction',
  })
  occurredAt?: Date | null;
}

@InputType({ description: 'A FeedbackInput with its own idempotency key, flat' })
export class FeedbackBatchItem extends FeedbackInput {
  @Field(() => String, { description: 'Up to 255 characters, unique per tenant' })
  idempotencyKey!: string;
}

@ObjectType('FeedbackAuthor')
export class FeedbackAuthorType {
  @Field(() => AuthorKindEnum) kind!: AuthorKind;
  @Field(() => UUIDScalar, { description: "The user's or the API key's id" }) id!: string;
  @Field(() => String, { description: "The user's e-mail or the key's prefix" }) label!: string;
}

@ObjectType('Feedback')
export class FeedbackObject {
  @Field(() => UUIDScalar) id!: string;
  @Field(() => UUIDScalar) transactionId!: string;
  @Field(() => FeedbackTypeEnum) feedbackType!: FeedbackType;
  @Field(() => TenantActionEnum, { nullable: true }) tenantAction!: TenantAction | null;
  @Field(() => AnalystLabelEnum, { nullable: true }) analystLabel!: AnalystLabel | null;
  @Field(() => ConfidenceEnum, { nullable: true }) confidence!: Confidence | null;
  @Field(() => String, { nullable: true }) notes!: string | null;
  @Field(() => DateTimeScalar) occurredAt!: Date;
  @Field(() => String) idempotencyKey!: string;
  @Field(() => ModeEnum, { description: "The transaction's mode" }) mode!: Mode;
  @Field(() => FeedbackAuthorType) author!: FeedbackAuthorType;
  @Field(() => DateTimeScalar) createdAt!: Date;

  static from(f: FeedbackEntity): FeedbackObject {
    return Object.assign(new FeedbackObject(), {
      id: f.id,
      transactionId: f.eventId,
      feedbackType: f.feedbackType,
      tenantAction: f.tenantAction,
      analystLabel: f.analystLabel,
      confidence: f.confidence,
      notes: f.notes,
      occurredAt: f.occurredAt,
      idempotencyKey: f.idempotencyKey,
      mode: f.mode,
      author: { kind: f.authorKind, id: f.authorId, label: f.authorLabel },
      createdAt: f.createdAt,
    });
  }
}

@ObjectType('FeedbackBatchItemResult')
export class FeedbackBatchItemResultType {
  @Field(() => Int, { description: 'Position in the input list' }) index!: number;
  @Field(() => FeedbackStatusEnum) status!: 'CREATED' | 'REPLAYED' | 'FAILED';
  @Field(() => FeedbackObject, { nullable: true }) feedback!: FeedbackObject | null;
  @Field(() => BatchItemErrorType, { nullable: true }) error!: BatchItemErrorType | null;
}

@ObjectType('FeedbackBatchResult')
export class FeedbackBatchResultType {
  @Field(() => [FeedbackBatchItemResultType], { description: 'One per item, in input order' })
  items!: FeedbackBatchItemResultType[];
  @Field(() => Int) created!: number;
  @Field(() => Int) replayed!: number;
  @Field(() => Int) failed!: number;
}

@ObjectType('TransactionMetrics')
class TransactionMetricsType {
  @Field(() => Int, { description: "The mode's transactions scored in the window (by event time)" })
  total!: number;
  @Field(() => Int) approved!: number;
  @Field(() => Float, { nullable: true, description: 'ALLOW ÷ total; null without transactions' })
  approvalRate!: number | null;
}

@ObjectType('FeedbackActivity')
class FeedbackActivityType {
  @Field(() => Int, { description: "The mode's feedback that occurred in the window" })
  eventsSubmitted!: number;
  @Field(() => Int, {
    description:
      "The window's transactions with a later tenant action contradicting the decision (BLOCK then APPROVE, ALLOW then DECLINE)",
  })
  overrides!: number;
  @Field(() => Float, { nullable: true, description: 'overrides ÷ transactions.total' })
  overrideRate!: number | null;
}

@ObjectType('LabelMetrics')
class LabelMetricsType {
  @Field(() => Int, { description: 'Analyst labels that occurred in the window' }) total!: number;
  @Field(() => Int, { description: 'TRUE_FRAUD labels' }) fraud!: number;
  @Field(() => Int, { description: 'FALSE_POSITIVE labels' }) falsePositive!: number;
  @Field(() => Float, { nullable: true, description: 'FALSE_POSITIVE ÷ all analyst labels' })
  falsePositiveRate!: number | null;
}

@ObjectType('AdaptiveThreshold')
class AdaptiveThresholdType {
  @Field(() => Int, {
    nullable: true,
    description: 'The REVIEW threshold minimizing expected cost; null below 30 weighted labels',
  })
  recommendedThreshold!: number | null;
  @Field(() => Int, { nullable: true, description: "The tenant's REVIEW threshold now" })
  currentThreshold!: number | null;
  @Field(() => Float, {
    description: 'Weighted labelled transactions (CONFIRMED 1, PROBABLE 0.7, POSSIBLE 0.3)',
  })
  sampleSize!: number;
  @Field(() => Int, { description: 'Labelled transactions, unweighted' })
  labelledTransactions!: number;
  @Field(() => Float, { description: 'Cost of a missed fraud in false alarms' })
  costRatio!: number;
  @Field(() => Float, { nullable: true, description: 'Expected cost at the recommended threshold' })
  expectedCost!: number | null;
}

@ObjectType('ScoreDrift')
class ScoreDriftType {
  @Field(() => Float, {
    nullable: true,
    description: 'Population stability index over ten score buckets; null if a window is empty',
  })
  psi!: number | null;
  @Field(() => Float, { nullable: true, description: 'Mean score now minus in the baseline' })
  meanShift!: number | null;
  @Field(() => Float, { nullable: true }) currentMean!: number | null;
  @Field(() => Float, { nullable: true }) baselineMean!: number | null;
  @Field(() => Int) baselineTotal!: number;
  @Field(() => DateTimeScalar) baselineFrom!: Date;
  @Field(() => DateTimeScalar) baselineTo!: Date;
}

@ObjectType('Volume')
class VolumeType {
  @Field(() => Int) count!: number;
  @Field(() => Float, { description: "Sum of amounts in the tenant's base currency" })
  amount!: number;
  @Field(() => String) baseCurrency!: string;
}

@ObjectType('DecisionCounts')
class DecisionCountsType {
  @Field(() => Int) allowed!: number;
  @Field(() => Int) reviewed!: number;
  @Field(() => Int) challenged!: number;
  @Field(() => Int) blocked!: number;
}

@ObjectType('FraudSummary')
class FraudSummaryType {
  @Field(() => Int, { description: 'Transactions now confirmed as fraud (label or chargeback)' })
  confirmed!: number;
  @Field(() => Float, { nullable: true, description: 'confirmed ÷ volume.count' })
  fraudRate!: number | null;
  @Field(() => Int, { description: 'Chargebacks reported in the period' }) chargebacks!: number;
}

@ObjectType('LabelCounts')
class LabelCountsType {
  @Field(() => Int) trueFraud!: number;
  @Field(() => Int) falsePositive!: number;
  @Field(() => Int) suspicious!: number;
  @Field(() => Int) legitimate!: number;
}

@ObjectType('DailyAnalytics')
export class DailyAnalyticsType extends DecisionCountsType {
  @Field(() => String, { description: 'UTC day, YYYY-MM-DD' }) date!: string;
  @Field(() => Int) count!: number;
  @Field(() => Float, { nullable: true }) averageScore!: number | null;
  @Field(() => LabelCountsType, { description: 'Analyst labels given that day' })
  labels!: LabelCountsType;
}

@ObjectType('ScoreBucket', {
  description: 'Transactions by risk score in one bucket, in the window and in its baseline',
})
class ScoreBucketType {
  @Field(() => Int, { description: 'Lowest score of the bucket' }) from!: number;
  @Field(() => Int, { description: 'Highest score of the bucket, inclusive' }) to!: number;
  @Field(() => Int, { description: "The window's transactions in the bucket" }) count!: number;
  @Field(() => Int, { description: "The baseline window's transactions in the bucket" })
  baselineCount!: number;
}

@ObjectType('FeedbackMetrics', {
  description:
    "Compliance metrics (approval, override and false-positive rates, fraud labels, recommended threshold, score drift) over one mode's traffic",
})
export class FeedbackMetricsType {
  @Field(() => DateTimeScalar) from!: Date;
  @Field(() => DateTimeScalar) to!: Date;
  @Field(() => ModeEnum, { description: 'The traffic counted: LIVE or TEST' }) mode!: Mode;
  @Field(() => TransactionMetricsType) transactions!: TransactionMetricsType;
  @Field(() => FeedbackActivityType) feedback!: FeedbackActivityType;
  @Field(() => LabelMetricsType) labels!: LabelMetricsType;
  @Field(() => AdaptiveThresholdType) adaptiveThreshold!: AdaptiveThresholdType;
  @Field(() => ScoreDriftType) drift!: ScoreDriftType;
  @Field(() => [ScoreBucketType], {
    description:
      'Ten buckets (0–9 … 90–100), lowest first; the drift figures are computed from them',
  })
  scoreDistribution!: ScoreBucketType[];

  static from(m: FeedbackMetrics): FeedbackMetricsType {
    return Object.assign(new FeedbackMetricsType(), m);
  }
}

@ObjectType('AnalyticsSummary')
export class AnalyticsSummaryType {
  @Field(() => String) period!: string;
  @Field(() => ModeEnum) mode!: Mode;
  @Field(() => DateTimeScalar) from!: Date;
  @Field(() => DateTimeScalar) to!: Date;
  @Field(() => VolumeType) volume!: VolumeType;
  @Field(() => DecisionCountsType) decisions!: DecisionCountsType;
  @Field(() => FraudSummaryType) fraud!: FraudSummaryType;
  @Field(() => [DailyAnalyticsType], { description: 'One point per UTC day, oldest first' })
  daily!: DailyAnalyticsType[];

  static from(a: AnalyticsSummary): AnalyticsSummaryType {
    return Object.assign(new AnalyticsSummaryType(), a);
  }
}

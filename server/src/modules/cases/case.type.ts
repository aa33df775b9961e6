import { Field, Float, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import type {
  CaseEventType,
  CasePriority,
  CaseStatus,
  QueueEventType,
} from '../../domain/cases.js';
import type { AnalystLabel, Confidence } from '../../domain/feedback.js';
import type { Mode } from '../../domain/modes.js';
import type { Decision } from '../../engine/types.js';
import { ConnectionType } from '../../graphql/connection.js';
import {
  AnalystLabelEnum,
  AssigneeFilterEnum,
  enumObject,
  CaseEventTypeEnum,
  CasePriorityEnum,
  CaseStatusEnum,
  ConfidenceEnum,
  DecisionEnum,
  ModeEnum,
  QueueEventTypeEnum,
} from '../../graphql/enums.js';
import { DateTimeScalar, JSONScalar, UUIDScalar } from '../../graphql/scalars.js';
import type { CaseEventEntity, ReviewCaseEntity } from './case.entity.js';
import { LINK_KINDS, type LinkKind, type LinkedEntity } from './case.loaders.js';
import type { AssigneeFilter } from './case.service.js';

const LinkKindEnum = enumObject(LINK_KINDS);
registerEnumType(LinkKindEnum, {
  name: 'LinkKind',
  description: 'The identifier two customers share',
});

@InputType()
export class ReviewQueueFilter {
  @Field(() => [CaseStatusEnum], { nullable: true, description: 'Default: OPEN and IN_REVIEW' })
  status?: CaseStatus[] | null;
  @Field(() => AssigneeFilterEnum, { nullable: true }) assignee?: AssigneeFilter | null;
  @Field(() => [CasePriorityEnum], { nullable: true }) priority?: CasePriority[] | null;
  @Field(() => Int, { nullable: true }) minScore?: number | null;
  @Field(() => [DecisionEnum], { nullable: true }) decision?: Decision[] | null;
  @Field(() => Int, { nullable: true, description: 'Only cases opened at least this long ago' })
  olderThanMinutes?: number | null;
}

@ObjectType('CaseUser')
export class CaseUserType {
  @Field(() => UUIDScalar) id!: string;
  @Field(() => String) email!: string;
}

@ObjectType('CaseResolution')
export class CaseResolutionType {
  @Field(() => AnalystLabelEnum) label!: AnalystLabel;
  @Field(() => ConfidenceEnum) confidence!: Confidence;
  @Field(() => String, { nullable: true }) note!: string | null;
  @Field(() => String, { description: 'Who resolved it' }) resolvedBy!: string;
  @Field(() => DateTimeScalar) resolvedAt!: Date;
  @Field(() => UUIDScalar, { description: 'The ANALYST_LABEL feedback it wrote' })
  feedbackId!: string;
}

@ObjectType('CaseTimelineEntry')
export class CaseTimelineEntryType {
  @Field(() => CaseEventTypeEnum) type!: CaseEventType;
  @Field(() => String, { description: 'Who did it (system for the opening)' }) actor!: string;
  @Field(() => String, { nullable: true }) note!: string | null;
  @Field(() => JSONScalar, { nullable: true }) data!: Record<string, unknown> | null;
  @Field(() => DateTimeScalar) at!: Date;

  static from(e: CaseEventEntity): CaseTimelineEntryType {
    return Object.assign(new CaseTimelineEntryType(), {
      type: e.type,
      actor: e.actorLabel,
      note: e.note,
      data: e.data,
      at: e.createdAt,
    });
  }
}

@ObjectType('LinkedEntity', {
  description:
    'Another customer sharing an identifier with this transaction, from 30 days before it until now',
})
export class LinkedEntityType {
  @Field(() => LinkKindEnum) kind!: LinkKind;
  @Field(() => String) value!: string;
  @Field(() => String, { description: 'The other customer' }) userId!: string;
  @Field(() => Int, { description: 'Their events with this identifier (up to 500 scanned)' })
  events!: number;
  @Field(() => DateTimeScalar) lastSeenAt!: Date;
  @Field(() => Int, { description: 'Their events with this identifier confirmed as fraud' })
  confirmedFraud!: number;
  @Field(() => AnalystLabelEnum, { nullable: true, description: 'Their latest analyst label' })
  latestLabel!: AnalystLabel | null;

  static from(l: LinkedEntity): LinkedEntityType {
    return Object.assign(new LinkedEntityType(), l);
  }
}

@ObjectType('Case', { description: 'A transaction routed to analysts' })
export class CaseType {
  @Field(() => UUIDScalar) id!: string;
  @Field(() => UUIDScalar) transactionId!: string;
  @Field(() => ModeEnum) mode!: Mode;
  @Field(() => CaseStatusEnum) status!: CaseStatus;
  @Field(() => CasePriorityEnum) priority!: CasePriority;
  @Field(() => Int) riskScore!: number;
  @Field(() => DecisionEnum) decision!: Decision;
  @Field(() => Float, { nullable: true, description: "In the tenant's base currency" })
  amount!: number | null;
  @Field(() => String, { description: "The customer's external id" }) userId!: string;
  @Field(() => DateTimeScalar) slaDueAt!: Date;
  @Field(() => UUIDScalar, { nullable: true }) assigneeId!: string | null;
  @Field(() => DateTimeScalar, { nullable: true }) assignedAt!: Date | null;
  @Field(() => CaseResolutionType, { nullable: true }) resolution!: CaseResolutionType | null;
  @Field(() => DateTimeScalar) createdAt!: Date;
  @Field(() => DateTimeScalar) updatedAt!: Date;

  static from(c: ReviewCaseEntity): CaseType {
    return Object.assign(new CaseType(), {
      id: c.id,
      transactionId: c.eventId,
      mode: c.mode,
      status: c.status,
      priority: c.priority,
      riskScore: c.riskScore,
      decision: c.decision,
      amount: c.amountBase,
      userId: c.userId,
      slaDueAt: c.slaDueAt,
      assigneeId: c.assigneeId,
      assignedAt: c.assignedAt,
      resolution:
        c.status === 'RESOLVED' && c.resolutionLabel && c.resolutionConfidence && c.resolvedAt
          ? {
              label: c.resolutionLabel,
              confidence: c.resolutionConfidence,
              note: c.resolutionNote,
              resolvedBy: c.resolvedByLabel ?? '',
              resolvedAt: c.resolvedAt,
              feedbackId: c.feedbackId ?? '',
            }
          : null,
      createdAt: c.createdAt,
      updatedAt: c.updatedAt,
    });
  }
}

@ObjectType('CaseConnection')
export class CaseConnection extends ConnectionType(CaseType, 'Case') {}

@ObjectType('ReviewQueueEvent')
export class ReviewQueueEventType {
  @Field(() => QueueEventTypeEnum) type!: QueueEventType;
  @Field(() => CaseType) case!: CaseType;
}

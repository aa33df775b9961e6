import { randomUUID } from 'node:crypto';
import {
  Entity,
  Enum,
  Filter,
  Index,
  ManyToOne,
  PrimaryKey,
  Property,
  Unique,
} from '@mikro-orm/core';
import { tenantFilter } from '../../db/tenant-filter.js';
import {
  CASE_EVENT_TYPES,
  CASE_PRIORITIES,
  CASE_STATUSES,
  type CaseEventType,
  type CasePriority,
  type CaseStatus,
} from '../../domain/cases.js';
import {
  ANALYST_LABELS,
  CONFIDENCES,
  type AnalystLabel,
  type Confidence,
} from '../../domain/feedback.js';
import { MODES, type Mode } from '../../domain/modes.js';
import { DECISIONS, type Decision } from '../../engine/types.js';
import { ScoredEventEntity } from '../scoring/scored-event.entity.js';
import { TenantEntity } from '../tenants/tenant.entity.js';
import { UserEntity } from '../users/user.entity.js';

/**
 * A transaction routed to analysts, opened in the scoring transaction. The decision, score,
 * amount and customer are copied in so the queue reads this table alone.
 */
@Entity({ tableName: 'review_case' })
@Filter(tenantFilter)
@Unique({ properties: ['tenantId', 'eventId'] })
@Index({ properties: ['tenantId', 'mode', 'status', 'priorityRank', 'createdAt'] })
@Index({ properties: ['tenantId', 'assigneeId'] })
export class ReviewCaseEntity {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => TenantEntity, {
    mapToPk: true,
    fieldName: 'tenant_id',
    deleteRule: 'cascade',
    updateRule: 'no action',
  })
  tenantId!: string;

  @Enum({ items: [...MODES] })
  mode!: Mode;

  // No foreign key: scored_event is partitioned and has no unique key on id alone; retention
  // deletes the rows that point at the events it removes.
  @ManyToOne(() => ScoredEventEntity, {
    mapToPk: true,
    fieldName: 'event_id',
    createForeignKeyConstraint: false,
  })
  eventId!: string;

  @Property({ type: 'string', length: 255 })
  userId!: string;

  @Enum({ items: [...DECISIONS] })
  decision!: Decision;

  @Property({ type: 'smallint' })
  riskScore!: number;

  @Property({ type: 'double', nullable: true })
  amountBase: number | null = null;

  @Enum({ items: [...CASE_PRIORITIES] })
  priority!: CasePriority;

  /** 1 (CRITICAL) … 4 (LOW): the queue's sort key. */
  @Property({ type: 'smallint' })
  priorityRank!: number;

  @Enum({ items: [...CASE_STATUSES] })
  status: CaseStatus = 'OPEN';

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  slaDueAt!: Date;

  @ManyToOne(() => UserEntity, {
    mapToPk: true,
    fieldName: 'assignee_id',
    nullable: true,
    deleteRule: 'set null',
    updateRule: 'no action',
  })
  assigneeId: string | null = null;

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  assignedAt: Date | null = null;

  @Enum({ items: [...ANALYST_LABELS], nullable: true })
  resolutionLabel: AnalystLabel | null = null;

  @Enum({ items: [...CONFIDENCES], nullable: true })
  resolutionConfidence: Confidence | null = null;

  @Property({ type: 'string', length: 2000, nullable: true })
  resolutionNote: string | null = null;

  @Property({ type: 'uuid', nullable: true })
  resolvedById: string | null = null;

  @Property({ type: 'string', length: 255, nullable: true })
  resolvedByLabel: string | null = null;

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  resolvedAt: Date | null = null;

  /** The ANALYST_LABEL feedback the resolution wrote. */
  @Property({ type: 'uuid', nullable: true })
  feedbackId: string | null = null;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  updatedAt: Date = new Date();
}

/** One change of a case, for its timeline (the opening is the case row itself). */
@Entity({ tableName: 'case_event' })
@Filter(tenantFilter)
@Index({ properties: ['caseId', 'createdAt'] })
export class CaseEventEntity {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => TenantEntity, {
    mapToPk: true,
    fieldName: 'tenant_id',
    deleteRule: 'cascade',
    updateRule: 'no action',
  })
  tenantId!: string;

  @ManyToOne(() => ReviewCaseEntity, {
    mapToPk: true,
    fieldName: 'case_id',
    deleteRule: 'cascade',
    updateRule: 'no action',
  })
  caseId!: string;

  @Enum({ items: [...CASE_EVENT_TYPES] })
  type!: CaseEventType;

  @Property({ type: 'uuid', nullable: true })
  actorId: string | null = null;

  @Property({ type: 'string', length: 255 })
  actorLabel!: string;

  @Property({ type: 'string', length: 2000, nullable: true })
  note: string | null = null;

  @Property({ type: 'json', nullable: true })
  data: Record<string, unknown> | null = null;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  createdAt: Date = new Date();
}

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
  ANALYST_LABELS,
  AUTHOR_KINDS,
  CONFIDENCES,
  FEEDBACK_TYPES,
  TENANT_ACTIONS,
  type AnalystLabel,
  type AuthorKind,
  type Confidence,
  type FeedbackType,
  type TenantAction,
} from '../../domain/feedback.js';
import { MODES, type Mode } from '../../domain/modes.js';
import { DECISIONS, type Decision } from '../../engine/types.js';
import { ScoredEventEntity } from '../scoring/scored-event.entity.js';
import { TenantEntity } from '../tenants/tenant.entity.js';

/**
 * One outcome reported on a scored transaction: an integrator's action or an analyst's label.
 * Append-only. The transaction's decision, score and time are copied in (they never change) so
 * metrics read this table alone. Idempotency keys are unique per tenant and mode.
 */
@Entity({ tableName: 'feedback' })
@Filter(tenantFilter)
@Unique({ properties: ['tenantId', 'mode', 'idempotencyKey'] })
@Index({ properties: ['tenantId', 'eventId', 'createdAt'] })
@Index({ properties: ['tenantId', 'mode', 'occurredAt'] })
@Index({ properties: ['tenantId', 'mode', 'txOccurredAt'] })
export class FeedbackEntity {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => TenantEntity, {
    mapToPk: true,
    fieldName: 'tenant_id',
    deleteRule: 'cascade',
    updateRule: 'no action',
  })
  tenantId!: string;

  /** The transaction's mode: TEST feedback is kept but never counted. */
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

  @Enum({ items: [...FEEDBACK_TYPES] })
  feedbackType!: FeedbackType;

  @Enum({ items: [...TENANT_ACTIONS], nullable: true })
  tenantAction: TenantAction | null = null;

  @Enum({ items: [...ANALYST_LABELS], nullable: true })
  analystLabel: AnalystLabel | null = null;

  @Enum({ items: [...CONFIDENCES], nullable: true })
  confidence: Confidence | null = null;

  @Property({ type: 'string', length: 2000, nullable: true })
  notes: string | null = null;

  /** When the outcome happened (default: when it was received). */
  @Property({ type: 'datetime', columnType: 'timestamptz' })
  occurredAt!: Date;

  @Property({ type: 'string', length: 255 })
  idempotencyKey!: string;

  /** SHA-256 of the canonical input: a replayed key must carry the same payload. */
  @Property({ type: 'string', length: 64 })
  payloadHash!: string;

  @Enum({ items: [...AUTHOR_KINDS] })
  authorKind!: AuthorKind;

  /** The user's or the API key's id. */
  @Property({ type: 'uuid' })
  authorId!: string;

  /** The user's e-mail or the key's display prefix, as it was then. */
  @Property({ type: 'string', length: 255 })
  authorLabel!: string;

  @Enum({ items: [...DECISIONS] })
  txDecision!: Decision;

  @Property({ type: 'smallint' })
  txRiskScore!: number;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  txOccurredAt!: Date;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  createdAt: Date = new Date();
}

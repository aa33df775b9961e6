import { randomUUID } from 'node:crypto';
import { Entity, Enum, Filter, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { tenantFilter } from '../../db/tenant-filter.js';
import { MODES, type Mode } from '../../domain/modes.js';
import { DECISIONS, RISK_LEVELS, type Decision, type RiskLevel } from '../../engine/types.js';
import { TenantEntity } from '../tenants/tenant.entity.js';
import {
  ENTITY_INDEX_INCLUDE,
  PER_ENTITY_INDEXES,
  USER_INDEX_INCLUDE,
  perEntityIndex,
} from './scored-event.indexes.js';

/** The k-th per-entity index's DDL (the user's carries no user column: it is the key). */
function entityIndex(k: number): string {
  const [name, column] = PER_ENTITY_INDEXES[k]!;
  return perEntityIndex(name, column, k === 0 ? USER_INDEX_INCLUDE : ENTITY_INDEX_INCLUDE);
}

export const EVENT_KINDS = ['TRANSACTION', 'ACCOUNT'] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

/**
 * One scored event with its result: the durable record behind `transactionId`. Velocity,
 * linkage and relationships are read from these rows by event time (`occurred_at`).
 */
@Entity({ tableName: 'scored_event' })
@Filter(tenantFilter)
// Partial so that only queries naming the user (or stating the kind) can use them: see
// Migration20261208500000HistoryIndexes.
@Index({ name: 'scored_event_user_index', expression: entityIndex(0) })
@Index({
  name: 'scored_event_list_index',
  expression:
    'create index "scored_event_list_index" on "scored_event" ("tenant_id", "mode", "kind", "created_at", "id") where "kind" is not null',
})
@Index({
  name: 'scored_event_recipient_fraud_index',
  expression:
    'create index "scored_event_recipient_fraud_index" on "scored_event" ("tenant_id", "mode", "recipient_key", "fraud_reported_at") where "fraud_confirmed" and "recipient_key" is not null',
})
@Index({
  name: 'scored_event_user_fraud_index',
  expression:
    'create index "scored_event_user_fraud_index" on "scored_event" ("tenant_id", "mode", "user_id", "fraud_reported_at") where "fraud_confirmed" and "user_id" is not null',
})
@Index({
  name: 'scored_event_metrics_index',
  expression:
    'create index "scored_event_metrics_index" on "scored_event" ("tenant_id", "mode", "occurred_at") include ("decision", "risk_score", "amount_base", "fraud_confirmed") where "kind" = \'TRANSACTION\' and "occurred_at" is not null',
})
@Index({ name: `scored_event_${PER_ENTITY_INDEXES[1][0]}_index`, expression: entityIndex(1) })
@Index({ name: `scored_event_${PER_ENTITY_INDEXES[2][0]}_index`, expression: entityIndex(2) })
@Index({ name: `scored_event_${PER_ENTITY_INDEXES[3][0]}_index`, expression: entityIndex(3) })
@Index({ name: `scored_event_${PER_ENTITY_INDEXES[4][0]}_index`, expression: entityIndex(4) })
@Index({ name: `scored_event_${PER_ENTITY_INDEXES[5][0]}_index`, expression: entityIndex(5) })
export class ScoredEventEntity {
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

  @Enum({ items: [...EVENT_KINDS] })
  kind!: EventKind;

  /** The integrator's customer id (`userId` / `externalUserId`). */
  @Property({ type: 'string', length: 255 })
  userId!: string;

  @Property({ type: 'string', length: 255, nullable: true })
  reference: string | null = null;

  /** SHA-256 of the canonical normalized input: a retried reference must match it. */
  @Property({ type: 'string', length: 64 })
  payloadHash!: string;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  occurredAt!: Date;

  @Property({ type: 'double', nullable: true })
  amount: number | null = null;

  @Property({ type: 'string', length: 3, nullable: true })
  currency: string | null = null;

  /** Amount in the tenant's base currency; what velocity sums and rules compare. */
  @Property({ type: 'double', nullable: true })
  amountBase: number | null = null;

  @Property({ type: 'string', length: 32, nullable: true })
  type: string | null = null;

  @Property({ type: 'string', length: 64, nullable: true })
  channel: string | null = null;

  @Property({ type: 'string', length: 255, nullable: true })
  deviceId: string | null = null;

  @Property({ type: 'string', length: 255, nullable: true })
  sessionId: string | null = null;

  @Property({ type: 'string', length: 64, nullable: true })
  ip: string | null = null;

  @Property({ type: 'string', length: 255, nullable: true })
  email: string | null = null;

  @Property({ type: 'string', length: 32, nullable: true })
  phone: string | null = null;

  /** `TYPE:value`, the identity of the recipient across senders. */
  @Property({ type: 'string', length: 300, nullable: true })
  recipientKey: string | null = null;

  @Property({ type: 'string', length: 2, nullable: true })
  country: string | null = null;

  @Property({ type: 'double', nullable: true })
  latitude: number | null = null;

  @Property({ type: 'double', nullable: true })
  longitude: number | null = null;

  /** The normalized input as scored (what `transaction(id)` shows back). */
  @Property({ type: 'json' })
  input!: Record<string, unknown>;

  @Property({ type: 'smallint' })
  riskScore!: number;

  @Enum({ items: [...RISK_LEVELS] })
  riskLevel!: RiskLevel;

  @Enum({ items: [...DECISIONS] })
  decision!: Decision;

  /** matchedRules, allChecks, signals, checks, derivedSignals, shadowEvaluation. */
  @Property({ type: 'json' })
  result!: Record<string, unknown>;

  @Property({ type: 'float' })
  processingTimeMs!: number;

  /** The feature vector it was scored with (engine/features.ts order); null for account events. */
  @Property({ type: 'real[]', columnType: 'real[]', nullable: true })
  features: number[] | null = null;

  /** The unrounded score: ranks events that share an integer `riskScore`. */
  @Property({ type: 'double', nullable: true })
  riskScoreExact: number | null = null;

  /** Fraud probability from the tenant's active or shadow model, when one scored it. */
  @Property({ type: 'float', columnType: 'real', nullable: true })
  modelScore: number | null = null;

  /** The tenant's policy version that decided it; 0 for the built-in defaults. */
  @Property({ type: 'integer', default: 0 })
  policyVersion: number = 0;

  /**
   * What the engine saw when it scored the event (engine/snapshot.ts), compact: a backtest
   * re-decides it under another policy. Null for events scored before snapshots were kept.
   */
  @Property({ type: 'json', nullable: true, lazy: true })
  snapshot: unknown = null;

  /** Confirmed fraud (TRUE_FRAUD label or chargeback, not later cleared): fraud evidence. */
  @Property({ type: 'boolean', default: false })
  fraudConfirmed: boolean = false;

  /** When the fraud was reported (the deciding feedback's time); null unless confirmed. */
  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  fraudReportedAt: Date | null = null;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  createdAt: Date = new Date();
}

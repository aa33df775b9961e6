import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { MODES, type Mode } from '../../domain/modes.js';
import { TenantEntity } from '../tenants/tenant.entity.js';

/**
 * An event confirmed as fraud, with when it was first reported: a copy of the event's own flag
 * (scored_event.fraud_confirmed and fraud_reported_at), kept in the same statement, so that a
 * score counts the frauds reported on its customer and recipient in one index range rather than
 * one per month of the decision store. Written and read by SQL only (fraud-report.store.ts);
 * mapped so the schema check covers it.
 */
@Entity({ tableName: 'fraud_report' })
@Index({
  name: 'fraud_report_user_index',
  properties: ['tenantId', 'mode', 'userId', 'reportedAt'],
})
@Index({
  name: 'fraud_report_recipient_index',
  expression:
    'create index "fraud_report_recipient_index" on "fraud_report" ("tenant_id", "mode", "recipient_key", "reported_at") where "recipient_key" is not null',
})
export class FraudReportEntity {
  @ManyToOne(() => TenantEntity, {
    mapToPk: true,
    fieldName: 'tenant_id',
    primary: true,
    deleteRule: 'cascade',
    updateRule: 'no action',
  })
  tenantId!: string;

  @PrimaryKey({ type: 'uuid' })
  eventId!: string;

  @Enum({ items: [...MODES] })
  mode!: Mode;

  @Property({ type: 'string', length: 255 })
  userId!: string;

  @Property({ type: 'string', length: 300, nullable: true })
  recipientKey: string | null = null;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  occurredAt!: Date;

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  reportedAt: Date | null = null;
}

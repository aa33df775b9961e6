import { Entity, Enum, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { MODES, type Mode } from '../../domain/modes.js';
import { TenantEntity } from '../tenants/tenant.entity.js';

/**
 * The reference an integrator gave an event, unique per tenant and mode: it keeps scoring
 * idempotent now that scored_event, partitioned by month, cannot hold a unique index on the
 * reference alone. Written and read by SQL only (event-reference.store.ts); mapped so the schema
 * check covers it.
 */
@Entity({ tableName: 'event_reference' })
export class EventReferenceEntity {
  @ManyToOne(() => TenantEntity, {
    mapToPk: true,
    fieldName: 'tenant_id',
    primary: true,
    deleteRule: 'cascade',
    updateRule: 'no action',
  })
  tenantId!: string;

  @Enum({ items: [...MODES], primary: true })
  mode!: Mode;

  @PrimaryKey({ type: 'string', length: 255 })
  reference!: string;

  @Property({ type: 'uuid' })
  eventId!: string;

  @Property({ type: 'string', length: 64 })
  payloadHash!: string;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  occurredAt!: Date;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  createdAt!: Date;
}

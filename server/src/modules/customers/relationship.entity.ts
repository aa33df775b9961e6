import { Entity, Enum, Filter, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { tenantFilter } from '../../db/tenant-filter.js';
import { MODES, type Mode } from '../../domain/modes.js';
import { TenantEntity } from '../tenants/tenant.entity.js';

/** Sender → recipient history, one row per pair, updated on every score. */
@Entity({ tableName: 'customer_recipient' })
@Filter(tenantFilter)
export class CustomerRecipientEntity {
  @ManyToOne(() => TenantEntity, {
    mapToPk: true,
    fieldName: 'tenant_id',
    deleteRule: 'cascade',
    updateRule: 'no action',
    primary: true,
  })
  tenantId!: string;

  @Enum({ items: [...MODES], primary: true })
  mode!: Mode;

  @PrimaryKey({ type: 'string', length: 255 })
  userId!: string;

  @PrimaryKey({ type: 'string', length: 300 })
  recipientKey!: string;

  @Property({ type: 'integer' })
  timesSent!: number;

  @Property({ type: 'double' })
  totalAmount!: number;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  firstSentAt!: Date;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  lastSentAt!: Date;
}

/** Devices a customer has used, one row per pair. */
@Entity({ tableName: 'customer_device' })
@Filter(tenantFilter)
export class CustomerDeviceEntity {
  @ManyToOne(() => TenantEntity, {
    mapToPk: true,
    fieldName: 'tenant_id',
    deleteRule: 'cascade',
    updateRule: 'no action',
    primary: true,
  })
  tenantId!: string;

  @Enum({ items: [...MODES], primary: true })
  mode!: Mode;

  @PrimaryKey({ type: 'string', length: 255 })
  userId!: string;

  @PrimaryKey({ type: 'string', length: 255 })
  deviceId!: string;

  @Property({ type: 'integer' })
  timesSeen!: number;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  firstSeenAt!: Date;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  lastSeenAt!: Date;
}

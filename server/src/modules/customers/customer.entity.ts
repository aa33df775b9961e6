import { randomUUID } from 'node:crypto';
import { Entity, Enum, Filter, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { tenantFilter } from '../../db/tenant-filter.js';
import { MODES, type Mode } from '../../domain/modes.js';
import { TenantEntity } from '../tenants/tenant.entity.js';

/**
 * An integrator's customer, onboarded or first seen when scored, with the running profile that
 * every score updates in O(1).
 */
@Entity({ tableName: 'customer' })
@Filter(tenantFilter)
@Unique({ properties: ['tenantId', 'mode', 'externalId'] })
export class CustomerEntity {
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

  @Property({ type: 'string', length: 255 })
  externalId!: string;

  /** False for customers only known from scored events. */
  @Property({ type: 'boolean', default: false })
  onboarded: boolean = false;

  @Property({ type: 'string', length: 255, nullable: true })
  email: string | null = null;

  @Property({ type: 'string', length: 32, nullable: true })
  phone: string | null = null;

  @Property({ type: 'string', length: 2, nullable: true })
  country: string | null = null;

  @Property({ type: 'date', nullable: true })
  dateOfBirth: string | null = null;

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  accountOpenedAt: Date | null = null;

  @Property({ type: 'string', length: 32, nullable: true })
  kycLevel: string | null = null;

  @Property({ type: 'string', length: 64, nullable: true })
  segment: string | null = null;

  @Property({ type: 'integer', default: 0 })
  txCount: number = 0;

  @Property({ type: 'double', default: 0 })
  amountMean: number = 0;

  @Property({ type: 'double', default: 0 })
  amountM2: number = 0;

  @Property({ type: 'double', default: 0 })
  amountMax: number = 0;

  @Property({ type: 'double', default: 0 })
  amountTotal: number = 0;

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  firstSeenAt: Date | null = null;

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  lastSeenAt: Date | null = null;

  /** Events per UTC hour of day: 24 counts. */
  @Property({ type: 'json' })
  hourHistogram: number[] = Array.from({ length: 24 }, () => 0);

  /** Event counts by channel, by country, and amount quantile sketch inputs. */
  @Property({ type: 'json' })
  patterns: { channels: Record<string, number>; countries: Record<string, number> } = {
    channels: {},
    countries: {},
  };

  @Property({ type: 'integer', default: 0 })
  recipientCount: number = 0;

  @Property({ type: 'double', nullable: true })
  lastLatitude: number | null = null;

  @Property({ type: 'double', nullable: true })
  lastLongitude: number | null = null;

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  lastLocatedAt: Date | null = null;

  @Property({ type: 'integer', default: 0 })
  fraudCount: number = 0;

  @Property({ type: 'integer', default: 0 })
  chargebackCount: number = 0;

  @Property({ type: 'integer', default: 0 })
  disputeCount: number = 0;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  updatedAt: Date = new Date();
}

import { randomUUID } from 'node:crypto';
import { Entity, Enum, Filter, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { tenantFilter } from '../../db/tenant-filter.js';
import { MODES, type Mode } from '../../domain/modes.js';
import { TenantEntity } from '../tenants/tenant.entity.js';

/** Events a tenant can receive; the names are API. */
export const WEBHOOK_EVENTS = ['case.opened', 'case.resolved', 'transaction.blocked'] as const;
export type WebhookEvent = (typeof WEBHOOK_EVENTS)[number];

export const DELIVERY_STATUSES = ['PENDING', 'DELIVERED', 'FAILED'] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

/** A tenant's HTTPS endpoint for some events of one mode. */
@Entity({ tableName: 'webhook_endpoint' })
@Filter(tenantFilter)
@Index({ properties: ['tenantId', 'mode'] })
export class WebhookEndpointEntity {
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

  @Property({ type: 'string', length: 2000 })
  url!: string;

  /** Event names, e.g. ["case.opened"]. */
  @Property({ type: 'json' })
  events!: WebhookEvent[];

  /** The signing secret (HMAC-SHA256); shown once when created, kept to sign. */
  @Property({ type: 'string', length: 80, hidden: true })
  secret!: string;

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  disabledAt: Date | null = null;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  createdAt: Date = new Date();
}

/** One event for one endpoint, with what happened to it (the delivery log). */
@Entity({ tableName: 'webhook_delivery' })
@Filter(tenantFilter)
@Index({ properties: ['endpointId', 'createdAt'] })
@Index({ properties: ['status', 'queuedAt'] })
export class WebhookDeliveryEntity {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => TenantEntity, {
    mapToPk: true,
    fieldName: 'tenant_id',
    deleteRule: 'cascade',
    updateRule: 'no action',
  })
  tenantId!: string;

  @ManyToOne(() => WebhookEndpointEntity, {
    mapToPk: true,
    fieldName: 'endpoint_id',
    deleteRule: 'cascade',
    updateRule: 'no action',
  })
  endpointId!: string;

  @Property({ type: 'string', length: 64 })
  eventType!: WebhookEvent;

  /** The body sent, as JSON. */
  @Property({ type: 'json' })
  payload!: Record<string, unknown>;

  @Enum({ items: [...DELIVERY_STATUSES] })
  status: DeliveryStatus = 'PENDING';

  @Property({ type: 'integer' })
  attempts: number = 0;

  @Property({ type: 'integer', nullable: true })
  lastStatusCode: number | null = null;

  @Property({ type: 'string', length: 500, nullable: true })
  lastError: string | null = null;

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  lastAttemptAt: Date | null = null;

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  deliveredAt: Date | null = null;

  /** When a job was queued for it (null: not yet; the dispatcher's sweep picks it up). */
  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  queuedAt: Date | null = null;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  createdAt: Date = new Date();
}

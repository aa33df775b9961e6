import { randomUUID } from 'node:crypto';
import { Entity, Enum, Filter, ManyToOne, Index, PrimaryKey, Property } from '@mikro-orm/core';
import { tenantFilter } from '../../db/tenant-filter.js';
import { TenantEntity } from '../tenants/tenant.entity.js';

export const ACTOR_TYPES = ['USER', 'API_KEY', 'SYSTEM'] as const;
export type ActorType = (typeof ACTOR_TYPES)[number];

/** Append-only record of a change to policy, keys, lists or users: who, what, before, after, when. */
@Entity({ tableName: 'audit_entry' })
@Filter(tenantFilter)
@Index({ properties: ['tenantId', 'createdAt'] })
export class AuditEntryEntity {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => TenantEntity, {
    mapToPk: true,
    fieldName: 'tenant_id',
    deleteRule: 'cascade',
    updateRule: 'no action',
  })
  tenantId!: string;

  @Enum({ items: [...ACTOR_TYPES] })
  actorType!: ActorType;

  @Property({ type: 'string', length: 255, nullable: true })
  actorId: string | null = null;

  /** Human-readable actor at the time (e-mail, key prefix, `cli`). */
  @Property({ type: 'string', length: 255 })
  actorLabel!: string;

  /** Dotted verb, e.g. `api_key.create`. */
  @Property({ type: 'string', length: 64 })
  action!: string;

  @Property({ type: 'string', length: 64 })
  entityType!: string;

  @Property({ type: 'string', length: 255 })
  entityId!: string;

  @Property({ type: 'json', nullable: true })
  before: Record<string, unknown> | null = null;

  @Property({ type: 'json', nullable: true })
  after: Record<string, unknown> | null = null;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  createdAt: Date = new Date();
}

import { randomUUID } from 'node:crypto';
import { Entity, Enum, Filter, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { tenantFilter } from '../../db/tenant-filter.js';
import { TenantEntity } from '../tenants/tenant.entity.js';
import type { PolicyDocument } from './policy.js';

/** A draft is edited until it is published; a published version never changes again. */
export const POLICY_VERSION_STATUSES = ['DRAFT', 'PUBLISHED'] as const;
export type PolicyVersionStatus = (typeof POLICY_VERSION_STATUSES)[number];

/**
 * One numbered version of a tenant's policy (rule settings, custom rules, thresholds, case
 * settings). `number` counts from 1 per tenant; `baseNumber` is the version the draft started
 * from, which must still be the one a mode scores with when the draft is published there.
 */
@Entity({ tableName: 'policy_version' })
@Filter(tenantFilter)
@Index({
  name: 'policy_version_number_unique',
  expression: `create unique index "policy_version_number_unique" on "policy_version" ("tenant_id", "number")`,
})
export class PolicyVersionEntity {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => TenantEntity, {
    mapToPk: true,
    fieldName: 'tenant_id',
    deleteRule: 'cascade',
    updateRule: 'no action',
  })
  tenantId!: string;

  @Property({ type: 'integer' })
  number!: number;

  @Enum({ items: [...POLICY_VERSION_STATUSES] })
  status!: PolicyVersionStatus;

  @Property({ type: 'integer', default: 0 })
  baseNumber: number = 0;

  @Property({ type: 'json' })
  document!: PolicyDocument;

  @Property({ type: 'text', nullable: true })
  note: string | null = null;

  @Property({ type: 'string', length: 255 })
  createdBy!: string;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  createdAt: Date = new Date();

  /** The last administrator to change the draft: they may not approve it. */
  @Property({ type: 'string', length: 255 })
  editedBy!: string;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  editedAt: Date = new Date();

  @Property({ type: 'string', length: 255, nullable: true })
  approvedBy: string | null = null;

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  approvedAt: Date | null = null;

  @Property({ type: 'string', length: 255, nullable: true })
  publishedBy: string | null = null;

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  publishedAt: Date | null = null;
}

import { randomUUID } from 'node:crypto';
import { Entity, Enum, Filter, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { tenantFilter } from '../../db/tenant-filter.js';
import { MODES, type Mode } from '../../domain/modes.js';
import { LISTS, LIST_KINDS, type ListKind, type ListName } from '../../engine/types.js';
import { TenantEntity } from '../tenants/tenant.entity.js';

/** An ALLOW / DENY / WATCH list entry of a tenant and mode. Removal keeps the row. */
@Entity({ tableName: 'list_entry' })
@Filter(tenantFilter)
@Index({ properties: ['tenantId', 'mode', 'kind', 'value'] })
export class ListEntryEntity {
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

  @Enum({ items: [...LISTS] })
  list!: ListName;

  @Enum({ items: [...LIST_KINDS] })
  kind!: ListKind;

  /** Normalized the same way as scored input (lower-cased e-mail, E.164 phone, canonical IP). */
  @Property({ type: 'string', length: 300 })
  value!: string;

  @Property({ type: 'string', length: 2000, nullable: true })
  reason: string | null = null;

  @Property({ type: 'string', length: 255 })
  authorLabel!: string;

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  expiresAt: Date | null = null;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  removedAt: Date | null = null;
}

import { randomUUID } from 'node:crypto';
import { Entity, Enum, Filter, ManyToOne, Index, PrimaryKey, Property } from '@mikro-orm/core';
import { MODES, type Mode } from '../../domain/modes.js';
import { tenantFilter } from '../../db/tenant-filter.js';
import { TenantEntity } from '../tenants/tenant.entity.js';

/** An integrator credential. Only the SHA-256 of the secret is stored. */
@Entity({ tableName: 'api_key' })
@Filter(tenantFilter)
@Index({ properties: ['tenantId'] })
export class ApiKeyEntity {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => TenantEntity, {
    mapToPk: true,
    fieldName: 'tenant_id',
    deleteRule: 'cascade',
    updateRule: 'no action',
  })
  tenantId!: string;

  @Property({ type: 'string', length: 255 })
  name!: string;

  @Enum({ items: [...MODES] })
  mode!: Mode;

  /** Display prefix, e.g. `pk_test_3fA9`; enough to recognise a key, useless to use it. */
  @Property({ type: 'string', length: 32 })
  prefix!: string;

  /** Hex SHA-256 of the whole secret. */
  @Property({ type: 'string', length: 64, unique: true })
  keyHash!: string;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  lastUsedAt: Date | null = null;

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  revokedAt: Date | null = null;
}

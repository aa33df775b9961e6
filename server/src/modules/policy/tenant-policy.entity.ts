import { Entity, Filter, ManyToOne, Property } from '@mikro-orm/core';
import { tenantFilter } from '../../db/tenant-filter.js';
import { TenantEntity } from '../tenants/tenant.entity.js';

/**
 * What a tenant's policy has beyond its versions: the currency settings, the version each mode
 * scores with (0: the built-in defaults) and whether a LIVE publish needs a second
 * administrator's approval. An absent row means all defaults.
 */
@Entity({ tableName: 'tenant_policy' })
@Filter(tenantFilter)
export class TenantPolicyEntity {
  @ManyToOne(() => TenantEntity, {
    mapToPk: true,
    fieldName: 'tenant_id',
    deleteRule: 'cascade',
    updateRule: 'no action',
    primary: true,
  })
  tenantId!: string;

  /** ISO 4217; amounts are converted to it before rules compare them. */
  @Property({ type: 'string', length: 3, default: 'USD' })
  baseCurrency: string = 'USD';

  /** Units of base currency per unit of each currency, overriding the shipped table. */
  @Property({ type: 'json' })
  currencyRates: Record<string, number> = {};

  /** The policy version LIVE traffic is scored with; 0 for the built-in defaults. */
  @Property({ type: 'integer', default: 0 })
  liveVersion: number = 0;

  /** The policy version TEST traffic is scored with. */
  @Property({ type: 'integer', default: 0 })
  testVersion: number = 0;

  /** Four eyes: a LIVE publish needs the approval of an administrator other than its author. */
  @Property({ type: 'boolean', default: false })
  requireApproval: boolean = false;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  updatedAt: Date = new Date();
}

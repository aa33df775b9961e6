import { Entity, Filter, ManyToOne, Property } from '@mikro-orm/core';
import { tenantFilter } from '../../db/tenant-filter.js';
import type { CaseSettings } from '../../domain/cases.js';
import type { RuleOverride } from '../../engine/policy.js';
import type { Thresholds } from '../../engine/types.js';
import { TenantEntity } from '../tenants/tenant.entity.js';

/** A tenant's scoring policy; absent rows and null fields mean the global defaults. */
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

  @Property({ type: 'json', nullable: true })
  transactionThresholds: Thresholds | null = null;

  @Property({ type: 'json', nullable: true })
  accountThresholds: Thresholds | null = null;

  /** Case opening and SLA (see DEFAULT_CASE_SETTINGS); null means the defaults. */
  @Property({ type: 'json', nullable: true })
  caseSettings: Partial<CaseSettings> | null = null;

  @Property({ type: 'json' })
  ruleOverrides: Record<string, RuleOverride> = {};

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  updatedAt: Date = new Date();
}

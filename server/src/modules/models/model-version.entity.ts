import { randomUUID } from 'node:crypto';
import {
  Entity,
  Enum,
  Filter,
  Index,
  ManyToOne,
  PrimaryKey,
  Property,
  type Opt,
} from '@mikro-orm/core';
import { tenantFilter } from '../../db/tenant-filter.js';
import { MODES, type Mode } from '../../domain/modes.js';
import { TenantEntity } from '../tenants/tenant.entity.js';

/** A model version's life: trained, then optionally shadowed, activated and retired. */
export const MODEL_STATUSES = [
  'TRAINING',
  'READY',
  'SHADOW',
  'ACTIVE',
  'RETIRED',
  'FAILED',
] as const;
export type ModelStatus = (typeof MODEL_STATUSES)[number];

/**
 * One trained (or training) model of a tenant and mode. `spec` is the model itself, as the
 * engine's model module reads it; `number` counts versions per tenant and mode from 1.
 */
@Entity({ tableName: 'model_version' })
@Filter(tenantFilter)
@Index({
  name: 'model_version_live_unique',
  expression: `create unique index "model_version_live_unique" on "model_version" ("tenant_id", "mode", "status") where "status" in ('ACTIVE', 'SHADOW')`,
})
@Index({
  name: 'model_version_number_unique',
  expression: `create unique index "model_version_number_unique" on "model_version" ("tenant_id", "mode", "number")`,
})
export class ModelVersionEntity {
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

  @Property({ type: 'integer' })
  number!: number;

  @Enum({ items: [...MODEL_STATUSES] })
  status!: ModelStatus;

  @Property({ type: 'string', length: 32 })
  algorithm!: string;

  /** Transactions that occurred in [windowFrom, windowTo) are the training data. */
  @Property({ type: 'datetime', columnType: 'timestamptz' })
  windowFrom!: Date;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  windowTo!: Date;

  /** Share of training done, 0..1. */
  @Property({ type: 'float', columnType: 'real', default: 0 })
  progress: Opt<number> = 0;

  @Property({ type: 'integer', default: 0 })
  events: Opt<number> = 0;

  @Property({ type: 'integer', default: 0 })
  frauds: Opt<number> = 0;

  /** `{ auc, averagePrecision, precisionAt100 }` on the held-out last fifth of the window. */
  @Property({ type: 'json', nullable: true })
  validation: Opt<Record<string, number | null>> | null = null;

  /** `[{ name, importance }]`, importance summing to 1. */
  @Property({ type: 'json', nullable: true })
  features: Opt<{ name: string; importance: number }[]> | null = null;

  /** The trained model (engine/model), null until trained; loaded only when asked for. */
  @Property({ type: 'json', nullable: true, lazy: true })
  spec: Opt<Record<string, unknown>> | null = null;

  @Property({ type: 'text', nullable: true })
  error: Opt<string> | null = null;

  /** Who asked for it: a user's id, or "schedule". */
  @Property({ type: 'string', length: 255 })
  requestedBy!: string;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  createdAt: Opt<Date> = new Date();

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  trainedAt: Opt<Date> | null = null;

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  activatedAt: Opt<Date> | null = null;
}

import { randomUUID } from 'node:crypto';
import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

@Entity({ tableName: 'tenant' })
export class TenantEntity {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  /** URL-safe, unique, immutable. */
  @Property({ type: 'string', length: 63, unique: true })
  slug!: string;

  @Property({ type: 'string', length: 255 })
  name!: string;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  createdAt: Date = new Date();

  /** Set by the platform admin: the tenant's keys and users are refused while it is set. */
  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  disabledAt: Date | null = null;

  /** Scoring requests (batch items count one each) per minute and mode; null: server default. */
  @Property({ type: 'integer', nullable: true })
  rateLimitScoringPerMinute: number | null = null;

  /** Every other authenticated request per minute and mode; null: server default. */
  @Property({ type: 'integer', nullable: true })
  rateLimitOtherPerMinute: number | null = null;

  /** Months of scored events the hourly retention job keeps; null keeps everything. */
  @Property({ type: 'integer', nullable: true })
  retentionMonths: number | null = null;

  /** Days between scheduled retrainings of the tenant's model; null: only on demand. */
  @Property({ type: 'integer', nullable: true })
  modelRetrainDays: number | null = null;
}

import { Field, Int, ObjectType } from 'type-graphql';
import { ConnectionType } from '../../graphql/connection.js';
import { DateTimeScalar, UUIDScalar } from '../../graphql/scalars.js';
import { effectiveRateLimits, type RateLimits } from '../rate-limits/rate-limits.js';
import type { TenantEntity } from './tenant.entity.js';

@ObjectType('Tenant')
export class TenantType {
  @Field(() => UUIDScalar)
  id!: string;

  @Field(() => String)
  slug!: string;

  @Field(() => String)
  name!: string;

  @Field(() => Boolean, {
    description: 'True while the platform admin has it disabled: its keys and users are refused',
  })
  disabled!: boolean;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When it was disabled' })
  disabledAt!: Date | null;

  @Field(() => DateTimeScalar)
  createdAt!: Date;

  @Field(() => Int, {
    nullable: true,
    description:
      'Months of scored events kept; older ones are deleted hourly. Null keeps everything',
  })
  retentionMonths!: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Days between scheduled model retrainings; null: on demand only',
  })
  modelRetrainDays!: number | null;

  /** The tenant's own limits (not a field: `rateLimits` resolves them against the defaults). */
  ownRateLimits!: Pick<TenantEntity, 'rateLimitScoringPerMinute' | 'rateLimitOtherPerMinute'>;

  static from(entity: TenantEntity): TenantType {
    return Object.assign(new TenantType(), {
      id: entity.id,
      slug: entity.slug,
      name: entity.name,
      disabled: entity.disabledAt !== null,
      disabledAt: entity.disabledAt,
      createdAt: entity.createdAt,
      retentionMonths: entity.retentionMonths,
      modelRetrainDays: entity.modelRetrainDays,
      ownRateLimits: {
        rateLimitScoringPerMinute: entity.rateLimitScoringPerMinute,
        rateLimitOtherPerMinute: entity.rateLimitOtherPerMinute,
      },
    });
  }
}

@ObjectType('TenantConnection')
export class TenantConnection extends ConnectionType(TenantType, 'Tenant') {}

@ObjectType('RateLimitDefaults', {
  description: "The server's limits for tenants without their own",
})
export class RateLimitDefaultsType {
  @Field(() => Int, { description: 'Scored events per minute per mode (a batch counts each item)' })
  scoringPerMinute!: number;

  @Field(() => Int, { description: 'Other authenticated requests per minute per mode' })
  otherPerMinute!: number;
}

@ObjectType('RateLimits', { description: "A tenant's per-minute limits, applied to each mode" })
export class RateLimitsType {
  @Field(() => Int, {
    description: 'Scored events per minute in force (a batch counts each item)',
  })
  scoringPerMinute!: number;

  @Field(() => Int, { description: 'Other authenticated requests per minute in force' })
  otherPerMinute!: number;

  @Field(() => Boolean, { description: "True when either limit is the tenant's own" })
  custom!: boolean;

  @Field(() => Int, {
    nullable: true,
    description: "The tenant's own scoring limit; null when the server default applies",
  })
  tenantScoringPerMinute!: number | null;

  @Field(() => Int, {
    nullable: true,
    description: "The tenant's own limit for other requests; null when the server default applies",
  })
  tenantOtherPerMinute!: number | null;

  @Field(() => RateLimitDefaultsType)
  defaults!: RateLimitDefaultsType;

  static from(
    own: Pick<TenantEntity, 'rateLimitScoringPerMinute' | 'rateLimitOtherPerMinute'>,
    defaults: RateLimits,
  ): RateLimitsType {
    return Object.assign(new RateLimitsType(), {
      ...effectiveRateLimits(own, defaults),
      tenantScoringPerMinute: own.rateLimitScoringPerMinute,
      tenantOtherPerMinute: own.rateLimitOtherPerMinute,
      defaults: Object.assign(new RateLimitDefaultsType(), {
        scoringPerMinute: defaults.scoringPerMinute,
        otherPerMinute: defaults.otherPerMinute,
      }),
    });
  }
}

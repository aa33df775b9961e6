import { Field, Float, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { Mode } from '../../domain/modes.js';
import { TRUST_LEVELS, type TrustLevel } from '../../engine/profile.js';
import { enumObject, ModeEnum } from '../../graphql/enums.js';
import { DateTimeScalar } from '../../graphql/scalars.js';
import type { CustomerEntity } from './customer.entity.js';
import { KYC_LEVELS, profileOf, type CustomerProfile, type KycLevel } from './customer.service.js';

export const KycLevelEnum = enumObject(KYC_LEVELS);
registerEnumType(KycLevelEnum, { name: 'KycLevel' });
export const TrustLevelEnum = enumObject(TRUST_LEVELS);
registerEnumType(TrustLevelEnum, {
  name: 'TrustLevel',
  description: 'NEW, LOW, MEDIUM, HIGH, or FLAGGED after confirmed fraud',
});

@InputType({ description: 'Onboarding data; fields left out keep their stored value' })
export class CustomerInput {
  @Field(() => String, { description: 'Your customer id, the `userId` you score with' })
  externalId!: string;
  @Field(() => String, { nullable: true }) email?: string | null;
  @Field(() => String, { nullable: true, description: 'International format' }) phone?:
    string | null;
  @Field(() => String, { nullable: true, description: 'Country of residence, ISO 3166-1 alpha-2' })
  country?: string | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' }) dateOfBirth?: string | null;
  @Field(() => DateTimeScalar, { nullable: true }) accountOpenedAt?: Date | null;
  @Field(() => KycLevelEnum, { nullable: true }) kycLevel?: KycLevel | null;
  @Field(() => String, { nullable: true }) segment?: string | null;
}

@ObjectType('CustomerStatistics')
export class CustomerStatisticsType {
  @Field(() => Int) count!: number;
  @Field(() => Float) total!: number;
  @Field(() => Float) average!: number;
  @Field(() => Float) max!: number;
  @Field(() => Float) stdDev!: number;
}

@ObjectType('NamedCount')
export class NamedCountType {
  @Field(() => String) name!: string;
  @Field(() => Int) count!: number;
}

@ObjectType('CustomerPatterns')
export class CustomerPatternsType {
  @Field(() => Float, { description: 'Average − 1σ, at least 0' }) typicalAmountMin!: number;
  @Field(() => Float, { description: 'Average + 1σ' }) typicalAmountMax!: number;
  @Field(() => [Int], { description: 'UTC hours holding at least 10% of events' })
  typicalHours!: number[];
  @Field(() => [NamedCountType]) channels!: NamedCountType[];
  @Field(() => [NamedCountType]) countries!: NamedCountType[];
  @Field(() => Int) distinctRecipients!: number;
  @Field(() => Float) transactionsPerDay!: number;
}

@ObjectType('CustomerRiskFactors')
export class CustomerRiskFactorsType {
  @Field(() => Int, { description: 'Transactions confirmed as fraud' }) fraudLabels!: number;
  @Field(() => Int) chargebacks!: number;
  @Field(() => Int) disputes!: number;
}

@ObjectType('CustomerProfile', {
  description: 'Kept incrementally with every scored event (amounts in base currency)',
})
export class CustomerProfileType {
  @Field(() => CustomerStatisticsType) statistics!: CustomerStatisticsType;
  @Field(() => CustomerPatternsType) patterns!: CustomerPatternsType;
  @Field(() => TrustLevelEnum) trustLevel!: TrustLevel;
  @Field(() => Int, { description: '0–100' }) trustScore!: number;
  @Field(() => CustomerRiskFactorsType) riskFactors!: CustomerRiskFactorsType;
}

@ObjectType('Customer')
export class CustomerType {
  @Field(() => String) externalId!: string;
  @Field(() => Boolean, { description: 'False for customers only known from scored events' })
  onboarded!: boolean;
  @Field(() => String, { nullable: true }) email!: string | null;
  @Field(() => String, { nullable: true }) phone!: string | null;
  @Field(() => String, { nullable: true }) country!: string | null;
  @Field(() => String, { nullable: true }) dateOfBirth!: string | null;
  @Field(() => DateTimeScalar, { nullable: true }) accountOpenedAt!: Date | null;
  @Field(() => KycLevelEnum, { nullable: true }) kycLevel!: KycLevel | null;
  @Field(() => String, { nullable: true }) segment!: string | null;
  @Field(() => ModeEnum) mode!: Mode;
  @Field(() => DateTimeScalar, { nullable: true }) firstSeenAt!: Date | null;
  @Field(() => DateTimeScalar, { nullable: true }) lastSeenAt!: Date | null;
  @Field(() => DateTimeScalar) createdAt!: Date;
  @Field(() => CustomerProfileType) profile!: CustomerProfile;

  static from(c: CustomerEntity, now = new Date()): CustomerType {
    return Object.assign(new CustomerType(), {
      externalId: c.externalId,
      onboarded: c.onboarded,
      email: c.email,
      phone: c.phone,
      country: c.country,
      dateOfBirth: c.dateOfBirth,
      accountOpenedAt: c.accountOpenedAt,
      kycLevel: c.kycLevel as KycLevel | null,
      segment: c.segment,
      mode: c.mode,
      firstSeenAt: c.firstSeenAt,
      lastSeenAt: c.lastSeenAt,
      createdAt: c.createdAt,
      profile: profileOf(c, now),
    });
  }
}

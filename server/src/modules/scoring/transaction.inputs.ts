import { Field, Float, InputType, Int } from 'type-graphql';
import type { Decision, RecipientType, TransactionType } from '../../engine/types.js';
import { DecisionEnum, RecipientTypeEnum, TransactionTypeEnum } from '../../graphql/enums.js';
import { DateTimeScalar, JSONScalar } from '../../graphql/scalars.js';

@InputType()
export class DeviceInput {
  @Field(() => String, { nullable: true, description: 'Stable device id from your app or SDK' })
  id?: string | null;

  @Field(() => String, { nullable: true })
  sessionId?: string | null;

  @Field(() => String, { nullable: true, description: 'Used as the device id when `id` is absent' })
  fingerprint?: string | null;

  @Field(() => String, { nullable: true })
  userAgent?: string | null;
}

@InputType()
export class RecipientInput {
  @Field(() => RecipientTypeEnum)
  type!: RecipientType;

  @Field(() => String, {
    description: 'Phone (E.164), e-mail, IBAN, account, card, merchant or wallet id',
  })
  value!: string;

  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2' })
  country?: string | null;
}

@InputType()
export class LocationInput {
  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2' })
  country?: string | null;

  @Field(() => Float, { nullable: true })
  latitude?: number | null;

  @Field(() => Float, { nullable: true })
  longitude?: number | null;
}

@InputType({ description: 'A payment to score. Only `userId` and `amount` are required (Tier 0).' })
export class TransactionInput {
  @Field(() => String, { description: "Your customer's id" })
  userId!: string;

  @Field(() => Float, { description: 'Greater than 0, at most 10^12' })
  amount!: number;

  @Field(() => String, {
    nullable: true,
    description: "ISO 4217; defaults to the tenant's base currency",
  })
  currency?: string | null;

  @Field(() => TransactionTypeEnum, { nullable: true, description: 'Defaults to OTHER' })
  type?: TransactionType | null;

  @Field(() => String, { nullable: true, description: 'e.g. app, web, pos, atm' })
  channel?: string | null;

  @Field(() => DateTimeScalar, {
    nullable: true,
    description:
      'Event time (default: now); every window and profile uses it. 2000-01-01 to now + 5 min.',
  })
  occurredAt?: Date | null;

  @Field(() => String, {
    nullable: true,
    description: 'Your own id: a retry with the same reference returns the stored result',
  })
  reference?: string | null;

  @Field(() => DeviceInput, { nullable: true })
  device?: DeviceInput | null;

  @Field(() => String, { nullable: true })
  ip?: string | null;

  @Field(() => String, { nullable: true })
  email?: string | null;

  @Field(() => String, { nullable: true, description: 'International format, e.g. +212612345678' })
  phone?: string | null;

  @Field(() => RecipientInput, { nullable: true })
  recipient?: RecipientInput | null;

  @Field(() => LocationInput, { nullable: true })
  location?: LocationInput | null;

  @Field(() => JSONScalar, { nullable: true, description: 'Up to 8 KB, stored and echoed back' })
  metadata?: Record<string, unknown> | null;
}

@InputType()
export class TransactionFilter {
  @Field(() => String, { nullable: true })
  userId?: string | null;

  @Field(() => DecisionEnum, { nullable: true })
  decision?: Decision | null;

  @Field(() => Int, { nullable: true })
  minScore?: number | null;

  @Field(() => Int, { nullable: true })
  maxScore?: number | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Event time, inclusive' })
  from?: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Event time, exclusive' })
  to?: Date | null;
}

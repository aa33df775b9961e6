import { Field, Float, InputType, Int, registerEnumType } from 'type-graphql';
import { ACCOUNT_EVENT_TYPES, type AccountEventType } from '../../engine/account/types.js';
import { enumObject } from '../../graphql/enums.js';
import { DateTimeScalar, JSONScalar } from '../../graphql/scalars.js';

const AccountEventTypeEnum = enumObject(ACCOUNT_EVENT_TYPES);
registerEnumType(AccountEventTypeEnum, { name: 'AccountEventType' });

@InputType()
export class ScreenInput {
  @Field(() => Float) width!: number;
  @Field(() => Float) height!: number;
  @Field(() => Float, { nullable: true }) pixelRatio?: number | null;
}

@InputType({ description: "The browser collector's device fields (strings ≤ 1 KB)" })
export class AccountDeviceInput {
  @Field(() => String, { nullable: true }) userAgent?: string | null;
  @Field(() => ScreenInput, { nullable: true }) screen?: ScreenInput | null;
  @Field(() => String, { nullable: true, description: 'IANA time zone, e.g. Europe/Paris' })
  timezone?: string | null;
  @Field(() => String, { nullable: true }) language?: string | null;
  @Field(() => String, { nullable: true }) webglVendor?: string | null;
  @Field(() => String, { nullable: true }) webglRenderer?: string | null;
  @Field(() => Int, { nullable: true }) hardwareConcurrency?: number | null;
  @Field(() => Float, { nullable: true }) deviceMemory?: number | null;
  @Field(() => String, { nullable: true }) platform?: string | null;
  @Field(() => String, { nullable: true, description: 'The device identity used for linkage' })
  clientFingerprint?: string | null;
}

@InputType()
export class MousePointInput {
  @Field(() => Float) x!: number;
  @Field(() => Float) y!: number;
  @Field(() => Float, { description: 'Milliseconds since the form started' }) t!: number;
}

@InputType({ description: "The browser collector's behaviour fields" })
export class BehaviorInput {
  @Field(() => Float, { nullable: true, description: 'Epoch milliseconds' })
  formStartedAt?: number | null;
  @Field(() => Float, { nullable: true, description: 'Epoch milliseconds' })
  formSubmittedAt?: number | null;
  @Field(() => [MousePointInput], { nullable: true, description: 'At most 300 points' })
  mousePath?: MousePointInput[] | null;
  @Field(() => Int, { nullable: true }) keystrokeCount?: number | null;
  @Field(() => Int, { nullable: true }) pasteCount?: number | null;
}

@InputType({ description: 'A signup, login, failed login or password reset to score' })
export class AccountEventInput {
  @Field(() => AccountEventTypeEnum) type!: AccountEventType;
  @Field(() => String, { description: "The integrator's id of the account" })
  externalUserId!: string;
  @Field(() => String, { nullable: true }) email?: string | null;
  @Field(() => String, { nullable: true }) phone?: string | null;
  @Field(() => String, { nullable: true, description: "The end user's IP (not your server's)" })
  ip?: string | null;
  @Field(() => DateTimeScalar, { nullable: true }) occurredAt?: Date | null;
  @Field(() => String, { nullable: true }) sessionId?: string | null;
  @Field(() => AccountDeviceInput, { nullable: true }) device?: AccountDeviceInput | null;
  @Field(() => BehaviorInput, { nullable: true }) behavior?: BehaviorInput | null;
  @Field(() => JSONScalar, { nullable: true }) metadata?: Record<string, unknown> | null;
}

import {
  Arg,
  Authorized,
  Ctx,
  Field,
  InputType,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
} from 'type-graphql';
import type { Mode } from '../../domain/modes.js';
import type { RecipientType, RiskLevel } from '../../engine/types.js';
import { viewerOf, type GraphQLContext } from '../../graphql/context.js';
import { ModeEnum, RecipientTypeEnum, RiskLevelEnum } from '../../graphql/enums.js';
import { modeFor } from '../../graphql/mode.js';
import { DateTimeScalar } from '../../graphql/scalars.js';
import { CustomerService } from './customer.service.js';
import { CustomerInput, CustomerType } from './customer.type.js';
import { RecipientService } from './recipient.service.js';

@InputType()
export class CheckRecipientInput {
  @Field(() => RecipientTypeEnum) type!: RecipientType;
  @Field(() => String) value!: string;
  @Field(() => String, { description: 'The customer about to pay' }) senderUserId!: string;
}

@ObjectType('RecipientRelationship')
export class RecipientRelationshipType {
  @Field(() => Boolean) isKnown!: boolean;
  @Field(() => Int) timesSent!: number;
  @Field(() => DateTimeScalar, { nullable: true }) firstSentAt!: Date | null;
  @Field(() => DateTimeScalar, { nullable: true }) lastSentAt!: Date | null;
}

@ObjectType('RecipientRisk')
export class RecipientCheckResultType {
  @Field(() => RiskLevelEnum) riskLevel!: RiskLevel;
  @Field(() => RecipientRelationshipType) relationship!: RecipientRelationshipType;
  @Field(() => Int, { description: 'Distinct senders over the last 24 hours, this one included' })
  fanIn24h!: number;
  @Field(() => Int) priorFraudCount!: number;
  @Field(() => [String], {
    description: 'DENY_LISTED, WATCH_LISTED, ALLOW_LISTED, PRIOR_FRAUD, HIGH_FAN_IN, NEW_RECIPIENT',
  })
  flags!: string[];
}

const READERS = ['API_KEY', 'TENANT_ADMIN', 'ANALYST', 'COMPLIANCE'] as const;

@Resolver()
export class CustomerResolver {
  @Authorized('API_KEY', 'TENANT_ADMIN')
  @Mutation(() => CustomerType, { description: 'Creates or updates a customer by externalId' })
  async onboardCustomer(
    @Ctx() ctx: GraphQLContext,
    @Arg('input', () => CustomerInput) input: CustomerInput,
    @Arg('mode', () => ModeEnum, { nullable: true }) mode?: Mode,
  ): Promise<CustomerType> {
    const viewer = viewerOf(ctx);
    return CustomerType.from(
      await new CustomerService(ctx.em, viewer.tenantId, modeFor(viewer, mode)).onboard(input),
    );
  }

  @Authorized(...READERS)
  @Query(() => CustomerType, { description: 'A customer with its onboarding data and profile' })
  async customer(
    @Ctx() ctx: GraphQLContext,
    @Arg('externalId', () => String) externalId: string,
    @Arg('mode', () => ModeEnum, { nullable: true }) mode?: Mode,
  ): Promise<CustomerType> {
    const viewer = viewerOf(ctx);
    return CustomerType.from(
      await new CustomerService(ctx.em, viewer.tenantId, modeFor(viewer, mode)).get(externalId),
    );
  }

  @Authorized(...READERS)
  @Query(() => RecipientCheckResultType, {
    description: 'Risk of paying a recipient, before the payment',
  })
  async checkRecipient(
    @Ctx() ctx: GraphQLContext,
    @Arg('input', () => CheckRecipientInput) input: CheckRecipientInput,
    @Arg('mode', () => ModeEnum, { nullable: true }) mode?: Mode,
  ): Promise<RecipientCheckResultType> {
    const viewer = viewerOf(ctx);
    return new RecipientService(ctx.em, viewer.tenantId, modeFor(viewer, mode)).check(input);
  }
}

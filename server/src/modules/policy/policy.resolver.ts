import {
  Arg,
  Authorized,
  Ctx,
  Int,
  Mutation,
  Query,
  Resolver,
  registerEnumType,
} from 'type-graphql';
import { viewerOf, type GraphQLContext } from '../../graphql/context.js';
import { enumObject } from '../../graphql/enums.js';
import { JSONScalar } from '../../graphql/scalars.js';
import { actorOf } from '../audit/audit.service.js';
import type { TenantScoringPolicy } from './policy.js';
import { EVENT_KINDS_FOR_POLICY, PolicyService, type PolicyEventKind } from './policy.service.js';
import { RuleSettingsInput, RuleType, ScoringPolicyType, ThresholdsInput } from './policy.type.js';

const EventKindEnum = enumObject(EVENT_KINDS_FOR_POLICY);
registerEnumType(EventKindEnum, {
  name: 'EventKind',
  description: 'TRANSACTION or ACCOUNT (signup, login…)',
});

function toType(p: TenantScoringPolicy): ScoringPolicyType {
  return {
    baseCurrency: p.baseCurrency,
    currencyRates: p.currencyRates,
    transactionThresholds: p.transactions.thresholds,
    accountThresholds: p.accountThresholds,
    caseSettings: p.cases,
    rules: p.transactions.rules.map((r) => RuleType.from(r)),
  };
}

@Resolver()
export class PolicyResolver {
  @Authorized()
  @Query(() => [RuleType], {
    description: 'Every rule with its effective settings for this tenant',
  })
  async rules(
    @Ctx() ctx: GraphQLContext,
    @Arg('kind', () => EventKindEnum, {
      nullable: true,
      description: 'TRANSACTION (default) or ACCOUNT (signup, login…)',
    })
    kind?: PolicyEventKind,
  ): Promise<RuleType[]> {
    const policy = await new PolicyService(ctx.em, viewerOf(ctx).tenantId).effective();
    return kind === 'ACCOUNT'
      ? policy.accounts.rules.map((r) => RuleType.from(r, 'ACCOUNT'))
      : policy.transactions.rules.map((r) => RuleType.from(r));
  }

  @Authorized()
  @Query(() => ScoringPolicyType, { description: "This tenant's thresholds and rules" })
  async scoringPolicy(@Ctx() ctx: GraphQLContext): Promise<ScoringPolicyType> {
    return toType(await new PolicyService(ctx.em, viewerOf(ctx).tenantId).effective());
  }

  @Authorized('TENANT_ADMIN')
  @Mutation(() => ScoringPolicyType, {
    description: 'Whether BLOCK decisions open cases too, and the SLA of new cases (audited)',
  })
  async updateCaseSettings(
    @Ctx() ctx: GraphQLContext,
    @Arg('openOnBlock', () => Boolean, { nullable: true }) openOnBlock?: boolean,
    @Arg('slaHours', () => Int, { nullable: true }) slaHours?: number,
  ): Promise<ScoringPolicyType> {
    const viewer = viewerOf(ctx);
    const policy = await new PolicyService(ctx.em, viewer.tenantId).updateCaseSettings(
      { openOnBlock, slaHours },
      actorOf(viewer),
    );
    return toType(policy);
  }

  @Authorized('TENANT_ADMIN')
  @Mutation(() => ScoringPolicyType, {
    description: 'Sets the score bands of one event kind (audited)',
  })
  async updateThresholds(
    @Ctx() ctx: GraphQLContext,
    @Arg('kind', () => EventKindEnum) kind: PolicyEventKind,
    @Arg('thresholds', () => ThresholdsInput) thresholds: ThresholdsInput,
  ): Promise<ScoringPolicyType> {
    const viewer = viewerOf(ctx);
    const policy = await new PolicyService(ctx.em, viewer.tenantId).updateThresholds(
      kind,
      {
        review: thresholds.review ?? null,
        challenge: thresholds.challenge ?? null,
        block: thresholds.block ?? null,
      },
      actorOf(viewer),
    );
    return toType(policy);
  }

  @Authorized('TENANT_ADMIN')
  @Mutation(() => ScoringPolicyType, {
    description: 'Sets the base currency and conversion rates (units of base per unit; audited)',
  })
  async updateCurrencySettings(
    @Ctx() ctx: GraphQLContext,
    @Arg('baseCurrency', () => String) baseCurrency: string,
    @Arg('rates', () => JSONScalar, { description: '{ "EUR": 1.08, … }' })
    rates: Record<string, unknown>,
  ): Promise<ScoringPolicyType> {
    const viewer = viewerOf(ctx);
    const policy = await new PolicyService(ctx.em, viewer.tenantId).updateCurrencySettings(
      { baseCurrency, rates },
      actorOf(viewer),
    );
    return toType(policy);
  }

  @Authorized('TENANT_ADMIN')
  @Mutation(() => ScoringPolicyType, {
    description: "Changes a default rule's weight, parameters or status (audited)",
  })
  async updateRuleSettings(
    @Ctx() ctx: GraphQLContext,
    @Arg('input', () => RuleSettingsInput) input: RuleSettingsInput,
  ): Promise<ScoringPolicyType> {
    const viewer = viewerOf(ctx);
    return toType(
      await new PolicyService(ctx.em, viewer.tenantId).updateRuleSettings(input, actorOf(viewer)),
    );
  }
}

import { Arg, Authorized, Ctx, Int, Mutation, Query, Resolver } from 'type-graphql';
import { viewerOf, type GraphQLContext } from '../../graphql/context.js';
import { JSONScalar } from '../../graphql/scalars.js';
import { actorOf } from '../audit/audit.service.js';
import type { TenantScoringPolicy } from './policy.js';
import type { Mode } from '../../domain/modes.js';
import { DEFAULT_ACCOUNT_RULES } from '../../engine/account/rules.js';
import { effectiveRules, type RuleOverride } from '../../engine/policy.js';
import { DEFAULT_TRANSACTION_RULES } from '../../engine/rules/index.js';
import { ModeEnum } from '../../graphql/enums.js';
import { modeFor } from '../../graphql/mode.js';
import { EventKindEnum } from './event-kind.enum.js';
import { GlobalRulesService } from './global-rules.service.js';
import { PolicyService, type PolicyEventKind } from './policy.service.js';
import { RuleSettingsInput, RuleType, ScoringPolicyType, ThresholdsInput } from './policy.type.js';

function toType(
  p: TenantScoringPolicy & { liveVersion: number; testVersion: number; requireApproval: boolean },
): ScoringPolicyType {
  return {
    version: p.version,
    liveVersion: p.liveVersion,
    testVersion: p.testVersion,
    requireApproval: p.requireApproval,
    baseCurrency: p.baseCurrency,
    currencyRates: p.currencyRates,
    transactionThresholds: p.transactions.thresholds,
    accountThresholds: p.accountThresholds,
    caseSettings: p.cases,
    rules: p.transactions.rules.map((r) => RuleType.from(r)),
  };
}

function globalRules(overrides: Record<string, RuleOverride>, kind?: PolicyEventKind | null) {
  return kind === 'ACCOUNT'
    ? effectiveRules(DEFAULT_ACCOUNT_RULES, {}, overrides).map((r) => RuleType.from(r, 'ACCOUNT'))
    : effectiveRules(DEFAULT_TRANSACTION_RULES, {}, overrides).map((r) => RuleType.from(r));
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
  @Query(() => ScoringPolicyType, {
    description: "This tenant's thresholds and rules as `mode` (LIVE by default) scores with them",
  })
  async scoringPolicy(
    @Ctx() ctx: GraphQLContext,
    @Arg('mode', () => ModeEnum, { nullable: true }) mode?: Mode,
  ): Promise<ScoringPolicyType> {
    const viewer = viewerOf(ctx);
    return toType(
      await new PolicyService(ctx.em, viewer.tenantId).effective(modeFor(viewer, mode)),
    );
  }

  @Authorized('PLATFORM_ADMIN')
  @Query(() => [RuleType], {
    description: 'The platform defaults of the built-in rules, which tenants inherit',
  })
  async globalRuleDefaults(
    @Ctx() ctx: GraphQLContext,
    @Arg('kind', () => EventKindEnum, { nullable: true }) kind?: PolicyEventKind,
  ): Promise<RuleType[]> {
    return globalRules(await new GlobalRulesService(ctx.em).overrides(), kind);
  }

  @Authorized('PLATFORM_ADMIN')
  @Mutation(() => [RuleType], {
    description:
      "Changes a built-in rule's platform default; tenants that do not override it inherit the change",
  })
  async updateGlobalRuleDefault(
    @Ctx() ctx: GraphQLContext,
    @Arg('input', () => RuleSettingsInput) input: RuleSettingsInput,
  ): Promise<RuleType[]> {
    const viewer = viewerOf(ctx);
    const overrides = await new GlobalRulesService(ctx.em).update(input, actorOf(viewer));
    const kind = DEFAULT_TRANSACTION_RULES.some((r) => r.code === input.code)
      ? 'TRANSACTION'
      : 'ACCOUNT';
    return globalRules(overrides, kind);
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

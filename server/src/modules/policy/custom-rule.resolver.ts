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
import { BadUserInputError } from '../../domain/errors.js';
import { validateCondition } from '../../engine/custom/compile.js';
import { variablesOf } from '../../engine/custom/variables.js';
import type { Decision, EventKind, RuleStatus } from '../../engine/types.js';
import { viewerOf, type GraphQLContext } from '../../graphql/context.js';
import { DecisionEnum, RuleStatusEnum } from '../../graphql/enums.js';
import { UUIDScalar } from '../../graphql/scalars.js';
import { actorOf } from '../audit/audit.service.js';
import { GlobalRulesService } from './global-rules.service.js';
import { MAX_CUSTOM_RULES, checkCustomRule } from './custom-rule.validation.js';
import { EventKindEnum } from './event-kind.enum.js';
import { withCustomRule, withoutCustomRule } from './policy-document.js';
import { PolicyVersionType } from './policy-version.type.js';
import { PolicyVersionService } from './policy-version.service.js';

@InputType()
export class CustomRuleInput {
  @Field(() => String, { description: 'UPPER_SNAKE_CASE, not a built-in code' }) code!: string;
  @Field(() => String) name!: string;
  @Field(() => String, { nullable: true }) description?: string | null;
  @Field(() => EventKindEnum, { nullable: true, description: 'TRANSACTION by default' })
  eventKind?: EventKind | null;
  @Field(() => String, { description: 'CEL; see ruleVariables' }) condition!: string;
  @Field(() => Int, { description: '-100..100 points when it holds' }) weight!: number;
  @Field(() => DecisionEnum, { nullable: true }) action?: Decision | null;
  @Field(() => Int, { nullable: true, description: '0..1000, higher wins among actions' })
  priority?: number | null;
  @Field(() => RuleStatusEnum, { nullable: true, description: 'ACTIVE by default' })
  status?: RuleStatus | null;
}

@ObjectType('ConditionProblem', { description: 'Something wrong in a condition, where it is' })
export class ConditionProblemType {
  @Field(() => String) message!: string;
  @Field(() => Int, { description: '0-based character offset' }) offset!: number;
  @Field(() => Int, { description: '1-based' }) line!: number;
  @Field(() => Int, { description: '1-based' }) column!: number;
}

@ObjectType('ConditionValidation')
export class ConditionValidationType {
  @Field(() => Boolean) valid!: boolean;
  @Field(() => [ConditionProblemType]) problems!: ConditionProblemType[];
}

@ObjectType('RuleVariable', { description: 'A variable custom-rule conditions can use' })
export class RuleVariableType {
  @Field(() => String, { description: 'As written in a condition, e.g. recipient.timesSent' })
  name!: string;
  @Field(() => String, { description: 'CEL type: double, string, bool or map' }) type!: string;
  @Field(() => String, { description: 'What it measures, and its value when unknown' })
  description!: string;
  @Field(() => String, { description: 'A condition using it' }) example!: string;
}

/** Custom rules in drafts, and what an editor needs to write them. */
@Resolver()
export class CustomRuleResolver {
  @Authorized()
  @Query(() => ConditionValidationType, {
    description: 'Checks a CEL condition for an event kind: syntax, variables, fields, types',
  })
  validateRuleCondition(
    @Arg('eventKind', () => EventKindEnum) eventKind: EventKind,
    @Arg('condition', () => String) condition: string,
  ): ConditionValidationType {
    if (condition.length > 20_000)
      throw new BadUserInputError([{ field: 'condition', message: 'at most 2,000 characters' }]);
    const problems = validateCondition(eventKind, condition);
    return { valid: problems.length === 0, problems };
  }

  @Authorized()
  @Query(() => [RuleVariableType], { description: 'The variables of one event kind' })
  ruleVariables(@Arg('eventKind', () => EventKindEnum) eventKind: EventKind): RuleVariableType[] {
    return variablesOf(eventKind).map((v) => ({ ...v }));
  }

  @Authorized('TENANT_ADMIN')
  @Mutation(() => PolicyVersionType, {
    description:
      "Adds a custom rule to a draft, or replaces the draft's rule with its code (audited)",
  })
  async upsertCustomRule(
    @Ctx() ctx: GraphQLContext,
    @Arg('draftId', () => UUIDScalar) draftId: string,
    @Arg('input', () => CustomRuleInput) input: CustomRuleInput,
  ): Promise<PolicyVersionType> {
    const rule = checkCustomRule(input);
    const view = await new PolicyVersionService(ctx.em, viewerOf(ctx).tenantId).editDraft(
      draftId,
      actorOf(viewerOf(ctx)),
      'custom.upsert',
      (doc) => {
        const adds = !doc.custom_rules.some((r) => r.code === rule.code);
        if (adds && doc.custom_rules.length >= MAX_CUSTOM_RULES)
          throw new BadUserInputError([
            {
              field: 'input.code',
              message: `a version holds at most ${MAX_CUSTOM_RULES} custom rules`,
            },
          ]);
        return withCustomRule(doc, rule);
      },
    );
    return PolicyVersionType.from(view, await new GlobalRulesService(ctx.em).overrides());
  }

  @Authorized('TENANT_ADMIN')
  @Mutation(() => PolicyVersionType, {
    description: 'Removes a custom rule from a draft (audited)',
  })
  async removeCustomRule(
    @Ctx() ctx: GraphQLContext,
    @Arg('draftId', () => UUIDScalar) draftId: string,
    @Arg('code', () => String) code: string,
  ): Promise<PolicyVersionType> {
    const view = await new PolicyVersionService(ctx.em, viewerOf(ctx).tenantId).editDraft(
      draftId,
      actorOf(viewerOf(ctx)),
      'custom.remove',
      (doc) => withoutCustomRule(doc, code),
    );
    return PolicyVersionType.from(view, await new GlobalRulesService(ctx.em).overrides());
  }
}

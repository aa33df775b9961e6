import { Arg, Authorized, Ctx, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { Mode } from '../../domain/modes.js';
import type { EventKind } from '../../engine/types.js';
import { viewerOf, type GraphQLContext } from '../../graphql/context.js';
import { ModeEnum } from '../../graphql/enums.js';
import { UUIDScalar } from '../../graphql/scalars.js';
import { actorOf } from '../audit/audit.service.js';
import { EventKindEnum } from './event-kind.enum.js';
import { GlobalRulesService } from './global-rules.service.js';
import { withCaseSettings, withRuleSettings, withThresholds } from './policy-document.js';
import { checkThresholds } from './policy-validation.js';
import { PolicyChangeType, PolicyVersionType } from './policy-version.type.js';
import { PolicyVersionService, type VersionView } from './policy-version.service.js';
import { RuleSettingsInput, ThresholdsInput } from './policy.type.js';

function service(ctx: GraphQLContext): PolicyVersionService {
  return new PolicyVersionService(ctx.em, viewerOf(ctx).tenantId);
}

async function typed(ctx: GraphQLContext, view: VersionView): Promise<PolicyVersionType> {
  return PolicyVersionType.from(view, await new GlobalRulesService(ctx.em).overrides());
}

/** Drafting, publishing and rolling back a tenant's policy versions. */
@Resolver()
export class PolicyVersionResolver {
  @Authorized()
  @Query(() => [PolicyVersionType], { description: "This tenant's policy versions, newest first" })
  async policyVersions(
    @Ctx() ctx: GraphQLContext,
    @Arg('limit', () => Int, { nullable: true, description: '1..500, default 100' }) limit?: number,
  ): Promise<PolicyVersionType[]> {
    const views = await service(ctx).list(limit ?? 100);
    const globals = await new GlobalRulesService(ctx.em).overrides();
    return views.map((v) => PolicyVersionType.from(v, globals));
  }

  @Authorized()
  @Query(() => PolicyVersionType)
  async policyVersion(
    @Ctx() ctx: GraphQLContext,
    @Arg('id', () => UUIDScalar) id: string,
  ): Promise<PolicyVersionType> {
    return typed(ctx, await service(ctx).get(id));
  }

  @Authorized()
  @Query(() => [PolicyChangeType], {
    description: 'What changes from version `from` to version `to` (0: the built-in defaults)',
  })
  async policyDiff(
    @Ctx() ctx: GraphQLContext,
    @Arg('from', () => Int) from: number,
    @Arg('to', () => Int) to: number,
  ): Promise<PolicyChangeType[]> {
    return service(ctx).diff(from, to);
  }

  @Authorized('TENANT_ADMIN')
  @Mutation(() => PolicyVersionType, {
    description:
      'A new draft: a copy of `fromVersion`, else of what `mode` (LIVE by default) scores with (audited)',
  })
  async createPolicyDraft(
    @Ctx() ctx: GraphQLContext,
    @Arg('fromVersion', () => Int, { nullable: true }) fromVersion?: number,
    @Arg('mode', () => ModeEnum, { nullable: true }) mode?: Mode,
    @Arg('note', () => String, { nullable: true }) note?: string,
  ): Promise<PolicyVersionType> {
    const view = await service(ctx).createDraft(actorOf(viewerOf(ctx)), {
      fromVersion,
      mode,
      note,
    });
    return typed(ctx, view);
  }

  @Authorized('TENANT_ADMIN')
  @Mutation(() => PolicyVersionType, {
    description: 'Changes a built-in rule in a draft (audited)',
  })
  async updateDraftRuleSettings(
    @Ctx() ctx: GraphQLContext,
    @Arg('draftId', () => UUIDScalar) draftId: string,
    @Arg('input', () => RuleSettingsInput) input: RuleSettingsInput,
  ): Promise<PolicyVersionType> {
    const view = await service(ctx).editDraft(
      draftId,
      actorOf(viewerOf(ctx)),
      'rule.update',
      (doc) => withRuleSettings(doc, input),
    );
    return typed(ctx, view);
  }

  @Authorized('TENANT_ADMIN')
  @Mutation(() => PolicyVersionType, {
    description: "Sets a draft's score bands of one event kind (audited)",
  })
  async updateDraftThresholds(
    @Ctx() ctx: GraphQLContext,
    @Arg('draftId', () => UUIDScalar) draftId: string,
    @Arg('kind', () => EventKindEnum) kind: EventKind,
    @Arg('thresholds', () => ThresholdsInput) thresholds: ThresholdsInput,
  ): Promise<PolicyVersionType> {
    const checked = checkThresholds({
      review: thresholds.review ?? null,
      challenge: thresholds.challenge ?? null,
      block: thresholds.block ?? null,
    });
    const view = await service(ctx).editDraft(
      draftId,
      actorOf(viewerOf(ctx)),
      'thresholds.update',
      (doc) => withThresholds(doc, kind, checked),
    );
    return typed(ctx, view);
  }

  @Authorized('TENANT_ADMIN')
  @Mutation(() => PolicyVersionType, { description: "Sets a draft's case settings (audited)" })
  async updateDraftCaseSettings(
    @Ctx() ctx: GraphQLContext,
    @Arg('draftId', () => UUIDScalar) draftId: string,
    @Arg('openOnBlock', () => Boolean, { nullable: true }) openOnBlock?: boolean,
    @Arg('slaHours', () => Int, { nullable: true }) slaHours?: number,
  ): Promise<PolicyVersionType> {
    const view = await service(ctx).editDraft(
      draftId,
      actorOf(viewerOf(ctx)),
      'cases.update',
      (doc) => withCaseSettings(doc, { openOnBlock, slaHours }),
    );
    return typed(ctx, view);
  }

  @Authorized('TENANT_ADMIN')
  @Mutation(() => PolicyVersionType, {
    description:
      'Four eyes: approves a draft for a LIVE publish; the approver must neither have created nor last edited it (audited)',
  })
  async approvePolicy(
    @Ctx() ctx: GraphQLContext,
    @Arg('draftId', () => UUIDScalar) draftId: string,
  ): Promise<PolicyVersionType> {
    return typed(ctx, await service(ctx).approve(draftId, actorOf(viewerOf(ctx))));
  }

  @Authorized('TENANT_ADMIN')
  @Mutation(() => PolicyVersionType, {
    description:
      'Makes `mode` score with the version (a draft becomes immutable); refused when the mode moved since it was drafted, or for LIVE without the approval the tenant requires (audited)',
  })
  async publishPolicy(
    @Ctx() ctx: GraphQLContext,
    @Arg('draftId', () => UUIDScalar) draftId: string,
    @Arg('mode', () => ModeEnum) mode: Mode,
    @Arg('note', () => String, { nullable: true }) note?: string,
  ): Promise<PolicyVersionType> {
    return typed(ctx, await service(ctx).publish(draftId, mode, note, actorOf(viewerOf(ctx))));
  }

  @Authorized('TENANT_ADMIN')
  @Mutation(() => PolicyVersionType, {
    description: 'Makes `mode` score with an earlier published version again (audited)',
  })
  async rollbackPolicy(
    @Ctx() ctx: GraphQLContext,
    @Arg('mode', () => ModeEnum) mode: Mode,
    @Arg('toVersion', () => Int) toVersion: number,
  ): Promise<PolicyVersionType> {
    return typed(ctx, await service(ctx).rollback(mode, toVersion, actorOf(viewerOf(ctx))));
  }

  @Authorized('TENANT_ADMIN')
  @Mutation(() => Boolean, {
    description: 'Whether a LIVE publish needs a second administrator’s approval (audited)',
  })
  async updatePolicyApproval(
    @Ctx() ctx: GraphQLContext,
    @Arg('requireApproval', () => Boolean) requireApproval: boolean,
  ): Promise<boolean> {
    await service(ctx).setRequireApproval(requireApproval, actorOf(viewerOf(ctx)));
    return requireApproval;
  }
}

import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { Mode } from '../../domain/modes.js';
import { viewerOf, type GraphQLContext } from '../../graphql/context.js';
import { ModeEnum } from '../../graphql/enums.js';
import { modeFor } from '../../graphql/mode.js';
import { DateTimeScalar, UUIDScalar } from '../../graphql/scalars.js';
import { BacktestService, backtestProgress } from './backtest.service.js';
import { BacktestProgressType, BacktestResultType } from './backtest.type.js';

/** Backtests of policy versions over stored events. */
@Resolver()
export class BacktestResolver {
  @Authorized('TENANT_ADMIN')
  @Mutation(() => BacktestResultType, {
    description:
      'Re-decides the events of `mode` (LIVE by default) that occurred in [from, to) under the version, and under what the mode scores with now; at most 1,000,000 events',
  })
  async backtestPolicy(
    @Ctx() ctx: GraphQLContext,
    @Arg('draftId', () => UUIDScalar, { description: 'A draft or any published version' })
    draftId: string,
    @Arg('from', () => DateTimeScalar) from: Date,
    @Arg('to', () => DateTimeScalar) to: Date,
    @Arg('mode', () => ModeEnum, { nullable: true }) mode?: Mode,
  ): Promise<BacktestResultType> {
    const viewer = viewerOf(ctx);
    const run = await new BacktestService(ctx.em, viewer.tenantId).run(
      draftId,
      modeFor(viewer, mode),
      from,
      to,
    );
    return BacktestResultType.from(run);
  }

  @Authorized('TENANT_ADMIN')
  @Query(() => BacktestProgressType, {
    nullable: true,
    description: "A running backtest's progress on this server; null when none runs",
  })
  backtestProgress(
    @Ctx() ctx: GraphQLContext,
    @Arg('draftId', () => UUIDScalar) draftId: string,
  ): BacktestProgressType | null {
    return backtestProgress(viewerOf(ctx).tenantId, draftId);
  }
}

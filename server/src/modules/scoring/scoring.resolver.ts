import { Arg, Authorized, Ctx, Int, Mutation, Query, Resolver } from 'type-graphql';
import { paginateNewestFirst } from '../../db/pagination.js';
import { ForbiddenError } from '../../domain/errors.js';
import type { Mode } from '../../domain/modes.js';
import { toConnection } from '../../graphql/connection.js';
import { viewerOf, type GraphQLContext } from '../../graphql/context.js';
import { ModeEnum } from '../../graphql/enums.js';
import { modeFor } from '../../graphql/mode.js';
import { UUIDScalar } from '../../graphql/scalars.js';
import { ScoreBatchResultType, ScoreResultType } from './score-result.type.js';
import { ScoredEventEntity } from './scored-event.entity.js';
import { MAX_BATCH, ScoringService } from './scoring.service.js';
import { TransactionFilter, TransactionInput } from './transaction.inputs.js';
import { TransactionConnection, TransactionType } from './transaction.type.js';
import { transactionWhere } from './transaction-filter.js';

const READERS = ['API_KEY', 'TENANT_ADMIN', 'ANALYST', 'COMPLIANCE'] as const;

@Resolver()
export class ScoringResolver {
  @Authorized('API_KEY')
  @Mutation(() => ScoreResultType, {
    description: 'Scores one transaction; the result is committed before it is returned',
  })
  async scoreTransaction(
    @Ctx() ctx: GraphQLContext,
    @Arg('input', () => TransactionInput) input: TransactionInput,
  ): Promise<ScoreResultType> {
    const viewer = viewerOf(ctx);
    if (viewer.kind !== 'API_KEY') throw new ForbiddenError('Scoring needs an API key');
    const outcome = await new ScoringService(ctx.em, viewer.tenantId, viewer.mode, {
      geo: ctx.deps.geo,
    }).scoreTransaction(input);
    return ScoreResultType.from(outcome);
  }

  @Authorized('API_KEY')
  @Mutation(() => ScoreBatchResultType, {
    description: `Scores up to ${MAX_BATCH} transactions in input order, each as if sent alone in that order; a bad item fails alone`,
  })
  async scoreTransactions(
    @Ctx() ctx: GraphQLContext,
    @Arg('inputs', () => [TransactionInput]) inputs: TransactionInput[],
  ): Promise<ScoreBatchResultType> {
    const viewer = viewerOf(ctx);
    if (viewer.kind !== 'API_KEY') throw new ForbiddenError('Scoring needs an API key');
    const items = await new ScoringService(ctx.em, viewer.tenantId, viewer.mode, {
      geo: ctx.deps.geo,
    }).scoreTransactions(inputs);
    return {
      items: items.map((item, index) =>
        item.ok
          ? { index, result: ScoreResultType.from(item.outcome), error: null }
          : {
              index,
              result: null,
              error: {
                code: item.error.code,
                message: item.error.message,
                details: item.error.details ?? null,
              },
            },
      ),
      scored: items.filter((i) => i.ok).length,
      failed: items.filter((i) => !i.ok).length,
    };
  }

  @Authorized(...READERS)
  @Query(() => TransactionType, { description: 'A scored transaction of this tenant and mode' })
  async transaction(
    @Ctx() ctx: GraphQLContext,
    @Arg('id', () => UUIDScalar) id: string,
    @Arg('mode', () => ModeEnum, { nullable: true }) mode?: Mode,
  ): Promise<TransactionType> {
    const viewer = viewerOf(ctx);
    const row = await new ScoringService(
      ctx.em,
      viewer.tenantId,
      modeFor(viewer, mode),
    ).getTransaction(id);
    return TransactionType.from(row);
  }

  @Authorized(...READERS)
  @Query(() => TransactionConnection, { description: 'Scored transactions, newest first' })
  async transactions(
    @Ctx() ctx: GraphQLContext,
    @Arg('filter', () => TransactionFilter, { nullable: true }) filter?: TransactionFilter,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
    @Arg('mode', () => ModeEnum, { nullable: true }) mode?: Mode,
  ): Promise<TransactionConnection> {
    const viewer = viewerOf(ctx);
    const where = transactionWhere(modeFor(viewer, mode), filter ?? {});
    const page = await paginateNewestFirst(ctx.em, ScoredEventEntity, where, { first, after });
    return toConnection(page, TransactionType.from);
  }
}

import DataLoader from 'dataloader';
import {
  Arg,
  Authorized,
  Ctx,
  FieldResolver,
  Float,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { ForbiddenError } from '../../domain/errors.js';
import type { Mode } from '../../domain/modes.js';
import { viewerOf, type GraphQLContext } from '../../graphql/context.js';
import { ModeEnum } from '../../graphql/enums.js';
import { modeFor } from '../../graphql/mode.js';
import { DateTimeScalar } from '../../graphql/scalars.js';
import type { Viewer } from '../auth/viewer.js';
import { TransactionType } from '../scoring/transaction.type.js';
import type { FeedbackEntity } from './feedback.entity.js';
import { FeedbackService, MAX_FEEDBACK_BATCH, type FeedbackAuthor } from './feedback.service.js';
import {
  AnalyticsSummaryType,
  DailyAnalyticsType,
  FeedbackBatchItem,
  FeedbackBatchResultType,
  FeedbackInput,
  FeedbackMetricsType,
  FeedbackObject,
} from './feedback.type.js';
import { DEFAULT_COST_RATIO, MetricsService } from './metrics.service.js';

const REPORTERS = ['API_KEY', 'TENANT_ADMIN', 'ANALYST'] as const;
const METRICS_READERS = ['API_KEY', 'TENANT_ADMIN', 'COMPLIANCE'] as const;
const ANALYTICS_READERS = ['API_KEY', 'TENANT_ADMIN', 'ANALYST', 'COMPLIANCE'] as const;

function authorOf(viewer: Viewer): FeedbackAuthor {
  return viewer.kind === 'API_KEY'
    ? { kind: 'API_KEY', id: viewer.apiKeyId, label: viewer.prefix, mode: viewer.mode }
    : { kind: 'USER', id: viewer.userId, label: viewer.email, mode: null };
}

/** One history loader per request: a page of transactions costs one feedback query. */
const historyLoaders = new WeakMap<GraphQLContext, DataLoader<string, FeedbackEntity[]>>();

function historyLoader(ctx: GraphQLContext): DataLoader<string, FeedbackEntity[]> {
  let loader = historyLoaders.get(ctx);
  if (!loader) {
    const service = new FeedbackService(ctx.em, viewerOf(ctx).tenantId);
    // Batching only: a subscription's context lives long, and must show feedback as it is now.
    loader = new DataLoader(
      async (ids) => {
        const byEvent = await service.history(ids);
        return ids.map((id) => byEvent.get(id) ?? []);
      },
      { cache: false },
    );
    historyLoaders.set(ctx, loader);
  }
  return loader;
}

@Resolver()
export class FeedbackResolver {
  @Authorized(...REPORTERS)
  @Mutation(() => FeedbackObject, {
    description:
      "Reports an outcome on a scored transaction. Idempotent per key within the transaction's mode: the same key and payload return the original; the same key with another payload is a CONFLICT",
  })
  async submitFeedback(
    @Ctx() ctx: GraphQLContext,
    @Arg('input', () => FeedbackInput) input: FeedbackInput,
    @Arg('idempotencyKey', () => String) idempotencyKey: string,
  ): Promise<FeedbackObject> {
    const viewer = viewerOf(ctx);
    const { feedback } = await new FeedbackService(ctx.em, viewer.tenantId).submit(
      input,
      idempotencyKey,
      authorOf(viewer),
    );
    return FeedbackObject.from(feedback);
  }

  @Authorized(...REPORTERS)
  @Mutation(() => FeedbackBatchResultType, {
    description: `Up to ${MAX_FEEDBACK_BATCH} feedback items, each with its own idempotency key; one bad item fails alone`,
  })
  async submitFeedbackBatch(
    @Ctx() ctx: GraphQLContext,
    @Arg('items', () => [FeedbackBatchItem]) items: FeedbackBatchItem[],
  ): Promise<FeedbackBatchResultType> {
    const viewer = viewerOf(ctx);
    const outcomes = await new FeedbackService(ctx.em, viewer.tenantId).submitBatch(
      items,
      authorOf(viewer),
    );
    return {
      items: outcomes.map((o, index) =>
        o.status === 'FAILED'
          ? {
              index,
              status: o.status,
              feedback: null,
              error: {
                code: o.error.code,
                message: o.error.message,
                details: o.error.details ?? null,
              },
            }
          : { index, status: o.status, feedback: FeedbackObject.from(o.feedback), error: null },
      ),
      created: outcomes.filter((o) => o.status === 'CREATED').length,
      replayed: outcomes.filter((o) => o.status === 'REPLAYED').length,
      failed: outcomes.filter((o) => o.status === 'FAILED').length,
    };
  }

  @Authorized(...METRICS_READERS)
  @Query(() => FeedbackMetricsType, {
    description:
      'Approval, override and false-positive rates, the recommended REVIEW threshold, score drift and distribution and a daily series over one mode in [from, to) (at most a year). Console users choose the mode (LIVE by default); API keys read LIVE metrics with a LIVE key',
  })
  async feedbackMetrics(
    @Ctx() ctx: GraphQLContext,
    @Arg('from', () => DateTimeScalar) from: Date,
    @Arg('to', () => DateTimeScalar) to: Date,
    @Arg('costRatio', () => Float, {
      nullable: true,
      description: `Cost of a missed fraud in false alarms (default ${DEFAULT_COST_RATIO})`,
    })
    costRatio?: number | null,
    @Arg('mode', () => ModeEnum, { nullable: true, description: 'LIVE by default' })
    mode?: Mode | null,
  ): Promise<FeedbackMetricsType> {
    const viewer = viewerOf(ctx);
    // Integrators reconcile metrics against real traffic: a TEST key has none to reconcile.
    if (viewer.kind === 'API_KEY' && viewer.mode !== 'LIVE') {
      throw new ForbiddenError('API keys read LIVE metrics only: use a LIVE key');
    }
    const metrics = await new MetricsService(ctx.em, viewer.tenantId).feedbackMetrics(from, to, {
      mode: modeFor(viewer, mode),
      costRatio: costRatio ?? DEFAULT_COST_RATIO,
    });
    return FeedbackMetricsType.from(metrics);
  }

  @Authorized(...ANALYTICS_READERS)
  @Query(() => AnalyticsSummaryType, {
    description: 'Volume, decisions, fraud and a daily series over the last 24h, 7d, 30d or 90d',
  })
  async analyticsSummary(
    @Ctx() ctx: GraphQLContext,
    @Arg('period', () => String, { description: '24h, 7d, 30d or 90d' }) period: string,
    @Arg('mode', () => ModeEnum, { nullable: true }) mode?: Mode,
  ): Promise<AnalyticsSummaryType> {
    const viewer = viewerOf(ctx);
    const summary = await new MetricsService(ctx.em, viewer.tenantId).analyticsSummary(
      period,
      modeFor(viewer, mode),
    );
    return AnalyticsSummaryType.from(summary);
  }
}

@Resolver(() => TransactionType)
export class TransactionFeedbackResolver {
  @FieldResolver(() => [FeedbackObject], {
    description: 'Feedback on this transaction, newest first',
  })
  async feedback(
    @Root() transaction: TransactionType,
    @Ctx() ctx: GraphQLContext,
  ): Promise<FeedbackObject[]> {
    const rows = await historyLoader(ctx).load(transaction.id);
    return rows.map(FeedbackObject.from);
  }
}

/** The daily series of a metrics window: its own query, run only when a request selects it. */
@Resolver(() => FeedbackMetricsType)
export class FeedbackMetricsFieldsResolver {
  @FieldResolver(() => [DailyAnalyticsType], {
    description: 'One point per UTC day of [from, to), oldest first; computed only when selected',
  })
  async daily(
    @Root() metrics: FeedbackMetricsType,
    @Ctx() ctx: GraphQLContext,
  ): Promise<DailyAnalyticsType[]> {
    return new MetricsService(ctx.em, viewerOf(ctx).tenantId).daily(
      metrics.from,
      metrics.to,
      metrics.mode,
    );
  }
}

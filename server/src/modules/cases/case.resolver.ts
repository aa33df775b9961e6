import {
  Arg,
  Authorized,
  Ctx,
  FieldResolver,
  Int,
  Mutation,
  Query,
  Resolver,
  Root,
  Subscription,
} from 'type-graphql';
import type { AnalystLabel, Confidence } from '../../domain/feedback.js';
import { ForbiddenError } from '../../domain/errors.js';
import type { Mode } from '../../domain/modes.js';
import { toConnection } from '../../graphql/connection.js';
import { viewerOf, type GraphQLContext } from '../../graphql/context.js';
import { AnalystLabelEnum, ConfidenceEnum, ModeEnum } from '../../graphql/enums.js';
import { modeFor } from '../../graphql/mode.js';
import { UUIDScalar } from '../../graphql/scalars.js';
import { isPermitted, mayCallRootField, type Viewer } from '../auth/viewer.js';
import { whileSessionHolds } from '../../graphql/session-guard.js';
import { CustomerType } from '../customers/customer.type.js';
import { TransactionType } from '../scoring/transaction.type.js';
import { CaseLoaders } from './case.loaders.js';
import type { QueueEvent } from './case.events.js';
import { CaseService, type CaseActor } from './case.service.js';
import {
  CaseConnection,
  CaseTimelineEntryType,
  CaseType,
  CaseUserType,
  LinkedEntityType,
  ReviewQueueEventType,
  ReviewQueueFilter,
} from './case.type.js';

const WORKERS = ['ANALYST', 'TENANT_ADMIN'] as const;
const READERS = ['ANALYST', 'TENANT_ADMIN', 'COMPLIANCE'] as const;

function actorOf(viewer: Viewer): CaseActor {
  if (viewer.kind !== 'USER') throw new ForbiddenError('Cases are worked by console users');
  return { userId: viewer.userId, email: viewer.email };
}

/** One set of loaders per request (or subscription) and mode. */
const loaderSets = new WeakMap<GraphQLContext, Map<Mode, CaseLoaders>>();

function loaders(ctx: GraphQLContext, mode: Mode): CaseLoaders {
  let byMode = loaderSets.get(ctx);
  if (!byMode) loaderSets.set(ctx, (byMode = new Map()));
  let set = byMode.get(mode);
  if (!set) byMode.set(mode, (set = new CaseLoaders(ctx.em, viewerOf(ctx).tenantId, mode)));
  return set;
}

function assertQueueReader(viewer: Viewer): void {
  if (
    viewer.kind !== 'USER' ||
    !isPermitted(viewer, READERS) ||
    !mayCallRootField(viewer, 'reviewQueue')
  ) {
    throw new ForbiddenError('The review queue is for analysts, admins and compliance');
  }
}

@Resolver()
export class CaseResolver {
  @Authorized(...READERS)
  @Query(() => CaseConnection, {
    description: 'Review cases by priority, then oldest first (open and in review by default)',
  })
  async reviewQueue(
    @Ctx() ctx: GraphQLContext,
    @Arg('filter', () => ReviewQueueFilter, { nullable: true }) filter?: ReviewQueueFilter,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
    @Arg('mode', () => ModeEnum, { nullable: true }) mode?: Mode,
  ): Promise<CaseConnection> {
    const viewer = viewerOf(ctx);
    const page = await new CaseService(ctx.em, viewer.tenantId, modeFor(viewer, mode)).queue(
      filter ?? {},
      viewer.kind === 'USER' ? viewer.userId : null,
      { first, after },
    );
    return toConnection(page, CaseType.from);
  }

  @Authorized(...READERS)
  @Query(() => CaseType, { description: 'A case with its transaction, customer and links' })
  async case(
    @Ctx() ctx: GraphQLContext,
    @Arg('id', () => UUIDScalar) id: string,
    @Arg('mode', () => ModeEnum, { nullable: true }) mode?: Mode,
  ): Promise<CaseType> {
    const viewer = viewerOf(ctx);
    return CaseType.from(
      await new CaseService(ctx.em, viewer.tenantId, modeFor(viewer, mode)).get(id),
    );
  }

  @Authorized(...WORKERS)
  @Mutation(() => CaseType, {
    description:
      'Claims a case (for yourself unless userId is given); a case someone else holds is a CONFLICT',
  })
  async assignCase(
    @Ctx() ctx: GraphQLContext,
    @Arg('caseId', () => UUIDScalar) caseId: string,
    @Arg('userId', () => UUIDScalar, { nullable: true }) userId?: string,
    @Arg('mode', () => ModeEnum, { nullable: true }) mode?: Mode,
  ): Promise<CaseType> {
    const viewer = viewerOf(ctx);
    const service = new CaseService(ctx.em, viewer.tenantId, modeFor(viewer, mode));
    return CaseType.from(await service.assign(caseId, actorOf(viewer), userId));
  }

  @Authorized(...WORKERS)
  @Mutation(() => CaseType, { description: 'Puts a case back in the open queue' })
  async unassignCase(
    @Ctx() ctx: GraphQLContext,
    @Arg('caseId', () => UUIDScalar) caseId: string,
    @Arg('mode', () => ModeEnum, { nullable: true }) mode?: Mode,
  ): Promise<CaseType> {
    const viewer = viewerOf(ctx);
    const service = new CaseService(ctx.em, viewer.tenantId, modeFor(viewer, mode));
    return CaseType.from(await service.unassign(caseId, actorOf(viewer)));
  }

  @Authorized(...WORKERS)
  @Mutation(() => CaseType, {
    description:
      'Labels the transaction (an ANALYST_LABEL feedback) and resolves the case, atomically',
  })
  async resolveCase(
    @Ctx() ctx: GraphQLContext,
    @Arg('caseId', () => UUIDScalar) caseId: string,
    @Arg('label', () => AnalystLabelEnum) label: AnalystLabel,
    @Arg('confidence', () => ConfidenceEnum) confidence: Confidence,
    @Arg('note', () => String, { nullable: true }) note?: string,
    @Arg('mode', () => ModeEnum, { nullable: true }) mode?: Mode,
  ): Promise<CaseType> {
    const viewer = viewerOf(ctx);
    const service = new CaseService(ctx.em, viewer.tenantId, modeFor(viewer, mode));
    return CaseType.from(
      await service.resolve(caseId, { label, confidence, note: note ?? null }, actorOf(viewer)),
    );
  }

  @Authorized(...WORKERS)
  @Mutation(() => CaseType, { description: "Adds a note to a case's timeline" })
  async addCaseNote(
    @Ctx() ctx: GraphQLContext,
    @Arg('caseId', () => UUIDScalar) caseId: string,
    @Arg('note', () => String) note: string,
    @Arg('mode', () => ModeEnum, { nullable: true }) mode?: Mode,
  ): Promise<CaseType> {
    const viewer = viewerOf(ctx);
    const service = new CaseService(ctx.em, viewer.tenantId, modeFor(viewer, mode));
    return CaseType.from(await service.addNote(caseId, note, actorOf(viewer)));
  }

  @Subscription(() => ReviewQueueEventType, {
    name: 'reviewQueue',
    description:
      "Cases opened, updated (assigned, note) and resolved in this tenant's queue, as they commit (console users, over graphql-ws)",
    subscribe: ({ context, args }) => {
      const ctx = context as GraphQLContext;
      const viewer = viewerOf(ctx);
      assertQueueReader(viewer);
      const bus = ctx.deps.cases;
      if (!bus) throw new Error('case events are not available');
      const mode = modeFor(viewer, (args as { mode?: Mode }).mode);
      // Ends when the user is disabled, loses a reading role, has sessions revoked, or the
      // token expires.
      return whileSessionHolds(
        ctx,
        (signal) => bus.subscribe(viewer.tenantId, mode, signal),
        assertQueueReader,
      );
    },
  })
  reviewQueueEvents(
    @Root() event: QueueEvent,
    @Arg('mode', () => ModeEnum, { nullable: true }) _mode?: Mode,
    @Ctx() ctx?: GraphQLContext,
  ): ReviewQueueEventType {
    // The subscription's context lives as long as it does: start each event from a clean
    // identity map, so nothing stale is merged and memory does not grow.
    ctx?.em.clear();
    return { type: event.type, case: CaseType.from(event.case) };
  }
}

@Resolver(() => CaseType)
export class CaseFieldsResolver {
  @FieldResolver(() => TransactionType, { description: 'The transaction with its explanation' })
  async transaction(@Root() c: CaseType, @Ctx() ctx: GraphQLContext): Promise<TransactionType> {
    const row = await loaders(ctx, c.mode).events.load(c.transactionId);
    if (!row) throw new Error(`case ${c.id} lost its transaction`);
    return TransactionType.from(row);
  }

  @FieldResolver(() => CustomerType, { nullable: true, description: 'The customer and profile' })
  async customer(@Root() c: CaseType, @Ctx() ctx: GraphQLContext): Promise<CustomerType | null> {
    const row = await loaders(ctx, c.mode).customers.load(c.userId);
    return row ? CustomerType.from(row) : null;
  }

  @FieldResolver(() => [TransactionType], {
    description: "The customer's latest transactions besides this one, newest first",
  })
  async recentEvents(@Root() c: CaseType, @Ctx() ctx: GraphQLContext): Promise<TransactionType[]> {
    const rows = await loaders(ctx, c.mode).recent.load({
      userId: c.userId,
      exclude: c.transactionId,
    });
    return rows.map(TransactionType.from);
  }

  @FieldResolver(() => [LinkedEntityType], {
    description:
      'Other customers sharing the device, IP, e-mail, phone or recipient, from 30 days before the transaction until now',
  })
  async linkedEntities(
    @Root() c: CaseType,
    @Ctx() ctx: GraphQLContext,
  ): Promise<LinkedEntityType[]> {
    const rows = await loaders(ctx, c.mode).linked.load(c.transactionId);
    return rows.map(LinkedEntityType.from);
  }

  @FieldResolver(() => CaseUserType, { nullable: true })
  async assignee(@Root() c: CaseType, @Ctx() ctx: GraphQLContext): Promise<CaseUserType | null> {
    if (!c.assigneeId) return null;
    const user = await loaders(ctx, c.mode).users.load(c.assigneeId);
    return user ? { id: user.id, email: user.email } : null;
  }

  @FieldResolver(() => [CaseTimelineEntryType], {
    description: 'Every change, oldest first, starting with the opening',
  })
  async timeline(
    @Root() c: CaseType,
    @Ctx() ctx: GraphQLContext,
  ): Promise<CaseTimelineEntryType[]> {
    const rows = await loaders(ctx, c.mode).timelines.load(c.id);
    const opened = Object.assign(new CaseTimelineEntryType(), {
      type: 'OPENED' as const,
      actor: 'system',
      note: null,
      data: { decision: c.decision, riskScore: c.riskScore, priority: c.priority },
      at: c.createdAt,
    });
    return [opened, ...rows.map(CaseTimelineEntryType.from)];
  }
}

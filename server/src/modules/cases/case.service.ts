import type { EntityManager } from '@mikro-orm/postgresql';
import { query } from '../../db/executor.js';
import { CASE_CHANNEL, WEBHOOK_CHANNEL, notify, type CaseNotice } from '../../db/notifier.js';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, type Page, type PageArgs } from '../../db/pagination.js';
import { type CasePriority, type CaseStatus, type QueueEventType } from '../../domain/cases.js';
import { BadUserInputError, ConflictError, NotFoundError } from '../../domain/errors.js';
import type { AnalystLabel, Confidence } from '../../domain/feedback.js';
import type { Mode } from '../../domain/modes.js';
import type { Decision } from '../../engine/types.js';
import { FeedbackService, RESERVED_KEY_PREFIX } from '../feedback/feedback.service.js';
import { UserEntity } from '../users/user.entity.js';
import { DELIVER, hookEvent } from '../webhooks/webhook.store.js';
import { CaseEventEntity, ReviewCaseEntity } from './case.entity.js';
import {
  ASSIGN,
  LOCK_FOR_RESOLUTION,
  RECORD_EVENT,
  RESOLVE,
  STATE,
  TOUCH,
  UNASSIGN,
} from './case.store.js';

export type AssigneeFilter = 'ME' | 'UNASSIGNED' | 'ANYONE';

export interface QueueFilter {
  status?: CaseStatus[] | null;
  assignee?: AssigneeFilter | null;
  priority?: CasePriority[] | null;
  minScore?: number | null;
  decision?: Decision[] | null;
  /** Only cases opened at least this many minutes ago. */
  olderThanMinutes?: number | null;
}

/** Who acts on a case: a console user. */
export interface CaseActor {
  userId: string;
  email: string;
}

interface QueueCursor {
  rank: number;
  createdAt: Date;
  id: string;
}

function encodeQueueCursor(c: ReviewCaseEntity): string {
  return Buffer.from(JSON.stringify([c.priorityRank, c.createdAt.toISOString(), c.id])).toString(
    'base64url',
  );
}

function decodeQueueCursor(cursor: string): QueueCursor {
  try {
    const [rank, iso, id] = JSON.parse(
      Buffer.from(cursor, 'base64url').toString('utf8'),
    ) as unknown[];
    const createdAt = new Date(String(iso));
    if (
      typeof rank !== 'number' ||
      !Number.isInteger(rank) ||
      typeof id !== 'string' ||
      !/^[0-9a-f-]{36}$/i.test(id) ||
      Number.isNaN(createdAt.getTime())
    )
      throw new Error('shape');
    return { rank, createdAt, id };
  } catch {
    throw new BadUserInputError([
      { field: 'after', message: 'is not a cursor returned by this list' },
    ]);
  }
}

/** Review cases of one tenant and mode; `em` must carry the tenant filter. */
export class CaseService {
  constructor(
    private readonly em: EntityManager,
    private readonly tenantId: string,
    private readonly mode: Mode,
  ) {}

  /** The queue: by priority, then oldest first; open and in-review cases unless told. */
  async queue(
    filter: QueueFilter,
    viewerId: string | null,
    { first, after }: PageArgs,
  ): Promise<Page<ReviewCaseEntity>> {
    const size = first ?? DEFAULT_PAGE_SIZE;
    const problems: { field: string; message: string }[] = [];
    if (!Number.isInteger(size) || size < 1 || size > MAX_PAGE_SIZE)
      problems.push({ field: 'first', message: `must be an integer from 1 to ${MAX_PAGE_SIZE}` });
    if (filter.minScore != null && (filter.minScore < 0 || filter.minScore > 100))
      problems.push({ field: 'filter.minScore', message: 'must be from 0 to 100' });
    if (filter.olderThanMinutes != null && filter.olderThanMinutes < 0)
      problems.push({ field: 'filter.olderThanMinutes', message: 'must not be negative' });
    if (filter.assignee === 'ME' && !viewerId)
      problems.push({ field: 'filter.assignee', message: 'ME needs a console user' });
    if (problems.length) throw new BadUserInputError(problems);

    const where: Record<string, unknown>[] = [
      { mode: this.mode },
      { status: { $in: filter.status?.length ? filter.status : ['OPEN', 'IN_REVIEW'] } },
    ];
    if (filter.assignee === 'ME') where.push({ assigneeId: viewerId });
    if (filter.assignee === 'UNASSIGNED') where.push({ assigneeId: null });
    if (filter.priority?.length) where.push({ priority: { $in: filter.priority } });
    if (filter.decision?.length) where.push({ decision: { $in: filter.decision } });
    if (filter.minScore != null) where.push({ riskScore: { $gte: filter.minScore } });
    if (filter.olderThanMinutes != null)
      where.push({ createdAt: { $lte: new Date(Date.now() - filter.olderThanMinutes * 60_000) } });
    const base = { $and: where };
    let page = base;
    if (after) {
      const c = decodeQueueCursor(after);
      page = {
        $and: [
          ...where,
          {
            $or: [
              { priorityRank: { $gt: c.rank } },
              { priorityRank: c.rank, createdAt: { $gt: c.createdAt } },
              { priorityRank: c.rank, createdAt: c.createdAt, id: { $gt: c.id } },
            ],
          },
        ],
      };
    }
    const [rows, totalCount] = await Promise.all([
      this.em.find(ReviewCaseEntity, page as never, {
        orderBy: { priorityRank: 'asc', createdAt: 'asc', id: 'asc' },
        limit: size + 1,
      }),
      this.em.count(ReviewCaseEntity, base as never),
    ]);
    const nodes = rows.slice(0, size);
    return {
      nodes,
      cursors: nodes.map(encodeQueueCursor),
      hasNextPage: rows.length > size,
      endCursor: nodes.length ? encodeQueueCursor(nodes.at(-1)!) : null,
      totalCount,
    };
  }

  async get(id: string): Promise<ReviewCaseEntity> {
    const found = await this.em.findOne(ReviewCaseEntity, { id, mode: this.mode });
    if (!found) throw new NotFoundError('Case');
    return found;
  }

  /**
   * Claims a case for `assignee` (the actor by default). Of two concurrent claims exactly one
   * wins; the other, like a claim of a case someone else holds or of a resolved case, is a
   * CONFLICT.
   */
  async assign(
    caseId: string,
    actor: CaseActor,
    assigneeId?: string | null,
  ): Promise<ReviewCaseEntity> {
    const target = assigneeId ?? actor.userId;
    const user = await this.em.findOne(UserEntity, { id: target });
    if (!user || user.disabledAt) throw new NotFoundError('User');
    if (!['ANALYST', 'TENANT_ADMIN'].includes(user.role)) {
      throw new BadUserInputError([
        { field: 'userId', message: 'cases can be assigned to analysts and tenant admins only' },
      ]);
    }
    return this.change(caseId, 'CASE_UPDATED', async (em) => {
      const [row] = await query<{ id: string }>(em, ASSIGN, {
        user: target,
        tenant: this.tenantId,
        mode: this.mode,
        id: caseId,
      });
      if (!row) await this.explainRefusal(em, caseId);
      await this.record(em, caseId, 'ASSIGNED', actor, null, {
        assigneeId: target,
        assignee: user.email,
      });
    });
  }

  /** Puts a case back in the open queue. */
  async unassign(caseId: string, actor: CaseActor): Promise<ReviewCaseEntity> {
    return this.change(caseId, 'CASE_UPDATED', async (em) => {
      const [row] = await query<{ id: string }>(em, UNASSIGN, {
        tenant: this.tenantId,
        mode: this.mode,
        id: caseId,
      });
      if (!row) await this.explainRefusal(em, caseId);
      await this.record(em, caseId, 'UNASSIGNED', actor, null, null);
    });
  }

  async addNote(caseId: string, note: string, actor: CaseActor): Promise<ReviewCaseEntity> {
    const text = note.trim();
    if (!text || text.length > 2000) {
      throw new BadUserInputError([{ field: 'note', message: 'must be 1 to 2000 characters' }]);
    }
    return this.change(caseId, 'CASE_UPDATED', async (em) => {
      const [row] = await query<{ id: string }>(em, TOUCH, {
        tenant: this.tenantId,
        mode: this.mode,
        id: caseId,
      });
      if (!row) throw new NotFoundError('Case');
      await this.record(em, caseId, 'NOTE', actor, text, null);
    });
  }

  /**
   * Resolves a case with an analyst's label: writes the ANALYST_LABEL feedback (idempotency key
   * `case:<id>:resolution` in the case's mode) and closes the case in one transaction. Resolving
   * a resolved case is a CONFLICT.
   */
  async resolve(
    caseId: string,
    resolution: { label: AnalystLabel; confidence: Confidence; note?: string | null },
    actor: CaseActor,
  ): Promise<ReviewCaseEntity> {
    return this.change(caseId, 'CASE_RESOLVED', async (em) => {
      const [locked] = await query<{ status: CaseStatus; event_id: string }>(
        em,
        LOCK_FOR_RESOLUTION,
        { tenant: this.tenantId, mode: this.mode, id: caseId },
      );
      if (!locked) throw new NotFoundError('Case');
      if (locked.status === 'RESOLVED') throw new ConflictError('Case is already resolved');
      const { feedback } = await new FeedbackService(em, this.tenantId).submit(
        {
          transactionId: locked.event_id,
          feedbackType: 'ANALYST_LABEL',
          analystLabel: resolution.label,
          confidence: resolution.confidence,
          notes: resolution.note ?? null,
        },
        `${RESERVED_KEY_PREFIX}${caseId}:resolution`,
        { kind: 'USER', id: actor.userId, label: actor.email, mode: this.mode },
        { internal: true },
      );
      await query(em, RESOLVE, {
        label: resolution.label,
        confidence: resolution.confidence,
        note: resolution.note ?? null,
        user: actor.userId,
        email: actor.email,
        feedback: feedback.id,
        tenant: this.tenantId,
        id: caseId,
      });
      await this.record(em, caseId, 'RESOLVED', actor, resolution.note ?? null, {
        label: resolution.label,
        confidence: resolution.confidence,
      });
      const [hooks] = await query<{ n: number }>(em, DELIVER, {
        tenant: this.tenantId,
        mode: this.mode,
        hooks: JSON.stringify([
          hookEvent('case.resolved', {
            caseId,
            transactionId: locked.event_id,
            mode: this.mode,
            label: resolution.label,
            confidence: resolution.confidence,
            resolvedBy: actor.email,
          }),
        ]),
      });
      if ((hooks?.n ?? 0) > 0) {
        const wake = notify(WEBHOOK_CHANNEL, '');
        await query(em, wake.sql, wake.values);
      }
    });
  }

  /** Timeline entries of cases, oldest first. */
  async timelines(caseIds: readonly string[]): Promise<Map<string, CaseEventEntity[]>> {
    const rows = caseIds.length
      ? await this.em.find(
          CaseEventEntity,
          { caseId: { $in: [...caseIds] } },
          { orderBy: { createdAt: 'asc', id: 'asc' } },
        )
      : [];
    const byCase = new Map<string, CaseEventEntity[]>(caseIds.map((id) => [id, []]));
    for (const row of rows) byCase.get(row.caseId)?.push(row);
    return byCase;
  }

  /** Runs a change in a transaction that also announces it (delivered on commit). */
  private async change(
    caseId: string,
    type: QueueEventType,
    work: (em: EntityManager) => Promise<void>,
  ): Promise<ReviewCaseEntity> {
    if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(caseId))
      throw new NotFoundError('Case');
    await this.em.transactional(async (tx) => {
      const em = tx as EntityManager;
      await work(em);
      const notice: CaseNotice = { type, tenantId: this.tenantId, mode: this.mode, caseId };
      const announce = notify(CASE_CHANNEL, notice);
      await query(em, announce.sql, announce.values);
    });
    return this.em.findOneOrFail(ReviewCaseEntity, { id: caseId }, { refresh: true });
  }

  private async explainRefusal(em: EntityManager, caseId: string): Promise<never> {
    const [row] = await query<{ status: CaseStatus; assignee: string | null }>(em, STATE, {
      tenant: this.tenantId,
      mode: this.mode,
      id: caseId,
    });
    if (!row) throw new NotFoundError('Case');
    if (row.status === 'RESOLVED') throw new ConflictError('Case is already resolved');
    throw new ConflictError(`Case is already assigned to ${row.assignee ?? 'someone else'}`);
  }

  private async record(
    em: EntityManager,
    caseId: string,
    type: CaseEventEntity['type'],
    actor: CaseActor,
    note: string | null,
    data: Record<string, unknown> | null,
  ): Promise<void> {
    await query(em, RECORD_EVENT, {
      tenant: this.tenantId,
      case: caseId,
      type,
      actor: actor.userId,
      label: actor.email,
      note,
      data: data ? JSON.stringify(data) : null,
    });
  }
}

import { createHash } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { z } from 'zod';
import { query } from '../../db/executor.js';
import { AppError, BadUserInputError, ConflictError, NotFoundError } from '../../domain/errors.js';
import {
  ANALYST_LABELS,
  CONFIDENCES,
  FEEDBACK_TYPES,
  TENANT_ACTIONS,
  type AnalystLabel,
  type AuthorKind,
  type Confidence,
  type FeedbackType,
  type TenantAction,
} from '../../domain/feedback.js';
import type { Mode } from '../../domain/modes.js';
import {
  applyFraudEvidence,
  chargebackReports,
  insertFeedback,
  lockTransaction,
  transactionMode,
  type EventRow,
} from './feedback.store.js';
import { MAX_FREE_TEXT_LENGTH, MAX_IDENTIFIER_LENGTH } from '../../domain/strings.js';
import { parseInput, storableString } from '../../domain/validation.js';
import { FeedbackEntity } from './feedback.entity.js';
import { ADJUST_COUNTERS } from '../customers/customer.store.js';

/** Idempotency keys Warden writes itself (resolveCase); clients may not use them. */
export const RESERVED_KEY_PREFIX = 'case:';

/** Largest `submitFeedbackBatch`. */
export const MAX_FEEDBACK_BATCH = 100;

export interface FeedbackInputData {
  transactionId: string;
  feedbackType: FeedbackType;
  tenantAction?: TenantAction | null;
  analystLabel?: AnalystLabel | null;
  confidence?: Confidence | null;
  notes?: string | null;
  occurredAt?: Date | null;
}

/** Who reports: an integrator's key (limited to its mode) or a console user (any mode). */
export interface FeedbackAuthor {
  kind: AuthorKind;
  id: string;
  label: string;
  /**
   * The only mode the author may report in (an API key's, or a case's for its resolution): it
   * also scopes the idempotency key. Null for a console user: the transaction's mode does.
   */
  mode: Mode | null;
}

export type FeedbackOutcome =
  | { status: 'CREATED' | 'REPLAYED'; feedback: FeedbackEntity }
  | { status: 'FAILED'; error: AppError };

const EARLIEST = Date.parse('2000-01-01T00:00:00Z');
const FUTURE_SLACK_MS = 5 * 60_000;

const enumOf = <T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { errorMap: () => ({ message: `must be one of ${values.join(', ')}` }) });

const keySchema = z
  .string({ invalid_type_error: 'must be a string', required_error: 'is required' })
  .min(1, 'must not be empty')
  .max(MAX_IDENTIFIER_LENGTH, `must be at most ${MAX_IDENTIFIER_LENGTH} characters`)
  .superRefine(storableString(Infinity, 'identifier'));

const inputSchema = z
  .object({
    transactionId: z.string().uuid('must be a UUID'),
    feedbackType: enumOf(FEEDBACK_TYPES),
    tenantAction: enumOf(TENANT_ACTIONS).nullish(),
    analystLabel: enumOf(ANALYST_LABELS).nullish(),
    confidence: enumOf(CONFIDENCES).nullish(),
    notes: z.string().superRefine(storableString(MAX_FREE_TEXT_LENGTH, 'freeText')).nullish(),
    occurredAt: z
      .date({ invalid_type_error: 'must be a date-time' })
      .refine((d) => d.getTime() >= EARLIEST, 'must not be before 2000-01-01')
      .refine((d) => d.getTime() <= Date.now() + FUTURE_SLACK_MS, 'must not be in the future')
      .nullish(),
  })
  .superRefine((v, ctx) => {
    const need = (field: 'tenantAction' | 'analystLabel' | 'confidence') => {
      if (v[field] == null)
        ctx.addIssue({
          code: 'custom',
          path: [field],
          message: `is required when feedbackType is ${v.feedbackType}`,
        });
    };
    const refuse = (field: 'tenantAction' | 'analystLabel' | 'confidence') => {
      if (v[field] != null)
        ctx.addIssue({
          code: 'custom',
          path: [field],
          message: `is only for ${field === 'tenantAction' ? 'TENANT_ACTION' : 'ANALYST_LABEL'} feedback`,
        });
    };
    if (v.feedbackType === 'TENANT_ACTION') {
      need('tenantAction');
      refuse('analystLabel');
      refuse('confidence');
    } else if (v.feedbackType === 'ANALYST_LABEL') {
      need('analystLabel');
      need('confidence');
      refuse('tenantAction');
    }
  });

type ValidInput = z.output<typeof inputSchema>;

/** The canonical payload a key is bound to; `occurredAt` only when the caller gave it. */
function payloadHash(v: ValidInput): string {
  const canonical = JSON.stringify([
    v.transactionId.toLowerCase(),
    v.feedbackType,
    v.tenantAction ?? null,
    v.analystLabel ?? null,
    v.confidence ?? null,
    v.notes ?? null,
    v.occurredAt ? v.occurredAt.toISOString() : null,
  ]);
  return createHash('sha256').update(canonical).digest('hex');
}

/**
 * Feedback of one tenant: integrators' outcomes and analysts' labels, idempotent per mode and
 * key (a TEST key's retry never sees or blocks LIVE feedback with the same key), and
 * the fraud evidence they imply (a TRUE_FRAUD label or a chargeback confirms fraud; a later FALSE_POSITIVE or LEGITIMATE label clears it). `em` must carry the tenant filter.
 */
export class FeedbackService {
  constructor(
    private readonly em: EntityManager,
    private readonly tenantId: string,
  ) {}

  /**
   * Submits one feedback; its problems are thrown. Keys starting with `case:` are Warden's own
   * (case resolutions): only `internal` callers may use them.
   */
  async submit(
    raw: FeedbackInputData,
    idempotencyKey: string,
    author: FeedbackAuthor,
    { internal = false }: { internal?: boolean } = {},
  ): Promise<{ feedback: FeedbackEntity; replayed: boolean }> {
    const outcome = await this.submitOne(
      raw,
      idempotencyKey,
      author,
      'input',
      'idempotencyKey',
      internal,
    );
    if (outcome.status === 'FAILED') throw outcome.error;
    return { feedback: outcome.feedback, replayed: outcome.status === 'REPLAYED' };
  }

  /** Up to {@link MAX_FEEDBACK_BATCH} items, each with its own key; one bad item fails alone. */
  async submitBatch(
    items: readonly (FeedbackInputData & { idempotencyKey: string })[],
    author: FeedbackAuthor,
  ): Promise<FeedbackOutcome[]> {
    if (items.length > MAX_FEEDBACK_BATCH) {
      throw new BadUserInputError([
        { field: 'items', message: `at most ${MAX_FEEDBACK_BATCH} items per call` },
      ]);
    }
    const outcomes: FeedbackOutcome[] = [];
    for (const [index, { idempotencyKey, ...input }] of items.entries()) {
      outcomes.push(
        await this.submitOne(
          input,
          idempotencyKey,
          author,
          `items.${index}`,
          `items.${index}.idempotencyKey`,
        ),
      );
    }
    return outcomes;
  }

  /** Feedback on one transaction, newest first. */
  async history(eventIds: readonly string[]): Promise<Map<string, FeedbackEntity[]>> {
    const rows = eventIds.length
      ? await this.em.find(
          FeedbackEntity,
          { eventId: { $in: [...eventIds] } },
          { orderBy: { createdAt: 'desc', id: 'desc' } },
        )
      : [];
    const byEvent = new Map<string, FeedbackEntity[]>(eventIds.map((id) => [id, []]));
    for (const row of rows) byEvent.get(row.eventId)?.push(row);
    return byEvent;
  }

  private async submitOne(
    raw: FeedbackInputData,
    idempotencyKey: string,
    author: FeedbackAuthor,
    root: string,
    keyField: string,
    internal = false,
  ): Promise<FeedbackOutcome> {
    try {
      const problems: { field: string; message: string }[] = [];
      const key = keySchema.safeParse(idempotencyKey);
      if (!key.success) problems.push({ field: keyField, message: key.error.issues[0]!.message });
      else if (!internal && key.data.startsWith(RESERVED_KEY_PREFIX))
        problems.push({
          field: keyField,
          message: `keys starting with "${RESERVED_KEY_PREFIX}" are reserved for case resolutions`,
        });
      let input: ValidInput | undefined;
      try {
        input = parseInput(inputSchema, raw, root);
      } catch (error) {
        if (!(error instanceof BadUserInputError)) throw error;
        problems.push(...(error.details ?? []));
      }
      if (problems.length || !input || !key.success) throw new BadUserInputError(problems);
      return await this.store(input, key.data, author, root);
    } catch (error) {
      if (error instanceof AppError) return { status: 'FAILED', error };
      throw error;
    }
  }

  private async store(
    input: ValidInput,
    idempotencyKey: string,
    author: FeedbackAuthor,
    root: string,
  ): Promise<FeedbackOutcome> {
    const hash = payloadHash(input);
    const mode = author.mode ?? (await this.modeOf(input.transactionId));
    if (!mode) throw new NotFoundError('Transaction');
    const existing = await this.byKey(mode, idempotencyKey);
    if (existing) return this.replay(existing, hash);

    return this.em.transactional(async (em) => {
      const tx = em as EntityManager;
      const event = await lockTransaction(tx, this.tenantId, input.transactionId, mode);
      if (!event) throw new NotFoundError('Transaction');
      const occurredAt = input.occurredAt ?? new Date();
      if (input.occurredAt && input.occurredAt.getTime() < new Date(event.occurred_at).getTime()) {
        throw new BadUserInputError([
          {
            field: `${root}.occurredAt`,
            message: `must not be before the transaction (${new Date(event.occurred_at).toISOString()})`,
          },
        ]);
      }
      const inserted = await insertFeedback(tx, {
        tenantId: this.tenantId,
        event,
        feedbackType: input.feedbackType,
        tenantAction: input.tenantAction ?? null,
        analystLabel: input.analystLabel ?? null,
        confidence: input.confidence ?? null,
        notes: input.notes ?? null,
        occurredAt,
        idempotencyKey,
        payloadHash: hash,
        author,
      });
      if (!inserted) {
        // A concurrent request with this key committed first.
        const winner = await this.byKey(mode, idempotencyKey, tx);
        if (!winner) throw new Error('idempotency key vanished');
        return this.replay(winner, hash);
      }
      await this.applyEvidence(tx, event, input);
      const feedback = await tx.findOneOrFail(FeedbackEntity, { id: inserted });
      return { status: 'CREATED' as const, feedback };
    });
  }

  /** A transaction's mode, which scopes a console user's key; null when there is no such one. */
  private async modeOf(transactionId: string): Promise<Mode | null> {
    return transactionMode(this.em, this.tenantId, transactionId);
  }

  private replay(existing: FeedbackEntity, hash: string): FeedbackOutcome {
    if (existing.payloadHash !== hash) {
      return {
        status: 'FAILED',
        error: new ConflictError('Duplicate feedback idempotency key'),
      };
    }
    return { status: 'REPLAYED', feedback: existing };
  }

  private byKey(mode: Mode, idempotencyKey: string, em = this.em): Promise<FeedbackEntity | null> {
    return em.findOne(FeedbackEntity, { mode, idempotencyKey }, { refresh: true });
  }

  /**
   * Fraud evidence (see domain/fraud-evidence.ts): the transaction's deciding feedback sets its
   * `fraud_confirmed`; the customer's fraud and chargeback counters follow.
   */
  private async applyEvidence(em: EntityManager, event: EventRow, input: ValidInput) {
    const scope = { tenant: this.tenantId, event: event.id };
    const { before, after } = await applyFraudEvidence(em, scope);
    const delta = after !== null && before !== after ? (after ? 1 : -1) : 0;
    // A chargeback counts once per transaction, however many times it is reported.
    const chargeback =
      input.tenantAction === 'CHARGEBACK' && (await chargebackReports(em, scope)) === 1 ? 1 : 0;
    if (delta !== 0 || chargeback !== 0) {
      await query(em, ADJUST_COUNTERS, {
        delta,
        chargeback,
        tenant: this.tenantId,
        mode: event.mode,
        user: event.user_id,
      });
    }
  }
}

import { performance } from 'node:perf_hooks';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { query } from '../../db/sql.js';
import { BadUserInputError, ConflictError, NotFoundError } from '../../domain/errors.js';
import type { Mode } from '../../domain/modes.js';
import { evaluateTransaction } from '../../engine/evaluate.js';
import { RULES_BY_CODE } from '../../engine/rules/index.js';
import type { EngineResult, ScoringContext } from '../../engine/types.js';
import { tenantPolicy } from '../policy/policy.js';
import { toBaseCurrency } from './currency.js';
import { enrich } from './enrichment.js';
import { ingestTransaction, toEngineEvent, type NormalizedTransaction } from './ingest.js';
import { persistScore } from './persist.js';
import { ScoredEventEntity } from './scored-event.entity.js';

const DEFAULT_SMALL_AMOUNT = Number(RULES_BY_CODE.get('CARD_TESTING')?.params.smallAmount ?? 5);

/** A stored score as the API returns it. */
export interface ScoreOutcome {
  transactionId: string;
  mode: Mode;
  result: EngineResult;
  derivedSignals: Record<string, unknown>;
  processingTimeMs: number;
  createdAt: Date;
  /** True when a retried reference returned the stored result. */
  replayed: boolean;
}

function derivedSignalsOf(
  t: NormalizedTransaction,
  ctx: ScoringContext,
  money: { amountBase: number; baseCurrency: string; rate: number },
): Record<string, unknown> {
  return {
    amount: {
      original: t.amount,
      currency: t.currency ?? money.baseCurrency,
      base: money.amountBase,
      baseCurrency: money.baseCurrency,
      rate: money.rate,
    },
    customer: ctx.customer
      ? {
          previousTransactions: ctx.customer.stats.count,
          averageAmount: ctx.customer.stats.mean,
          maxAmount: ctx.customer.stats.max,
        }
      : { previousTransactions: 0 },
    velocity: ctx.velocity,
    linkage: ctx.linkage,
    recipient: ctx.recipient,
    device: { id: t.deviceId, known: ctx.deviceKnown },
    geo: ctx.geo,
    lists: ctx.listMatches,
  };
}

/** Rebuilds the API outcome from a stored row (retries, `transaction(id)`). */
export function outcomeOf(row: ScoredEventEntity, replayed = false): ScoreOutcome {
  const r = row.result as {
    matchedRules: EngineResult['matchedRules'];
    allChecks: EngineResult['allChecks'];
    signals: EngineResult['signals'];
    checks: EngineResult['checks'];
    shadowEvaluation: EngineResult['shadowEvaluation'];
    derivedSignals: Record<string, unknown>;
  };
  return {
    transactionId: row.id,
    mode: row.mode,
    result: {
      riskScore: row.riskScore,
      riskLevel: row.riskLevel,
      decision: row.decision,
      matchedRules: r.matchedRules,
      allChecks: r.allChecks,
      signals: r.signals,
      checks: r.checks,
      shadowEvaluation: r.shadowEvaluation,
    },
    derivedSignals: r.derivedSignals,
    processingTimeMs: row.processingTimeMs,
    createdAt: row.createdAt,
    replayed,
  };
}

/**
 * The five-stage pipeline for one transaction of one tenant and mode. `em` must carry the
 * tenant's filter. Statements per score: BEGIN, the customer lock, one enrichment read, one
 * write, COMMIT.
 */
export class ScoringService {
  constructor(
    private readonly em: EntityManager,
    private readonly tenantId: string,
    private readonly mode: Mode,
  ) {}

  async scoreTransaction(raw: unknown, root = 'input'): Promise<ScoreOutcome> {
    const started = performance.now();
    const t = ingestTransaction(raw, new Date(), root);
    try {
      return await this.em.transactional((em) =>
        this.scoreLocked(em as EntityManager, t, started, root),
      );
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException && t.reference) {
        // A concurrent request with the same reference (for another customer) committed first.
        return this.replay(t);
      }
      throw error;
    }
  }

  private async scoreLocked(
    em: EntityManager,
    received: NormalizedTransaction,
    started: number,
    root: string,
  ): Promise<ScoreOutcome> {
    await query(em, `select pg_advisory_xact_lock(hashtextextended($key, 0))`, {
      key: `${this.tenantId}:${this.mode}:${received.userId}`,
    });
    // Without an explicit event time, the event happens when it takes its turn: concurrent
    // events of one customer are then ordered as they are scored, so each sees all before it.
    const turn = new Date();
    const t = received.occurredAtGiven
      ? received
      : {
          ...received,
          occurredAt: turn,
          input: { ...received.input, occurredAt: turn.toISOString() },
        };
    const enrichment = await enrich(em, this.tenantId, this.mode, t, DEFAULT_SMALL_AMOUNT);
    if (enrichment.existing) return this.replay(t, em);

    const policy = tenantPolicy(enrichment.policy);
    const currency = t.currency ?? policy.baseCurrency;
    const converted = toBaseCurrency(t.amount, currency, policy.baseCurrency, policy.currencyRates);
    if (!converted) {
      throw new BadUserInputError([
        {
          field: `${root}.currency`,
          message: `no exchange rate from ${currency} to ${policy.baseCurrency} is configured`,
        },
      ]);
    }
    const result = evaluateTransaction(
      toEngineEvent(t, converted.amount),
      enrichment.context,
      policy.transactions,
    );
    const derivedSignals = derivedSignalsOf(t, enrichment.context, {
      amountBase: converted.amount,
      baseCurrency: policy.baseCurrency,
      rate: converted.rate,
    });
    const processingTimeMs = Math.round((performance.now() - started) * 100) / 100;
    const stored = await persistScore(em, {
      tenantId: this.tenantId,
      mode: this.mode,
      t,
      amountBase: converted.amount,
      result,
      derivedSignals,
      processingTimeMs,
      customer: enrichment.customer,
      recipientKnown: enrichment.context.recipient?.isKnown ?? false,
    });
    return {
      transactionId: stored.id,
      mode: this.mode,
      result,
      derivedSignals,
      processingTimeMs,
      createdAt: stored.createdAt,
      replayed: false,
    };
  }

  /** The stored result for a retried reference, or CONFLICT when the payload differs. */
  private async replay(
    t: NormalizedTransaction,
    em: EntityManager = this.em,
  ): Promise<ScoreOutcome> {
    const row = await em.findOne(ScoredEventEntity, { mode: this.mode, reference: t.reference });
    if (!row) throw new Error('reference vanished during replay');
    if (row.payloadHash !== t.payloadHash) {
      throw new ConflictError(
        `Reference "${t.reference}" was already scored with a different payload`,
      );
    }
    return outcomeOf(row, true);
  }

  async getTransaction(id: string): Promise<ScoredEventEntity> {
    const row = await this.em.findOne(ScoredEventEntity, {
      id,
      mode: this.mode,
      kind: 'TRANSACTION',
    });
    if (!row) throw new NotFoundError('Transaction');
    return row;
  }
}

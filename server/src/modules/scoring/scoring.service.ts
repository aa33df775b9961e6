import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Pipeline, bind } from '../../db/executor.js';
import { LOCK_KEYS } from '../../db/locks.js';
import { eventPartitions } from '../../db/partitions.js';
import { AppError, BadUserInputError, ConflictError, NotFoundError } from '../../domain/errors.js';
import type { Mode } from '../../domain/modes.js';
import { scoreTransactionEvent } from '../../engine/evaluate.js';
import { RULES_BY_CODE } from '../../engine/rules/index.js';
import { CARD_TESTING } from '../../engine/rules/transaction.js';
import type { EngineResult } from '../../engine/types.js';
import { priorityOf } from '../../domain/cases.js';
import { ruleParam, tenantPolicy } from '../policy/policy.js';
import { toBaseCurrency } from './currency.js';
import { enrichmentOf, enrichmentRequest } from './enrichment.js';
import { ingestTransaction, toEngineEvent, type NormalizedTransaction } from './ingest.js';
import type { IpGeolocator } from '../geo/ip-geolocator.js';
import { BatchOverlay } from './overlay.js';
import { modelRegistry } from '../models/model-registry.js';
import { MODEL_SPEC } from '../models/model-version.store.js';
import { writeStatements, type ScoredRow } from './persist.js';
import { withCustomRules, versionKey } from '../policy/policy-registry.js';
import { encodeTransactionSnapshot } from '../../engine/snapshot.js';
import { ScoredEventEntity } from './scored-event.entity.js';
import { derivedSignalsOf } from './derived-signals.js';
import { checksOf } from './stored-checks.js';

const DEFAULT_SMALL_AMOUNT = Number(
  RULES_BY_CODE.get(CARD_TESTING.code)!.params[CARD_TESTING.smallAmount],
);

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
  /** The review case the score opened, if any. */
  caseId: string | null;
  /** The tenant's policy version that decided (0: the built-in defaults). */
  policyVersion: number;
}

/** Rebuilds the API outcome from a stored row (retries, `transaction(id)`). */
export function outcomeOf(row: ScoredEventEntity, replayed = false): ScoreOutcome {
  const r = row.result as {
    matchedRules: EngineResult['matchedRules'];
    allChecks: Parameters<typeof checksOf>[0];
    signals: EngineResult['signals'];
    checks: EngineResult['checks'];
    shadowEvaluation: EngineResult['shadowEvaluation'];
    derivedSignals: Record<string, unknown>;
    caseId?: string | null;
  };
  return {
    transactionId: row.id,
    mode: row.mode,
    result: {
      riskScore: row.riskScore,
      riskScoreExact: row.riskScoreExact ?? row.riskScore,
      riskLevel: row.riskLevel,
      decision: row.decision,
      matchedRules: r.matchedRules,
      allChecks: checksOf(r.allChecks),
      signals: r.signals,
      checks: r.checks,
      shadowEvaluation: r.shadowEvaluation,
    },
    derivedSignals: r.derivedSignals,
    processingTimeMs: row.processingTimeMs,
    createdAt: row.createdAt,
    replayed,
    caseId: r.caseId ?? null,
    policyVersion: row.policyVersion,
  };
}

/** What scoring needs beyond the database. */
export interface ScoringDeps {
  /** Offline IP geolocation; without it IP country and IP-based location stay unknown. */
  geo?: Pick<IpGeolocator, 'lookup'>;
}

/** Largest `scoreTransactions` batch. */
export const MAX_BATCH = 1000;

export type ItemOutcome = { ok: true; outcome: ScoreOutcome } | { ok: false; error: AppError };

interface Pending {
  index: number;
  t: NormalizedTransaction;
  root: string;
}

/**
 * The five-stage pipeline for the transactions of one tenant and mode. `em` must carry the
 * tenant's filter. One call is one database transaction whatever its size, sent in two
 * round-trips: BEGIN, the customers' advisory locks (sorted, so two batches sharing customers
 * never wait in a cycle) and the enrichment read (with the tenant's webhook subscriptions); then
 * the write, its announcements and COMMIT.
 */
export class ScoringService {
  constructor(
    private readonly em: EntityManager,
    private readonly tenantId: string,
    private readonly mode: Mode,
    private readonly deps: ScoringDeps = {},
  ) {}

  /** Scores one transaction; its problems are thrown. */
  async scoreTransaction(raw: unknown): Promise<ScoreOutcome> {
    const [item] = await this.scoreTransactions([raw], () => 'input');
    if (!item!.ok) throw item!.error;
    return item!.outcome;
  }

  /**
   * Scores a batch in input order, each event as if sent alone in that order (velocity sees the
   * earlier ones). A bad item gets its own error; the others are scored.
   */
  async scoreTransactions(
    raws: readonly unknown[],
    rootOf = (i: number) => `inputs.${i}`,
  ): Promise<ItemOutcome[]> {
    if (raws.length > MAX_BATCH) {
      throw new BadUserInputError([
        { field: 'inputs', message: `at most ${MAX_BATCH} transactions per call` },
      ]);
    }
    const started = performance.now();
    const received = new Date();
    const results: ItemOutcome[] = new Array(raws.length);
    const pending: Pending[] = [];
    raws.forEach((raw, index) => {
      const root = rootOf(index);
      try {
        pending.push({ index, t: ingestTransaction(raw, received, root), root });
      } catch (error) {
        if (!(error instanceof AppError)) throw error;
        results[index] = { ok: false, error };
      }
    });
    if (pending.length === 0) return results;
    const located = await Promise.all(pending.map((p) => this.locate(p.t)));
    await eventPartitions.ensureMonths(
      this.em,
      located.map((t) => t.occurredAt),
    );
    let replays: { index: number; id: string }[];
    try {
      replays = await Pipeline.transaction(this.em, (trx) =>
        this.run(trx, pending, located, results, started),
      );
    } catch (error) {
      // A concurrent call stored one of our references first (PostgreSQL's unique_violation,
      // as the executor passes it on): run again; it is now a replay.
      if ((error as { code?: unknown }).code !== '23505') throw error;
      try {
        replays = await Pipeline.transaction(this.em, (trx) =>
          this.run(trx, pending, located, results, started),
        );
      } catch (again) {
        if ((again as { code?: unknown }).code === '23505')
          throw new ConflictError('A concurrent request stored the same reference; retry');
        throw again;
      }
    }
    if (replays.length) {
      const stored = await this.em.find(ScoredEventEntity, {
        id: { $in: replays.map((r) => r.id) },
      });
      const byId = new Map(stored.map((row) => [row.id, row]));
      for (const { index, id } of replays)
        results[index] = { ok: true, outcome: outcomeOf(byId.get(id)!, true) };
    }
    return results;
  }

  /** Stages 2 to 5 in one transaction; returns the retried references to read back. */
  private async run(
    trx: Pipeline,
    pending: Pending[],
    located: NormalizedTransaction[],
    results: ItemOutcome[],
    started: number,
  ): Promise<{ index: number; id: string }[]> {
    const keys = [...new Set(pending.map((p) => `${this.tenantId}:${this.mode}:${p.t.userId}`))];
    const [, read] = await trx.send(
      [
        bind(LOCK_KEYS, { keys: JSON.stringify(keys) }),
        enrichmentRequest(this.tenantId, this.mode, located, DEFAULT_SMALL_AMOUNT),
      ],
      { begin: true },
    );
    const enrichment = enrichmentOf(read!);
    // Without an explicit event time, the event happens when it takes its turn (once the locks
    // are held): concurrent events of one customer are then ordered as they are scored, so each
    // sees all before it.
    const turn = enrichment.turn;
    const items = located.map((t) =>
      t.occurredAtGiven
        ? t
        : { ...t, occurredAt: turn, input: { ...t.input, occurredAt: turn.toISOString() } },
    );
    const stored = tenantPolicy(enrichment.policy);
    const policy = withCustomRules(stored, versionKey(this.tenantId, stored.version));
    const scorers = enrichment.models.length
      ? await modelRegistry.scorers(enrichment.models, async (id) => {
          const [rows] = await trx.send([bind(MODEL_SPEC, { tenant: this.tenantId, id })]);
          return rows?.[0]?.spec ?? null;
        })
      : [];
    const smallAmount = ruleParam(policy.transactions, CARD_TESTING.code, CARD_TESTING.smallAmount);
    const overlay = new BatchOverlay(smallAmount);
    const byReference = new Map<string, { hash: string; index: number }>();
    const replays: { index: number; id: string }[] = [];
    const rows: ScoredRow[] = [];

    items.forEach((t, k) => {
      const { index, root } = pending[k]!;
      const facts = enrichment.facts[k]!;
      if (t.reference) {
        const earlier = facts.existing ?? null;
        const inBatch = byReference.get(t.reference);
        const hash = earlier?.hash ?? inBatch?.hash;
        if (hash !== undefined && hash !== t.payloadHash) {
          results[index] = {
            ok: false,
            error: new ConflictError(
              `Reference "${t.reference}" was already scored with a different payload`,
            ),
          };
          return;
        }
        if (earlier) {
          replays.push({ index, id: earlier.id });
          return;
        }
        if (inBatch) {
          const first = results[inBatch.index];
          results[index] = first?.ok
            ? { ok: true, outcome: { ...first.outcome, replayed: true } }
            : first!;
          return;
        }
        byReference.set(t.reference, { hash: t.payloadHash, index });
      }
      const currency = t.currency ?? policy.baseCurrency;
      const converted = toBaseCurrency(
        t.amount,
        currency,
        policy.baseCurrency,
        policy.currencyRates,
      );
      if (!converted) {
        results[index] = {
          ok: false,
          error: new BadUserInputError([
            {
              field: `${root}.currency`,
              message: `no exchange rate from ${currency} to ${policy.baseCurrency} is configured`,
            },
          ]),
        };
        return;
      }
      const profile = overlay.profileBefore(t, facts.customer);
      const context = overlay.context(t, facts, profile);
      const event = toEngineEvent(t, converted.amount, currency);
      const { result, features, models } = scoreTransactionEvent(
        event,
        context,
        policy.transactions,
        scorers,
      );
      const derivedSignals = derivedSignalsOf(t, context, {
        amountBase: converted.amount,
        baseCurrency: policy.baseCurrency,
        rate: converted.rate,
      });
      if (models.length)
        derivedSignals.models = models.map((m) => ({
          version: m.version,
          shadow: m.shadow,
          probability: Math.round(m.probability * 10_000) / 10_000,
          contributions: m.contributions.map((c) => ({
            name: c.name,
            value: Math.round(c.value * 1000) / 1000,
          })),
        }));
      overlay.record(t, converted.amount, profile, context.recipient?.isKnown ?? false);
      const opensCase =
        result.decision === 'REVIEW' ||
        result.decision === 'CHALLENGE' ||
        (result.decision === 'BLOCK' && policy.cases.openOnBlock);
      const createdAt = new Date();
      const row: ScoredRow = {
        id: randomUUID(),
        reviewCase: opensCase
          ? {
              id: randomUUID(),
              priority: priorityOf(result.riskScore, converted.amount),
              slaDueAt: new Date(createdAt.getTime() + policy.cases.slaHours * 3_600_000),
            }
          : null,
        t,
        amountBase: converted.amount,
        result,
        features,
        modelScore: models[0]?.probability ?? null,
        policyVersion: policy.version,
        // What a backtest re-decides: the model's verdict as the rules saw it.
        snapshot: encodeTransactionSnapshot(event, { ...context, model: models[0] ?? null }),
        derivedSignals,
        processingTimeMs: Math.round((performance.now() - started) * 100) / 100,
        createdAt,
      };
      rows.push(row);
      results[index] = {
        ok: true,
        outcome: {
          transactionId: row.id,
          mode: this.mode,
          result,
          derivedSignals,
          processingTimeMs: row.processingTimeMs,
          createdAt: row.createdAt,
          replayed: false,
          caseId: row.reviewCase?.id ?? null,
          policyVersion: policy.version,
        },
      };
    });

    await trx.send(
      writeStatements(
        { tenantId: this.tenantId, mode: this.mode },
        rows,
        overlay.profiles,
        enrichment.subscribed,
      ),
      { commit: true },
    );
    return replays;
  }

  /** Adds the IP's country and city, and its coordinates when the input gave none. */
  private async locate(t: NormalizedTransaction): Promise<NormalizedTransaction> {
    if (!t.ip || !this.deps.geo) return t;
    const where = await this.deps.geo.lookup(t.ip);
    if (!where) return t;
    const useIp = t.latitude === null && where.latitude !== null && where.longitude !== null;
    return {
      ...t,
      ipCountry: where.country,
      ipCity: where.city,
      ...(useIp
        ? { latitude: where.latitude, longitude: where.longitude, locationSource: 'IP' as const }
        : {}),
    };
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

import type { EntityManager } from '@mikro-orm/postgresql';
import { Sql, query } from '../../db/executor.js';
import { BadUserInputError } from '../../domain/errors.js';
import { EVIDENCE_WEIGHT_VALUES } from '../../domain/fraud-evidence.js';
import type { Mode } from '../../domain/modes.js';
import { PolicyService } from '../policy/policy.service.js';
import {
  CHARGEBACKS_SQL,
  DAILY_SQL,
  FEEDBACK_SQL,
  LABELLED_SQL,
  OVERRIDES_SQL,
  SUMMARY_TOTALS_SQL,
  TRANSACTIONS_SQL,
} from './metrics.sql.js';
import {
  SCORE_BUCKETS,
  bucketRange,
  populationStabilityIndex,
  rate,
  recommendThreshold,
  type LabelledScore,
} from './metrics.js';

/** The statements of metrics.sql.ts, declared once for the executor. */
const TRANSACTIONS = new Sql(TRANSACTIONS_SQL);
const FEEDBACK = new Sql(FEEDBACK_SQL);
const OVERRIDES = new Sql(OVERRIDES_SQL);
const LABELLED = new Sql(LABELLED_SQL);
const DAILY = new Sql(DAILY_SQL);
const SUMMARY_TOTALS = new Sql(SUMMARY_TOTALS_SQL);
const CHARGEBACKS = new Sql(CHARGEBACKS_SQL);

/** Longest metrics window: a year, leap day included. */
const MAX_WINDOW_MS = 366 * 86_400_000;

export const DEFAULT_COST_RATIO = 10;

/** One score bucket of the window and of its baseline: scores `from`..`to`, both inclusive. */
export interface ScoreBucket {
  from: number;
  to: number;
  count: number;
  baselineCount: number;
}

export interface FeedbackMetrics {
  from: Date;
  to: Date;
  mode: Mode;
  transactions: { total: number; approved: number; approvalRate: number | null };
  feedback: { eventsSubmitted: number; overrides: number; overrideRate: number | null };
  labels: { total: number; fraud: number; falsePositive: number; falsePositiveRate: number | null };
  adaptiveThreshold: {
    recommendedThreshold: number | null;
    currentThreshold: number | null;
    sampleSize: number;
    labelledTransactions: number;
    costRatio: number;
    expectedCost: number | null;
  };
  drift: {
    psi: number | null;
    meanShift: number | null;
    currentMean: number | null;
    baselineMean: number | null;
    baselineTotal: number;
    baselineFrom: Date;
    baselineTo: Date;
  };
  /** {@link SCORE_BUCKETS} buckets, lowest scores first. */
  scoreDistribution: ScoreBucket[];
}

export const PERIODS = { '24h': 1, '7d': 7, '30d': 30, '90d': 90 } as const;
export type Period = keyof typeof PERIODS;

export interface DailyPoint {
  date: string;
  count: number;
  allowed: number;
  reviewed: number;
  challenged: number;
  blocked: number;
  averageScore: number | null;
  labels: { trueFraud: number; falsePositive: number; suspicious: number; legitimate: number };
}

export interface AnalyticsSummary {
  period: Period;
  mode: Mode;
  from: Date;
  to: Date;
  volume: { count: number; amount: number; baseCurrency: string };
  decisions: { allowed: number; reviewed: number; challenged: number; blocked: number };
  fraud: { confirmed: number; fraudRate: number | null; chargebacks: number };
  daily: DailyPoint[];
}

/** Metrics and analytics of one tenant, computed in SQL over indexed columns. */
export class MetricsService {
  constructor(
    private readonly em: EntityManager,
    private readonly tenantId: string,
  ) {}

  /**
   * the metrics of the README's "Feedback and metrics" over one mode's traffic in [from, to) (LIVE by default),
   * against the baseline window of equal length just before it.
   */
  async feedbackMetrics(
    from: Date,
    to: Date,
    { mode = 'LIVE', costRatio = DEFAULT_COST_RATIO }: { mode?: Mode; costRatio?: number } = {},
  ): Promise<FeedbackMetrics> {
    const problems: { field: string; message: string }[] = [];
    if (!(from.getTime() < to.getTime()))
      problems.push({ field: 'from', message: 'must be before to' });
    else if (to.getTime() - from.getTime() > MAX_WINDOW_MS)
      problems.push({ field: 'to', message: 'the window may span at most one year (366 days)' });
    if (!Number.isFinite(costRatio) || costRatio <= 0 || costRatio > 1000)
      problems.push({ field: 'costRatio', message: 'must be greater than 0 and at most 1000' });
    if (problems.length) throw new BadUserInputError(problems);

    const baselineFrom = new Date(from.getTime() - (to.getTime() - from.getTime()));
    const values = { tenant: this.tenantId, mode, from, to, baselineFrom };
    const [groups, [fb], [ov], labelled, policy] = await Promise.all([
      query<{
        current: boolean;
        bucket: number;
        allowed: boolean;
        n: number;
        score_sum: number;
      }>(this.em, TRANSACTIONS, values),
      query<{ events: number; labels: number; fraud: number; false_positive: number }>(
        this.em,
        FEEDBACK,
        values,
      ),
      query<{ overrides: number }>(this.em, OVERRIDES, values),
      query<{ score: number; fraud_weight: number; legitimate_weight: number; n: number }>(
        this.em,
        LABELLED,
        {
          ...values,
          ...EVIDENCE_WEIGHT_VALUES,
        },
      ),
      this.policy(),
    ]);

    const current = new Array<number>(SCORE_BUCKETS).fill(0);
    const baseline = new Array<number>(SCORE_BUCKETS).fill(0);
    let total = 0;
    let approved = 0;
    let currentSum = 0;
    let baselineTotal = 0;
    let baselineSum = 0;
    for (const g of groups) {
      if (g.current) {
        current[g.bucket]! += g.n;
        total += g.n;
        currentSum += g.score_sum;
        if (g.allowed) approved += g.n;
      } else {
        baseline[g.bucket]! += g.n;
        baselineTotal += g.n;
        baselineSum += g.score_sum;
      }
    }
    const currentMean = rate(currentSum, total);
    const baselineMean = rate(baselineSum, baselineTotal);
    const outcomes: LabelledScore[] = labelled.map((l) => ({
      score: l.score,
      fraudWeight: l.fraud_weight,
      legitimateWeight: l.legitimate_weight,
    }));
    const recommendation = recommendThreshold(outcomes, costRatio);
    return {
      from,
      to,
      mode,
      transactions: { total, approved, approvalRate: rate(approved, total) },
      feedback: {
        eventsSubmitted: fb?.events ?? 0,
        overrides: ov?.overrides ?? 0,
        overrideRate: rate(ov?.overrides ?? 0, total),
      },
      labels: {
        total: fb?.labels ?? 0,
        fraud: fb?.fraud ?? 0,
        falsePositive: fb?.false_positive ?? 0,
        falsePositiveRate: rate(fb?.false_positive ?? 0, fb?.labels ?? 0),
      },
      adaptiveThreshold: {
        recommendedThreshold: recommendation.recommendedThreshold,
        currentThreshold: policy.transactions.thresholds.review,
        sampleSize: recommendation.sampleSize,
        labelledTransactions: labelled.reduce((s, l) => s + l.n, 0),
        costRatio,
        expectedCost: recommendation.expectedCost,
      },
      drift: {
        psi: populationStabilityIndex(current, baseline),
        meanShift:
          currentMean !== null && baselineMean !== null ? currentMean - baselineMean : null,
        currentMean,
        baselineMean,
        baselineTotal,
        baselineFrom,
        baselineTo: from,
      },
      scoreDistribution: current.map((count, i) => ({
        ...bucketRange(i),
        count,
        baselineCount: baseline[i]!,
      })),
    };
  }

  /**
   * One point per UTC day of [from, to), oldest first, for a window the caller has validated
   * (at most a year: 367 points).
   */
  async daily(from: Date, to: Date, mode: Mode): Promise<DailyPoint[]> {
    const rows = await query<Omit<DailyPoint, 'averageScore'> & { average_score: number | null }>(
      this.em,
      DAILY,
      { tenant: this.tenantId, mode, from, to },
    );
    return rows.map((d) => ({
      date: d.date,
      count: d.count,
      allowed: d.allowed,
      reviewed: d.reviewed,
      challenged: d.challenged,
      blocked: d.blocked,
      averageScore: d.average_score,
      labels: d.labels,
    }));
  }

  /** Volume, decisions, fraud and a daily series over the last `period`, for charts. */
  async analyticsSummary(period: string, mode: Mode, now = new Date()): Promise<AnalyticsSummary> {
    if (!(period in PERIODS)) {
      throw new BadUserInputError([
        { field: 'period', message: `must be one of ${Object.keys(PERIODS).join(', ')}` },
      ]);
    }
    const days = PERIODS[period as Period];
    const to = now;
    const from = new Date(to.getTime() - days * 86_400_000);
    const values = { tenant: this.tenantId, mode, from, to };
    const [[totals], daily, [chargebacks], policy] = await Promise.all([
      query<{
        count: number;
        amount: number;
        allowed: number;
        reviewed: number;
        challenged: number;
        blocked: number;
        confirmed: number;
      }>(this.em, SUMMARY_TOTALS, values),
      this.daily(from, to, mode),
      query<{ n: number }>(this.em, CHARGEBACKS, values),
      this.policy(),
    ]);
    const t = totals ?? {
      count: 0,
      amount: 0,
      allowed: 0,
      reviewed: 0,
      challenged: 0,
      blocked: 0,
      confirmed: 0,
    };
    return {
      period: period as Period,
      mode,
      from,
      to,
      volume: { count: t.count, amount: t.amount, baseCurrency: policy.baseCurrency },
      decisions: {
        allowed: t.allowed,
        reviewed: t.reviewed,
        challenged: t.challenged,
        blocked: t.blocked,
      },
      fraud: {
        confirmed: t.confirmed,
        fraudRate: rate(t.confirmed, t.count),
        chargebacks: chargebacks?.n ?? 0,
      },
      daily,
    };
  }

  private policy() {
    return new PolicyService(this.em, this.tenantId).effective();
  }
}

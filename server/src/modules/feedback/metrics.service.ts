import type { EntityManager } from '@mikro-orm/postgresql';
import { query } from '../../db/sql.js';
import { BadUserInputError } from '../../domain/errors.js';
import { CONFIDENCE_WEIGHTS } from '../../domain/feedback.js';
import type { Mode } from '../../domain/modes.js';
import { PolicyService } from '../policy/policy.service.js';
import {
  SCORE_BUCKETS,
  populationStabilityIndex,
  rate,
  recommendThreshold,
  type LabelledScore,
} from './metrics.js';

/** Longest metrics window: a year, leap day included. */
const MAX_WINDOW_MS = 366 * 86_400_000;

export const DEFAULT_COST_RATIO = 10;

export interface FeedbackMetrics {
  from: Date;
  to: Date;
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

/** Per (window, bucket, decision): what the score distribution and rates are built from. */
const TRANSACTIONS_SQL = `
select occurred_at >= $from as current, least(risk_score / 10, 9) as bucket,
       decision = 'ALLOW' as allowed, count(*)::int as n, sum(risk_score)::float8 as score_sum
  from scored_event
 where tenant_id = $tenant and mode = 'LIVE' and kind = 'TRANSACTION'
   and occurred_at >= $baselineFrom and occurred_at < $to
 group by 1, 2, 3`;

/** Feedback received in the window, by its own time. */
const FEEDBACK_SQL = `
select count(*)::int as events,
       count(*) filter (where feedback_type = 'ANALYST_LABEL')::int as labels,
       count(*) filter (where analyst_label = 'TRUE_FRAUD')::int as fraud,
       count(*) filter (where analyst_label = 'FALSE_POSITIVE')::int as false_positive
  from feedback
 where tenant_id = $tenant and mode = 'LIVE' and occurred_at >= $from and occurred_at < $to`;

/** Transactions of the window with at least one tenant action contradicting the decision. */
const OVERRIDES_SQL = `
select count(distinct event_id)::int as overrides
  from feedback
 where tenant_id = $tenant and mode = 'LIVE' and feedback_type = 'TENANT_ACTION'
   and tx_occurred_at >= $from and tx_occurred_at < $to
   and ((tx_decision = 'BLOCK' and tenant_action = 'APPROVE')
     or (tx_decision = 'ALLOW' and tenant_action = 'DECLINE'))`;

/**
 * Labelled outcomes of the window's transactions: per transaction its latest decisive analyst
 * label (TRUE_FRAUD = fraud; FALSE_POSITIVE, LEGITIMATE = legitimate; SUSPICIOUS decides
 * nothing), else a CHARGEBACK as confirmed fraud; weighed by confidence, summed per score.
 */
const LABELLED_SQL = `
select tx_risk_score as score,
       sum(case when fraud then weight else 0 end)::float8 as fraud_weight,
       sum(case when fraud then 0 else weight end)::float8 as legitimate_weight,
       count(*)::int as n
  from (
    select distinct on (event_id) event_id, tx_risk_score,
           (analyst_label = 'TRUE_FRAUD' or tenant_action = 'CHARGEBACK') as fraud,
           case when tenant_action = 'CHARGEBACK' then 1.0
                when confidence = 'CONFIRMED' then $confirmed::float8
                when confidence = 'PROBABLE' then $probable::float8
                else $possible::float8 end as weight
      from feedback
     where tenant_id = $tenant and mode = 'LIVE'
       and tx_occurred_at >= $from and tx_occurred_at < $to
       and (analyst_label in ('TRUE_FRAUD', 'FALSE_POSITIVE', 'LEGITIMATE')
            or tenant_action = 'CHARGEBACK')
     order by event_id, (feedback_type = 'ANALYST_LABEL') desc, occurred_at desc, created_at desc, id desc
  ) outcome
 group by tx_risk_score`;

/** Metrics and analytics of one tenant, computed in SQL over indexed columns. */
export class MetricsService {
  constructor(
    private readonly em: EntityManager,
    private readonly tenantId: string,
  ) {}

  /** DESIGN.md "Feedback and metrics" over LIVE traffic in [from, to). */
  async feedbackMetrics(
    from: Date,
    to: Date,
    costRatio: number = DEFAULT_COST_RATIO,
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
    const values = { tenant: this.tenantId, from, to, baselineFrom };
    const [groups, [fb], [ov], labelled, policy] = await Promise.all([
      query<{
        current: boolean;
        bucket: number;
        allowed: boolean;
        n: number;
        score_sum: number;
      }>(this.em, TRANSACTIONS_SQL, values),
      query<{ events: number; labels: number; fraud: number; false_positive: number }>(
        this.em,
        FEEDBACK_SQL,
        values,
      ),
      query<{ overrides: number }>(this.em, OVERRIDES_SQL, values),
      query<{ score: number; fraud_weight: number; legitimate_weight: number; n: number }>(
        this.em,
        LABELLED_SQL,
        {
          ...values,
          confirmed: CONFIDENCE_WEIGHTS.CONFIRMED,
          probable: CONFIDENCE_WEIGHTS.PROBABLE,
          possible: CONFIDENCE_WEIGHTS.POSSIBLE,
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
    };
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
      }>(
        this.em,
        `select count(*)::int as count, coalesce(sum(amount_base), 0)::float8 as amount,
                count(*) filter (where decision = 'ALLOW')::int as allowed,
                count(*) filter (where decision = 'REVIEW')::int as reviewed,
                count(*) filter (where decision = 'CHALLENGE')::int as challenged,
                count(*) filter (where decision = 'BLOCK')::int as blocked,
                count(*) filter (where fraud_confirmed)::int as confirmed
           from scored_event
          where tenant_id = $tenant and mode = $mode and kind = 'TRANSACTION'
            and occurred_at >= $from and occurred_at < $to`,
        values,
      ),
      query<DailyPoint & { average_score: number | null; labels: DailyPoint['labels'] }>(
        this.em,
        `with days as (
           select d::date as day
             from generate_series(($from::timestamptz at time zone 'UTC')::date,
                                  ($to::timestamptz at time zone 'UTC')::date, interval '1 day') d),
         tx as (
           select (occurred_at at time zone 'UTC')::date as day, count(*)::int as count,
                  count(*) filter (where decision = 'ALLOW')::int as allowed,
                  count(*) filter (where decision = 'REVIEW')::int as reviewed,
                  count(*) filter (where decision = 'CHALLENGE')::int as challenged,
                  count(*) filter (where decision = 'BLOCK')::int as blocked,
                  avg(risk_score)::float8 as average_score
             from scored_event
            where tenant_id = $tenant and mode = $mode and kind = 'TRANSACTION'
              and occurred_at >= $from and occurred_at < $to
            group by 1),
         lb as (
           select (occurred_at at time zone 'UTC')::date as day,
                  count(*) filter (where analyst_label = 'TRUE_FRAUD')::int as true_fraud,
                  count(*) filter (where analyst_label = 'FALSE_POSITIVE')::int as false_positive,
                  count(*) filter (where analyst_label = 'SUSPICIOUS')::int as suspicious,
                  count(*) filter (where analyst_label = 'LEGITIMATE')::int as legitimate
             from feedback
            where tenant_id = $tenant and mode = $mode and feedback_type = 'ANALYST_LABEL'
              and occurred_at >= $from and occurred_at < $to
            group by 1)
         select to_char(days.day, 'YYYY-MM-DD') as date, coalesce(tx.count, 0) as count,
                coalesce(tx.allowed, 0) as allowed, coalesce(tx.reviewed, 0) as reviewed,
                coalesce(tx.challenged, 0) as challenged, coalesce(tx.blocked, 0) as blocked,
                tx.average_score,
                jsonb_build_object('trueFraud', coalesce(lb.true_fraud, 0),
                  'falsePositive', coalesce(lb.false_positive, 0),
                  'suspicious', coalesce(lb.suspicious, 0),
                  'legitimate', coalesce(lb.legitimate, 0)) as labels
           from days left join tx using (day) left join lb using (day)
          order by days.day`,
        values,
      ),
      query<{ n: number }>(
        this.em,
        `select count(*)::int as n from feedback
          where tenant_id = $tenant and mode = $mode and tenant_action = 'CHARGEBACK'
            and occurred_at >= $from and occurred_at < $to`,
        values,
      ),
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
      daily: daily.map((d) => ({
        date: d.date,
        count: d.count,
        allowed: d.allowed,
        reviewed: d.reviewed,
        challenged: d.challenged,
        blocked: d.blocked,
        averageScore: d.average_score,
        labels: d.labels,
      })),
    };
  }

  private policy() {
    return new PolicyService(this.em, this.tenantId).effective();
  }
}

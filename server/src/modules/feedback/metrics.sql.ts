import { EVIDENCE_SQL } from '../../domain/fraud-evidence.js';

/**
 * The SQL behind the metrics, written with `$name` placeholders for `query()`. Every statement
 * is scoped by `$tenant` and `$mode` and reads the indexed columns of scored_event and feedback.
 */

/** Per (window, bucket, decision): what the score distribution and rates are built from. */
export const TRANSACTIONS_SQL = `
select occurred_at >= $from as current, least(risk_score / 10, 9) as bucket,
       decision = 'ALLOW' as allowed, count(*)::int as n, sum(risk_score)::float8 as score_sum
  from scored_event
 where tenant_id = $tenant and mode = $mode and kind = 'TRANSACTION'
   and occurred_at >= $baselineFrom and occurred_at < $to
 group by 1, 2, 3`;

/** Feedback received in the window, by its own time. */
export const FEEDBACK_SQL = `
select count(*)::int as events,
       count(*) filter (where feedback_type = 'ANALYST_LABEL')::int as labels,
       count(*) filter (where analyst_label = 'TRUE_FRAUD')::int as fraud,
       count(*) filter (where analyst_label = 'FALSE_POSITIVE')::int as false_positive
  from feedback
 where tenant_id = $tenant and mode = $mode and occurred_at >= $from and occurred_at < $to`;

/** Transactions of the window with at least one tenant action contradicting the decision. */
export const OVERRIDES_SQL = `
select count(distinct event_id)::int as overrides
  from feedback
 where tenant_id = $tenant and mode = $mode and feedback_type = 'TENANT_ACTION'
   and tx_occurred_at >= $from and tx_occurred_at < $to
   and ((tx_decision = 'BLOCK' and tenant_action = 'APPROVE')
     or (tx_decision = 'ALLOW' and tenant_action = 'DECLINE'))`;

/**
 * Labelled outcomes of the window's transactions: per transaction the feedback that decides it
 * (fraud evidence: its latest decisive label or chargeback), weighed by confidence, summed per
 * score.
 */
export const LABELLED_SQL = `
select tx_risk_score as score,
       sum(case when fraud then weight else 0 end)::float8 as fraud_weight,
       sum(case when fraud then 0 else weight end)::float8 as legitimate_weight,
       count(*)::int as n
  from (
    select distinct on (event_id) event_id, tx_risk_score,
           ${EVIDENCE_SQL.fraud} as fraud,
           ${EVIDENCE_SQL.weight} as weight
      from feedback
     where tenant_id = $tenant and mode = $mode
       and tx_occurred_at >= $from and tx_occurred_at < $to
       and ${EVIDENCE_SQL.decisive}
     order by event_id, ${EVIDENCE_SQL.latestFirst}
  ) outcome
 group by tx_risk_score`;

/**
 * One row per UTC day of [$from, $to) (the day holding `to` only when `to` is past its midnight):
 * the day's transactions by decision and mean score, and the analyst labels given that day.
 * Each day is its own index range scan: no sort of the window's rows, and an integer series the
 * planner can count, so a year (367 days) stays cheap to plan and run.
 */
export const DAILY_SQL = `
select to_char(day, 'YYYY-MM-DD') as date, tx.count, tx.allowed, tx.reviewed, tx.challenged,
       tx.blocked, tx.average_score,
       jsonb_build_object('trueFraud', lb.true_fraud, 'falsePositive', lb.false_positive,
         'suspicious', lb.suspicious, 'legitimate', lb.legitimate) as labels
  from (select ($from::timestamptz at time zone 'UTC')::date + i as day
          from generate_series(0, (($to::timestamptz - interval '1 microsecond') at time zone 'UTC')::date
                                  - ($from::timestamptz at time zone 'UTC')::date) i) days
  cross join lateral (
    select count(*)::int as count,
           count(*) filter (where decision = 'ALLOW')::int as allowed,
           count(*) filter (where decision = 'REVIEW')::int as reviewed,
           count(*) filter (where decision = 'CHALLENGE')::int as challenged,
           count(*) filter (where decision = 'BLOCK')::int as blocked,
           avg(risk_score)::float8 as average_score
      from scored_event
     where tenant_id = $tenant and mode = $mode and kind = 'TRANSACTION'
       and occurred_at >= greatest($from::timestamptz, day::timestamp at time zone 'UTC')
       and occurred_at < least($to::timestamptz, (day + 1)::timestamp at time zone 'UTC')) tx
  cross join lateral (
    select count(*) filter (where analyst_label = 'TRUE_FRAUD')::int as true_fraud,
           count(*) filter (where analyst_label = 'FALSE_POSITIVE')::int as false_positive,
           count(*) filter (where analyst_label = 'SUSPICIOUS')::int as suspicious,
           count(*) filter (where analyst_label = 'LEGITIMATE')::int as legitimate
      from feedback
     where tenant_id = $tenant and mode = $mode and feedback_type = 'ANALYST_LABEL'
       and occurred_at >= greatest($from::timestamptz, day::timestamp at time zone 'UTC')
       and occurred_at < least($to::timestamptz, (day + 1)::timestamp at time zone 'UTC')) lb
 order by day`;

/** Volume, decisions and confirmed fraud of [$from, $to). */
export const SUMMARY_TOTALS_SQL = `
select count(*)::int as count, coalesce(sum(amount_base), 0)::float8 as amount,
       count(*) filter (where decision = 'ALLOW')::int as allowed,
       count(*) filter (where decision = 'REVIEW')::int as reviewed,
       count(*) filter (where decision = 'CHALLENGE')::int as challenged,
       count(*) filter (where decision = 'BLOCK')::int as blocked,
       count(*) filter (where fraud_confirmed)::int as confirmed
  from scored_event
 where tenant_id = $tenant and mode = $mode and kind = 'TRANSACTION'
   and occurred_at >= $from and occurred_at < $to`;

/** Chargebacks reported in [$from, $to), by the feedback's own time. */
export const CHARGEBACKS_SQL = `
select count(*)::int as n
  from feedback
 where tenant_id = $tenant and mode = $mode and tenant_action = 'CHARGEBACK'
   and occurred_at >= $from and occurred_at < $to`;

import { EmptyState } from '../../components/ui/states';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { formatNumber } from '../../lib/format';
import { ChartDataTable } from './chart-parts';
import { LineChart } from './line-chart';
import { StackedBarChart, type ChartSeries } from './stacked-bar-chart';

export const DailyCharts_FeedbackMetricsFragment = graphql(`
  fragment DailyCharts_FeedbackMetrics on FeedbackMetrics {
    daily {
      date
      count
      allowed
      reviewed
      challenged
      blocked
      averageScore
    }
  }
`);

type DecisionKey = 'allowed' | 'reviewed' | 'challenged' | 'blocked';

/** Bottom-up, least to most severe; the colours of the decision badges. */
export const DECISION_SERIES: readonly ChartSeries<DecisionKey>[] = [
  { key: 'allowed', label: 'Allow', color: '#15803d' },
  { key: 'reviewed', label: 'Review', color: '#ca8a04' },
  { key: 'challenged', label: 'Challenge', color: '#ea580c' },
  { key: 'blocked', label: 'Block', color: '#b91c1c' },
];

const SCORE_COLOR = '#2f5bd3';

interface DailyChartsProps {
  metrics: FragmentType<typeof DailyCharts_FeedbackMetricsFragment>;
}

function NoTransactions() {
  return (
    <EmptyState title="No transactions in this range">
      Pick a longer range, or switch between Live and Test data.
    </EmptyState>
  );
}

/** Transactions per day as bars stacked by decision, with the numbers in a table below. */
export function DailyVolumeChart(props: DailyChartsProps) {
  const { daily } = getFragmentData(DailyCharts_FeedbackMetricsFragment, props.metrics);
  const days = daily.map((d) => d.date);
  const total = daily.reduce((n, d) => n + d.count, 0);
  const byDecision = DECISION_SERIES.map(
    (s) => `${s.label} ${formatNumber(daily.reduce((n, d) => n + d[s.key], 0))}`,
  );
  return (
    <section className="card" aria-labelledby="metrics-volume-title">
      <h2 id="metrics-volume-title">Daily volume by decision</h2>
      {total === 0 ? (
        <NoTransactions />
      ) : (
        <>
          <StackedBarChart
            days={days}
            values={daily}
            series={DECISION_SERIES}
            unit="transactions"
            summary={`Stacked bars of transactions per day by decision, ${daily.length} days from ${days[0]} to ${days.at(-1)}: ${formatNumber(total)} in all (${byDecision.join(', ')}).`}
          />
          <ChartDataTable
            caption="Transactions per day by decision"
            columns={['Day', 'Total', ...DECISION_SERIES.map((s) => s.label)]}
            rows={daily.map((d) => [
              d.date,
              formatNumber(d.count),
              ...DECISION_SERIES.map((s) => formatNumber(d[s.key])),
            ])}
          />
        </>
      )}
    </section>
  );
}

/** The mean risk score per day as a line on the 0–100 scale; days without traffic are gaps. */
export function AverageScoreChart(props: DailyChartsProps) {
  const { daily } = getFragmentData(DailyCharts_FeedbackMetricsFragment, props.metrics);
  const days = daily.map((d) => d.date);
  const scored = daily.filter((d) => d.averageScore !== null && d.averageScore !== undefined);
  return (
    <section className="card" aria-labelledby="metrics-score-title">
      <h2 id="metrics-score-title">Average score per day</h2>
      {scored.length === 0 ? (
        <NoTransactions />
      ) : (
        <>
          <LineChart
            days={days}
            values={daily.map((d) => d.averageScore ?? null)}
            max={100}
            color={SCORE_COLOR}
            valueLabel="average score"
            summary={`Line of the average risk score per day on a 0 to 100 scale, from ${days[0]} to ${days.at(-1)}, ranging from ${formatNumber(Math.min(...scored.map((d) => d.averageScore!)), 1)} to ${formatNumber(Math.max(...scored.map((d) => d.averageScore!)), 1)}; days without transactions are gaps.`}
          />
          <ChartDataTable
            caption="Average score per day"
            columns={['Day', 'Average score']}
            rows={daily.map((d) => [d.date, formatNumber(d.averageScore, 1)])}
          />
        </>
      )}
    </section>
  );
}

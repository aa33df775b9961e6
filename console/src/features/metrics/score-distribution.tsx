import { EmptyState } from '../../components/ui/states';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { formatNumber } from '../../lib/format';
import { ChartDataTable } from './chart-parts';
import { Histogram } from './histogram';

export const ScoreDistribution_FeedbackMetricsFragment = graphql(`
  fragment ScoreDistribution_FeedbackMetrics on FeedbackMetrics {
    scoreDistribution {
      from
      to
      count
      baselineCount
    }
  }
`);

interface ScoreDistributionProps {
  metrics: FragmentType<typeof ScoreDistribution_FeedbackMetricsFragment>;
}

/** The window's risk scores in ten buckets against the previous window of equal length. */
export function ScoreDistribution(props: ScoreDistributionProps) {
  const { scoreDistribution } = getFragmentData(
    ScoreDistribution_FeedbackMetricsFragment,
    props.metrics,
  );
  const bins = scoreDistribution.map((b) => ({
    label: `${b.from}–${b.to}`,
    count: b.count,
    baselineCount: b.baselineCount,
  }));
  const current = bins.reduce((n, b) => n + b.count, 0);
  const baseline = bins.reduce((n, b) => n + b.baselineCount, 0);
  return (
    <section className="card" aria-labelledby="metrics-distribution-title">
      <h2 id="metrics-distribution-title">Score distribution</h2>
      {current === 0 && baseline === 0 ? (
        <EmptyState title="No scores to compare">
          Neither this range nor the period before it has transactions.
        </EmptyState>
      ) : (
        <>
          <Histogram
            bins={bins}
            currentLabel="This range"
            baselineLabel="Previous period"
            summary={`Histogram of risk scores in ten buckets, as shares: ${formatNumber(current)} transactions in this range against ${formatNumber(baseline)} in the previous period of equal length.`}
          />
          <ChartDataTable
            caption="Transactions per score bucket"
            columns={['Scores', 'This range', 'Previous period']}
            rows={bins.map((b) => [b.label, formatNumber(b.count), formatNumber(b.baselineCount)])}
          />
        </>
      )}
    </section>
  );
}

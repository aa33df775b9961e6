import { useMemo } from 'react';
import { useQuery } from 'urql';
import { ErrorState, Loading } from '../../components/ui/states';
import { graphql } from '../../gql';
import { useDataMode } from '../../lib/data-mode';
import { errorMessage } from '../../lib/graphql-errors';
import { useSearchParams } from '../../lib/router';
import { AverageScoreChart, DailyVolumeChart } from './daily-charts';
import { ExportCsvButton } from './export-csv-button';
import { MetricCards } from './metric-cards';
import { RangePicker } from './range-picker';
import {
  describeRange,
  formatDay,
  parseRange,
  rangeToSearch,
  rangeVariables,
  type DateRange,
} from './range.logic';
import { ScoreDistribution } from './score-distribution';
import './metrics.css';

const MetricsPageQuery = graphql(`
  query MetricsPageQuery($from: DateTime!, $to: DateTime!, $mode: Mode) {
    feedbackMetrics(from: $from, to: $to, mode: $mode) {
      mode
      transactions {
        total
      }
      ...MetricCards_FeedbackMetrics
      ...DailyCharts_FeedbackMetrics
      ...ScoreDistribution_FeedbackMetrics
      ...ExportCsv_FeedbackMetrics
    }
  }
`);

/**
 * Compliance's dashboard: approval, override and false-positive rates, labels, the recommended
 * threshold and drift over a range of UTC days kept in the URL, with daily charts and a CSV export.
 */
export function MetricsPage() {
  const [params, setParams] = useSearchParams();
  const { mode } = useDataMode();
  const today = formatDay(Date.now());
  const { range, problem } = parseRange(params, today);
  const span = rangeVariables(range);
  const variables = useMemo(
    () => ({ from: span.from, to: span.to, mode }),
    [span.from, span.to, mode],
  );
  const [{ data, fetching, error }, refetch] = useQuery({ query: MetricsPageQuery, variables });
  const metrics = data?.feedbackMetrics ?? null;
  const choose = (next: DateRange) => setParams(rangeToSearch(next, params));

  return (
    <div className="metrics-page">
      <header className="page-header">
        <div>
          <h1>Metrics</h1>
          <p className="muted metrics-page__range">
            {describeRange(range)} · UTC days · {mode === 'LIVE' ? 'Live' : 'Test'} data
          </p>
        </div>
        <div className="page-header__actions">
          <ExportCsvButton metrics={fetching ? null : metrics} from={range.from} to={range.to} />
        </div>
      </header>
      <RangePicker value={range} today={today} onChange={choose} />
      {problem ? (
        <p className="notice metrics-page__notice" role="status">
          {problem}
        </p>
      ) : null}
      {error && !metrics ? (
        <ErrorState
          message={errorMessage(error)}
          onRetry={() => refetch({ requestPolicy: 'network-only' })}
        />
      ) : !metrics ? (
        <Loading label="Loading metrics…" />
      ) : (
        <div aria-busy={fetching}>
          {metrics.transactions.total === 0 ? (
            <p className="notice metrics-page__notice">
              No {mode === 'LIVE' ? 'live' : 'test'} transactions were scored in this range: rates
              show a dash until there is something to divide.
            </p>
          ) : null}
          <MetricCards metrics={metrics} />
          <DailyVolumeChart metrics={metrics} />
          <div className="grid grid--2">
            <AverageScoreChart metrics={metrics} />
            <ScoreDistribution metrics={metrics} />
          </div>
        </div>
      )}
    </div>
  );
}

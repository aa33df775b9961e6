import { useEffect, useId, useState } from 'react';
import { useClient, useMutation } from 'urql';
import { graphql } from '../../gql';
import { useDataMode, type DataMode } from '../../lib/data-mode';
import { formatNumber, formatPercent } from '../../lib/format';
import { errorMessage } from '../../lib/graphql-errors';
import { useNavigate } from '../../lib/router';
import { defaultWindow, progressOf, windowOf } from './backtest.logic';
import { BacktestChart, BacktestSummary } from './backtest-chart';
import { BacktestRulesTable, BacktestSampleTable } from './backtest-tables';
import './custom-rules.css';

export const BacktestSection_RunMutation = graphql(`
  mutation BacktestSection_RunMutation(
    $draftId: UUID!
    $from: DateTime!
    $to: DateTime!
    $mode: Mode
  ) {
    backtestPolicy(draftId: $draftId, from: $from, to: $to, mode: $mode) {
      mode
      from
      to
      version
      comparedWith
      events
      skipped
      changed
      before {
        decision
        count
      }
      after {
        decision
        count
      }
      fraudCaught
      fraudMissed
      falsePositives
      fraudCaughtBefore
      fraudMissedBefore
      falsePositivesBefore
      rules {
        code
        hits
        fraudHits
        precision
      }
      rulesBefore {
        code
        hits
        fraudHits
        precision
      }
      sample {
        eventId
        occurredAt
        fraud
        before
        after
        riskScoreBefore
        riskScoreAfter
        rules
      }
      seconds
      eventsPerSecond
    }
  }
`);

export const BacktestSection_ProgressQuery = graphql(`
  query BacktestSection_ProgressQuery($draftId: UUID!) {
    backtestProgress(draftId: $draftId) {
      done
      total
      startedAt
    }
  }
`);

/** How often a running backtest is asked how far it got. */
export const PROGRESS_POLL_MS = 500;

type Progress = { done: number; total: number; startedAt: string };

/** Polls the progress of the version's backtest while `running`; null before the first answer. */
function useBacktestProgress(versionId: string, running: boolean): Progress | null {
  const client = useClient();
  const [progress, setProgress] = useState<Progress | null>(null);
  useEffect(() => {
    if (!running) return;
    let current = true;
    const ask = () =>
      void client
        .query(
          BacktestSection_ProgressQuery,
          { draftId: versionId },
          { requestPolicy: 'network-only' },
        )
        .toPromise()
        .then(({ data }) => {
          if (current && data?.backtestProgress) setProgress(data.backtestProgress);
        });
    const timer = setInterval(ask, PROGRESS_POLL_MS);
    return () => {
      current = false;
      clearInterval(timer);
      setProgress(null);
    };
  }, [client, versionId, running]);
  return progress;
}

const MODES = ['LIVE', 'TEST'] as const;

interface BacktestSectionProps {
  versionId: string;
  versionNumber: number;
}

/**
 * Replays a window of stored events under the version and under what the mode scores with now:
 * the decisions before and after, fraud caught and false positives, the rules that fired and the
 * events that changed (each opens its transaction).
 */
export function BacktestSection({ versionId, versionNumber }: BacktestSectionProps) {
  const id = useId();
  const [range, setRange] = useState(() => defaultWindow(new Date()));
  const [mode, setMode] = useState<DataMode>('LIVE');
  const [{ data, error, fetching }, run] = useMutation(BacktestSection_RunMutation);
  const progress = useBacktestProgress(versionId, fetching);
  const [problem, setProblem] = useState<string | null>(null);
  const navigate = useNavigate();
  const dataMode = useDataMode();
  const result = fetching ? null : data?.backtestPolicy;

  const openEvent = (eventId: string) => {
    // The transaction page reads the console's data mode: a TEST event needs TEST.
    if (result && result.mode !== dataMode.mode) dataMode.setMode(result.mode);
    navigate(`/transactions/${eventId}`);
  };

  return (
    <section className="card backtest" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>Backtest version {versionNumber}</h3>
      <p className="muted">
        Re-decides the stored events of a window under this version and under what the mode scores
        with now. Fraud counts as labelled today.
      </p>
      <form
        className="backtest-form"
        aria-label={`Backtest version ${versionNumber}`}
        onSubmit={(event) => {
          event.preventDefault();
          const w = windowOf(range.from, range.to);
          if (w.problem !== null) return setProblem(w.problem);
          setProblem(null);
          void run({ draftId: versionId, from: w.from, to: w.to, mode });
        }}
      >
        <div className="field">
          <label htmlFor={`${id}-from`}>From</label>
          <input
            id={`${id}-from`}
            type="date"
            value={range.from}
            onChange={(e) => setRange((w) => ({ ...w, from: e.target.value }))}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-to`}>To</label>
          <input
            id={`${id}-to`}
            type="date"
            value={range.to}
            onChange={(e) => setRange((w) => ({ ...w, to: e.target.value }))}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-mode`}>Events of</label>
          <select
            id={`${id}-mode`}
            value={mode}
            onChange={(e) => setMode(e.target.value as DataMode)}
          >
            {MODES.map((m) => (
              <option key={m} value={m}>
                {m}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button button--primary" disabled={fetching}>
          {fetching ? 'Running…' : 'Run backtest'}
        </button>
      </form>
      {problem ? (
        <p className="alert" role="alert">
          {problem}
        </p>
      ) : null}
      {fetching ? <BacktestProgressBar progress={progress} /> : null}
      {error && !fetching ? (
        <p className="alert" role="alert">
          The backtest did not run: {errorMessage(error)}
        </p>
      ) : null}
      {result ? (
        <div className="backtest-output" aria-live="polite">
          {result.events === 0 ? (
            <p className="muted">
              No {result.mode} events in this window{result.skipped ? ' with a snapshot' : ''}:
              widen the window or choose the other mode.
            </p>
          ) : (
            <>
              <div className="backtest-result">
                <BacktestChart
                  before={result.before}
                  after={result.after}
                  version={result.version}
                  comparedWith={result.comparedWith}
                />
                <BacktestSummary result={result} />
              </div>
              <BacktestRulesTable rules={result.rules} rulesBefore={result.rulesBefore} />
              <BacktestSampleTable
                sample={result.sample}
                changed={result.changed}
                onOpen={openEvent}
              />
            </>
          )}
        </div>
      ) : null}
    </section>
  );
}

function BacktestProgressBar({ progress }: { progress: Progress | null }) {
  if (!progress)
    return (
      <div className="backtest-progress" role="status">
        <progress aria-label="Backtest progress" />
        <span className="muted">Starting the backtest…</span>
      </div>
    );
  const { ratio, eventsPerSecond } = progressOf(progress, Date.now());
  return (
    <div className="backtest-progress" role="status">
      <progress
        aria-label="Backtest progress"
        value={progress.done}
        max={Math.max(1, progress.total)}
      />
      <span className="muted">
        {formatNumber(progress.done)} of {formatNumber(progress.total)} events (
        {formatPercent(ratio, 0)}) · {formatNumber(eventsPerSecond)} events/s
      </span>
    </div>
  );
}

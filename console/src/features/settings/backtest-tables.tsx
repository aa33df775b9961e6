import { DecisionBadge } from '../../components/ui/badges';
import { formatDateTime, formatNumber, formatPercent } from '../../lib/format';
import { firedRules } from './backtest.logic';

interface RuleStat {
  code: string;
  hits: number;
  fraudHits: number;
  precision?: number | null;
}

/** The rules that fired, under the version and (beside) under what the mode scores with now. */
export function BacktestRulesTable({
  rules,
  rulesBefore,
}: {
  rules: readonly RuleStat[];
  rulesBefore: readonly { code: string; hits: number }[];
}) {
  const rows = firedRules(rules, rulesBefore);
  if (rows.length === 0) return <p className="muted">No rule fired in the window.</p>;
  return (
    <table className="table backtest-rules">
      <caption>Rules that fired</caption>
      <thead>
        <tr>
          <th scope="col">Rule</th>
          <th scope="col" className="num">
            Hits
          </th>
          <th scope="col" className="num">
            Hits before
          </th>
          <th scope="col" className="num">
            Fraud hits
          </th>
          <th scope="col" className="num">
            Precision
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.code}>
            <th scope="row">
              <code>{r.code}</code>
            </th>
            <td className="num">{formatNumber(r.hits)}</td>
            <td className="num">{formatNumber(r.hitsBefore)}</td>
            <td className="num">{formatNumber(r.fraudHits)}</td>
            <td className="num">{r.precision === null ? '—' : formatPercent(r.precision)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export interface SampleRow {
  eventId: string;
  occurredAt: string;
  fraud: boolean;
  before: string;
  after: string;
  riskScoreBefore: number;
  riskScoreAfter: number;
  rules: readonly string[];
}

/**
 * Events whose decision the version changes; a row opens its transaction (the link is the
 * row's keyboard target, the rest of the row a larger click target).
 */
export function BacktestSampleTable({
  sample,
  changed,
  onOpen,
}: {
  sample: readonly SampleRow[];
  changed: number;
  onOpen: (eventId: string) => void;
}) {
  if (sample.length === 0) return <p className="muted">No decision changes in the window.</p>;
  return (
    <table className="table backtest-sample">
      <caption>
        Changed events
        {changed > sample.length ? ` (${sample.length} of ${formatNumber(changed)})` : ''}
      </caption>
      <thead>
        <tr>
          <th scope="col">Occurred</th>
          <th scope="col">Fraud</th>
          <th scope="col">Decision</th>
          <th scope="col" className="num">
            Score
          </th>
          <th scope="col">Rules</th>
        </tr>
      </thead>
      <tbody>
        {sample.map((s) => (
          <tr key={s.eventId} onClick={() => onOpen(s.eventId)}>
            <th scope="row">
              <a
                href={`/transactions/${s.eventId}`}
                aria-label={`Open the event of ${formatDateTime(s.occurredAt)}`}
                onClick={(event) => {
                  event.preventDefault();
                  event.stopPropagation();
                  onOpen(s.eventId);
                }}
              >
                {formatDateTime(s.occurredAt)}
              </a>
            </th>
            <td>{s.fraud ? <strong>Fraud</strong> : <span className="muted">No</span>}</td>
            <td>
              <DecisionBadge decision={s.before} /> → <DecisionBadge decision={s.after} />
            </td>
            <td className="num">
              {s.riskScoreBefore} → {s.riskScoreAfter}
            </td>
            <td>
              {s.rules.length ? (
                s.rules.map((code) => (
                  <code key={code} className="backtest-sample__rule">
                    {code}{' '}
                  </code>
                ))
              ) : (
                <span className="muted">none</span>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

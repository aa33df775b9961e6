import { useId, useState } from 'react';
import type { CheckStatus } from '../../gql/graphql';
import {
  CHECK_STATUS_ORDER,
  CHECK_STATUS_TEXT,
  countChecks,
  sortChecks,
  type CheckLike,
} from './explanation.logic';

interface RuleChecksProps {
  /** Every rule of the policy and what it found (`Transaction.allChecks`). */
  checks: readonly CheckLike[];
  /** Start expanded; collapsed by default, since fired rules are already shown above. */
  defaultExpanded?: boolean;
}

/** "3 fired · 35 passed · 2 disabled": only the statuses present. */
function summary(counts: Record<CheckStatus, number>): string {
  return CHECK_STATUS_ORDER.filter((s) => counts[s] > 0)
    .map((s) => `${counts[s]} ${CHECK_STATUS_TEXT[s].toLowerCase()}`)
    .join(' · ');
}

/**
 * Every rule the policy ran on the transaction, grouped by status (fired first, then fired in
 * shadow, passed, disabled), behind a disclosure button so the page stays short.
 */
export function RuleChecks({ checks, defaultExpanded = false }: RuleChecksProps) {
  const [expanded, setExpanded] = useState(defaultExpanded);
  const panelId = useId();
  const counts = countChecks(checks);
  const sorted = sortChecks(checks);

  if (checks.length === 0) return <p className="muted">No rule ran on this transaction.</p>;

  return (
    <div className="tx-checks">
      <div className="tx-checks__bar">
        <button
          type="button"
          className="button button--small"
          aria-expanded={expanded}
          aria-controls={panelId}
          onClick={() => setExpanded((e) => !e)}
        >
          {expanded ? 'Hide all checks' : `Show all ${checks.length} checks`}
        </button>
        <span className="muted">{summary(counts)}</span>
      </div>
      <div id={panelId} hidden={!expanded}>
        {expanded ? (
          <table className="table tx-checks__table">
            <thead>
              <tr>
                <th scope="col">Rule</th>
                <th scope="col">Finding</th>
                <th scope="col" className="num">
                  Weight
                </th>
              </tr>
            </thead>
            {CHECK_STATUS_ORDER.filter((s) => counts[s] > 0).map((status) => (
              <tbody key={status}>
                <tr className="tx-checks__group">
                  <th scope="rowgroup" colSpan={3}>
                    {CHECK_STATUS_TEXT[status]} ({counts[status]})
                  </th>
                </tr>
                {sorted
                  .filter((c) => c.status === status)
                  .map((c) => (
                    <tr key={c.code} className={`tx-check tx-check--${status.toLowerCase()}`}>
                      <td>
                        <code>{c.code}</code>
                      </td>
                      <td>{c.detail || <span className="muted">—</span>}</td>
                      <td className="num">{c.weight}</td>
                    </tr>
                  ))}
              </tbody>
            ))}
          </table>
        ) : null}
      </div>
    </div>
  );
}

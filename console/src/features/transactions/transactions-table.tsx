import type { KeyboardEvent, MouseEvent } from 'react';
import { DecisionBadge } from '../../components/ui/badges';
import { scoreTone } from '../../components/ui/score-gauge';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { formatAmount, formatDateTime, formatNumber, humanize } from '../../lib/format';
import { Link } from '../../lib/router';

/** What one row of the list shows. */
export const TransactionsTable_TransactionFragment = graphql(`
  fragment TransactionsTable_TransactionFragment on Transaction {
    id
    occurredAt
    userId
    type
    amount
    currency
    riskScore
    decision
    caseId
    processingTimeMs
  }
`);

interface TransactionsTableProps {
  transactions: readonly FragmentType<typeof TransactionsTable_TransactionFragment>[];
  /** Opens a transaction (row click, or Enter on a focused row). */
  onOpen: (id: string) => void;
  /** Accessible name of the table (read before the rows), e.g. "Transactions, newest first". */
  caption: string;
}

/** A page of scored transactions; every row opens its detail. */
export function TransactionsTable({ transactions, onOpen, caption }: TransactionsTableProps) {
  const rows = getFragmentData(TransactionsTable_TransactionFragment, transactions);

  // Keys and clicks inside the row (the case link) keep their own meaning.
  const onKeyDown = (id: string) => (event: KeyboardEvent<HTMLTableRowElement>) => {
    if (event.key === 'Enter' && event.target === event.currentTarget) onOpen(id);
  };
  const onClick = (id: string) => (event: MouseEvent<HTMLTableRowElement>) => {
    if ((event.target as HTMLElement).closest('a')) return;
    onOpen(id);
  };

  return (
    <div className="tx-table-wrap">
      <table className="table tx-table">
        <caption className="tx-visually-hidden">
          {caption}. Press Enter on a row to open the transaction.
        </caption>
        <thead>
          <tr>
            <th scope="col">Time</th>
            <th scope="col">Customer</th>
            <th scope="col">Type</th>
            <th scope="col" className="num">
              Amount
            </th>
            <th scope="col" className="num">
              Score
            </th>
            <th scope="col">Decision</th>
            <th scope="col">Case</th>
            <th scope="col" className="num">
              Processing
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((t) => (
            <tr
              key={t.id}
              className="clickable"
              tabIndex={0}
              onClick={onClick(t.id)}
              onKeyDown={onKeyDown(t.id)}
            >
              <td className="tx-table__time">
                <time dateTime={t.occurredAt}>{formatDateTime(t.occurredAt)}</time>
              </td>
              <td className="tx-table__customer">{t.userId}</td>
              <td>{humanize(t.type)}</td>
              <td className="num">{formatAmount(t.amount, t.currency)}</td>
              <td className="num">
                <span className={`tx-score tx-score--${scoreTone(t.riskScore)}`}>
                  {t.riskScore}
                </span>
              </td>
              <td>
                <DecisionBadge decision={t.decision} />
              </td>
              <td>
                {t.caseId ? (
                  <Link to={`/cases/${t.caseId}`} aria-label={`Review case of ${t.userId}`}>
                    Case
                  </Link>
                ) : (
                  <span className="muted">—</span>
                )}
              </td>
              <td className="num">{formatNumber(t.processingTimeMs, 1)} ms</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

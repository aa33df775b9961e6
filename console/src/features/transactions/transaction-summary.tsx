import { DecisionBadge } from '../../components/ui/badges';
import { ScoreGauge } from '../../components/ui/score-gauge';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { formatAmount, formatDateTime, formatNumber, humanize } from '../../lib/format';
import { Link } from '../../lib/router';
import { customerListPath } from './transactions.logic';

/** The facts at the top of a transaction's page. */
export const TransactionSummary_TransactionFragment = graphql(`
  fragment TransactionSummary_TransactionFragment on Transaction {
    id
    transactionId
    reference
    type
    mode
    userId
    amount
    amountBase
    currency
    riskScore
    riskLevel
    decision
    occurredAt
    createdAt
    processingTimeMs
    caseId
    policyVersion
  }
`);

interface TransactionSummaryProps {
  transaction: FragmentType<typeof TransactionSummary_TransactionFragment>;
}

/** The page header of a transaction: score, decision, money, customer, times and its case. */
export function TransactionSummary(props: TransactionSummaryProps) {
  const t = getFragmentData(TransactionSummary_TransactionFragment, props.transaction);
  const amount = formatAmount(t.amount, t.currency);
  return (
    <>
      <header className="page-header">
        <div>
          <p className="tx-breadcrumb">
            <Link to="/transactions">Transactions</Link>
          </p>
          <h1>
            {amount} <span className="muted tx-h1-sub">{humanize(t.type)}</span>
          </h1>
        </div>
        <div className="page-header__actions">
          {t.caseId ? (
            <Link className="button button--primary" to={`/cases/${t.caseId}`}>
              Open review case
            </Link>
          ) : null}
          <Link className="button" to={customerListPath(t.userId)}>
            All of this customer's transactions
          </Link>
        </div>
      </header>
      <section className="card tx-summary" aria-label="Outcome">
        <ScoreGauge score={t.riskScore} caption={`${humanize(t.riskLevel)} risk`} />
        <dl className="facts">
          <dt>Decision</dt>
          <dd>
            <DecisionBadge decision={t.decision} />
          </dd>
          <dt>Risk level</dt>
          <dd>
            {humanize(t.riskLevel)} ({t.riskScore} of 100)
          </dd>
          <dt>Amount</dt>
          <dd>
            {amount}
            {t.amountBase !== t.amount ? (
              <span className="muted"> · {formatAmount(t.amountBase)} in base currency</span>
            ) : null}
          </dd>
          <dt>Customer</dt>
          <dd>
            <Link to={customerListPath(t.userId)} title="List this customer's transactions">
              {t.userId}
            </Link>
          </dd>
          <dt>Review case</dt>
          <dd>
            {t.caseId ? (
              <Link to={`/cases/${t.caseId}`}>Open the case</Link>
            ) : (
              <span className="muted">None opened</span>
            )}
          </dd>
        </dl>
        <dl className="facts">
          <dt>Occurred</dt>
          <dd>
            <time dateTime={t.occurredAt}>{formatDateTime(t.occurredAt)}</time>
          </dd>
          <dt>Scored</dt>
          <dd>
            <time dateTime={t.createdAt}>{formatDateTime(t.createdAt)}</time>
          </dd>
          <dt>Processing</dt>
          <dd>{formatNumber(t.processingTimeMs, 1)} ms</dd>
          <dt>Reference</dt>
          <dd>{t.reference ?? <span className="muted">—</span>}</dd>
          <dt>Transaction id</dt>
          <dd>
            <code>{t.transactionId}</code>
          </dd>
          <dt>Mode</dt>
          <dd>{t.mode}</dd>
          <dt>Decided by</dt>
          <dd>
            {t.policyVersion === 0 ? 'the built-in defaults' : `policy version ${t.policyVersion}`}
          </dd>
        </dl>
      </section>
    </>
  );
}

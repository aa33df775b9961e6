import { DecisionBadge } from '../../components/ui/badges';
import { scoreTone } from '../../components/ui/score-gauge';
import { EmptyState } from '../../components/ui/states';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { formatAmount, formatDateTime } from '../../lib/format';
import { Link } from '../../lib/router';

export const RecentEvents_CaseFragment = graphql(`
  fragment RecentEvents_Case on Case {
    userId
    recentEvents {
      id
      occurredAt
      type
      amount
      currency
      riskScore
      decision
      caseId
      feedback {
        id
        analystLabel
      }
    }
  }
`);

/** The customer's latest other transactions, newest first, each opening its explanation. */
export function RecentEvents(props: { case: FragmentType<typeof RecentEvents_CaseFragment> }) {
  const c = getFragmentData(RecentEvents_CaseFragment, props.case);
  return (
    <section className="card card--flush" aria-labelledby="recent-heading">
      <h2 id="recent-heading" className="card__title">
        Recent events of <code>{c.userId}</code>
      </h2>
      {c.recentEvents.length === 0 ? (
        <EmptyState title="No other transaction">This is the customer's first.</EmptyState>
      ) : (
        <table className="table">
          <thead>
            <tr>
              <th scope="col">When</th>
              <th scope="col">Type</th>
              <th scope="col" className="num">
                Amount
              </th>
              <th scope="col" className="num">
                Score
              </th>
              <th scope="col">Decision</th>
              <th scope="col">Label</th>
            </tr>
          </thead>
          <tbody>
            {c.recentEvents.map((t) => {
              const label = t.feedback.find((f) => f.analystLabel)?.analystLabel;
              return (
                <tr key={t.id}>
                  <td>
                    <Link to={`/transactions/${t.id}`}>{formatDateTime(t.occurredAt)}</Link>
                  </td>
                  <td>{t.type}</td>
                  <td className="num">{formatAmount(t.amount, t.currency)}</td>
                  <td className="num">
                    <span className={`score score--${scoreTone(t.riskScore)}`}>{t.riskScore}</span>
                  </td>
                  <td>
                    <DecisionBadge decision={t.decision} />
                  </td>
                  <td>{label ? <span className="badge">{label}</span> : null}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}

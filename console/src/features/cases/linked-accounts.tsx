import { EmptyState } from '../../components/ui/states';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { formatDateTime, humanize } from '../../lib/format';
import { Link } from '../../lib/router';
import { customerListPath } from '../transactions/transactions.logic';

export const LinkedAccounts_CaseFragment = graphql(`
  fragment LinkedAccounts_Case on Case {
    linkedEntities {
      kind
      value
      userId
      events
      confirmedFraud
      latestLabel
      lastSeenAt
    }
  }
`);

/** Other customers sharing the device, IP, e-mail, phone or recipient, fraud first. */
export function LinkedAccounts(props: { case: FragmentType<typeof LinkedAccounts_CaseFragment> }) {
  const { linkedEntities } = getFragmentData(LinkedAccounts_CaseFragment, props.case);
  const links = [...linkedEntities].sort((a, b) => b.confirmedFraud - a.confirmedFraud);
  return (
    <section className="card card--flush" aria-labelledby="links-heading">
      <h2 id="links-heading" className="card__title">
        Linked accounts
      </h2>
      {links.length === 0 ? (
        <EmptyState title="No shared identifiers">
          No other customer used its device, IP, e-mail, phone or recipient.
        </EmptyState>
      ) : (
        <table className="table">
          <thead>
            <tr>
              <th scope="col">Customer</th>
              <th scope="col">Shares</th>
              <th scope="col" className="num">
                Events
              </th>
              <th scope="col">Latest label</th>
              <th scope="col">Last seen</th>
            </tr>
          </thead>
          <tbody>
            {links.map((l) => (
              <tr
                key={`${l.kind}:${l.value}:${l.userId}`}
                className={l.confirmedFraud ? 'row--fraud' : undefined}
              >
                <td>
                  <Link to={customerListPath(l.userId)}>
                    <code>{l.userId}</code>
                  </Link>
                </td>
                <td>
                  {humanize(l.kind)} <code className="muted">{l.value}</code>
                </td>
                <td className="num">{l.events}</td>
                <td>
                  {l.confirmedFraud ? (
                    <span className="badge badge--critical">
                      {l.confirmedFraud} confirmed fraud
                    </span>
                  ) : l.latestLabel ? (
                    <span className="badge">{humanize(l.latestLabel)}</span>
                  ) : (
                    <span className="muted">none</span>
                  )}
                </td>
                <td className="muted">{formatDateTime(l.lastSeenAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

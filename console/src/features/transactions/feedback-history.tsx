import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { formatDateTime, humanize } from '../../lib/format';
import './transactions.css';

/** Every verdict recorded on a transaction, newest first. */
export const FeedbackHistory_TransactionFragment = graphql(`
  fragment FeedbackHistory_TransactionFragment on Transaction {
    id
    feedback {
      id
      feedbackType
      analystLabel
      tenantAction
      confidence
      notes
      occurredAt
      createdAt
      author {
        kind
        label
      }
    }
  }
`);

const TYPE_TEXT = { ANALYST_LABEL: 'Analyst label', TENANT_ACTION: 'Tenant action' } as const;

interface FeedbackHistoryProps {
  transaction: FragmentType<typeof FeedbackHistory_TransactionFragment>;
}

/**
 * The transaction's feedback history: analysts' labels and the integrator's actions (approve,
 * chargeback…), newest first, with who sent them and when.
 */
export function FeedbackHistory(props: FeedbackHistoryProps) {
  const { id, feedback } = getFragmentData(FeedbackHistory_TransactionFragment, props.transaction);
  return (
    <section className="card" aria-labelledby={`feedback-${id}`}>
      <h2 id={`feedback-${id}`}>Feedback history</h2>
      {feedback.length === 0 ? (
        <p className="muted">
          No feedback yet. Analysts' labels and the outcomes your system reports (approve,
          chargeback…) appear here.
        </p>
      ) : (
        <table className="table">
          <thead>
            <tr>
              <th scope="col">When</th>
              <th scope="col">Type</th>
              <th scope="col">Verdict</th>
              <th scope="col">Confidence</th>
              <th scope="col">By</th>
              <th scope="col">Note</th>
            </tr>
          </thead>
          <tbody>
            {feedback.map((f) => {
              const verdict = f.analystLabel ?? f.tenantAction;
              return (
                <tr key={f.id}>
                  <td>
                    <time dateTime={f.occurredAt}>{formatDateTime(f.occurredAt)}</time>
                    {f.createdAt !== f.occurredAt ? (
                      <div className="muted tx-small">recorded {formatDateTime(f.createdAt)}</div>
                    ) : null}
                  </td>
                  <td>{TYPE_TEXT[f.feedbackType]}</td>
                  <td>{verdict ? humanize(verdict) : <span className="muted">—</span>}</td>
                  <td>
                    {f.confidence ? humanize(f.confidence) : <span className="muted">—</span>}
                  </td>
                  <td>
                    {f.author.label}
                    <div className="muted tx-small">
                      {f.author.kind === 'API_KEY' ? 'API key' : 'Console user'}
                    </div>
                  </td>
                  <td className="tx-note">{f.notes || <span className="muted">—</span>}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}

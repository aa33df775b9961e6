import { useQuery } from 'urql';
import { EmptyState, ErrorState, Loading } from '../../components/ui/states';
import { graphql } from '../../gql';
import { useDataMode } from '../../lib/data-mode';
import { errorMessage, hasErrorCode } from '../../lib/graphql-errors';
import { Link } from '../../lib/router';
import { FeedbackHistory } from './feedback-history';
import { TransactionExplanation } from './transaction-explanation';
import { TransactionSummary } from './transaction-summary';
import './transactions.css';

const TransactionPageQuery = graphql(`
  query TransactionPageQuery($id: UUID!, $mode: Mode) {
    transaction(id: $id, mode: $mode) {
      id
      ...TransactionSummary_TransactionFragment
      ...TransactionExplanation_TransactionFragment
      ...FeedbackHistory_TransactionFragment
    }
  }
`);

/** One scored transaction: its outcome, the full explanation and the feedback it received. */
export function TransactionPage({ id }: { id: string }) {
  const { mode } = useDataMode();
  // Feedback arrives from elsewhere (the API, the case workspace): show the cache, then refresh.
  const [{ data, fetching, error }, refetch] = useQuery({
    query: TransactionPageQuery,
    variables: { id, mode },
    requestPolicy: 'cache-and-network',
  });

  if (error && !data) {
    if (hasErrorCode(error, 'NOT_FOUND')) {
      return (
        <div className="tx-page">
          <header className="page-header">
            <h1>Transaction not found</h1>
          </header>
          <EmptyState title={`No ${mode === 'TEST' ? 'test' : 'live'} transaction has this id`}>
            It may belong to the other data mode ({mode === 'TEST' ? 'live' : 'test'}): switch mode
            at the top of the page, or <Link to="/transactions">go back to the list</Link>.
          </EmptyState>
        </div>
      );
    }
    return (
      <div className="tx-page">
        <header className="page-header">
          <h1>Transaction</h1>
        </header>
        <ErrorState
          message={errorMessage(error)}
          onRetry={() => refetch({ requestPolicy: 'network-only' })}
        />
      </div>
    );
  }

  if (!data) {
    return (
      <div className="tx-page">
        <header className="page-header">
          <h1>Transaction</h1>
        </header>
        <Loading label="Loading the transaction…" />
      </div>
    );
  }

  return (
    <div className="tx-page" aria-busy={fetching}>
      <TransactionSummary transaction={data.transaction} />
      <TransactionExplanation transaction={data.transaction} />
      <FeedbackHistory transaction={data.transaction} />
    </div>
  );
}

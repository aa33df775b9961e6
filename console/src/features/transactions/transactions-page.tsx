import { useMemo, useState } from 'react';
import { useQuery } from 'urql';
import { EmptyState, ErrorState, Loading } from '../../components/ui/states';
import { graphql } from '../../gql';
import { useDataMode } from '../../lib/data-mode';
import { formatNumber } from '../../lib/format';
import { errorMessage } from '../../lib/graphql-errors';
import { useNavigate, useSearchParams } from '../../lib/router';
import { TransactionFiltersForm } from './transaction-filters';
import { TransactionsTable } from './transactions-table';
import {
  PAGE_SIZE,
  isFiltered,
  pageRange,
  parseFilters,
  serializeFilters,
  toFilterVariables,
  type TransactionFilters,
} from './transactions.logic';
import './transactions.css';

const TransactionsPageQuery = graphql(`
  query TransactionsPageQuery(
    $filter: TransactionFilter
    $first: Int!
    $after: String
    $mode: Mode
  ) {
    transactions(filter: $filter, first: $first, after: $after, mode: $mode) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      edges {
        cursor
        node {
          id
          ...TransactionsTable_TransactionFragment
        }
      }
    }
  }
`);

/**
 * The `after` cursors of the pages before the current one, for "Newer": the API pages forwards
 * only. Tied to the list it was built on (`key`: mode and filter), so any change starts over.
 */
interface Paging {
  key: string;
  cursors: (string | null)[];
}

/** Scored transactions, newest first, filtered through the URL and paged 25 at a time. */
export function TransactionsPage() {
  const { mode } = useDataMode();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => parseFilters(params), [params]);
  const filterQuery = serializeFilters(filters).toString();
  const listKey = `${mode}|${filterQuery}`;

  const [paging, setPaging] = useState<Paging>({ key: listKey, cursors: [null] });
  const cursors = paging.key === listKey ? paging.cursors : [null];
  const pageIndex = cursors.length - 1;
  const after = cursors[pageIndex] ?? null;

  const variables = useMemo(
    () => ({ filter: toFilterVariables(filters), first: PAGE_SIZE, after, mode }),
    [filters, after, mode],
  );
  const [{ data, fetching, error }, refetch] = useQuery({
    query: TransactionsPageQuery,
    variables,
  });

  const applyFilters = (next: TransactionFilters) => setParams(serializeFilters(next));
  const older = (endCursor: string) =>
    setPaging({ key: listKey, cursors: [...cursors, endCursor] });
  const newer = () => setPaging({ key: listKey, cursors: cursors.slice(0, -1) });

  const connection = data?.transactions;
  const filtered = isFiltered(filters);

  return (
    <div className="tx-page">
      <header className="page-header">
        <h1>Transactions</h1>
        {connection ? (
          <span className="muted" aria-live="polite">
            {filtered ? 'Matching: ' : ''}
            {formatNumber(connection.totalCount)}{' '}
            {connection.totalCount === 1 ? 'transaction' : 'transactions'}
            {mode === 'TEST' ? ' (test data)' : ''}
          </span>
        ) : null}
      </header>

      <TransactionFiltersForm key={filterQuery} value={filters} onChange={applyFilters} />

      <section className="card tx-list" aria-busy={fetching}>
        {error ? (
          <ErrorState
            message={errorMessage(error)}
            onRetry={() => refetch({ requestPolicy: 'network-only' })}
          />
        ) : !connection ? (
          <Loading label="Loading transactions…" />
        ) : connection.edges.length === 0 ? (
          pageIndex > 0 ? (
            <EmptyState title="No older transactions">
              <button type="button" className="button" onClick={newer}>
                Back to newer transactions
              </button>
            </EmptyState>
          ) : filtered ? (
            <EmptyState title="No transaction matches these filters">
              Widen the score range or the dates, choose any decision, or check the customer id (it
              must match exactly). <ClearFilters onClear={() => applyFilters(parseFilters(''))} />
            </EmptyState>
          ) : (
            <EmptyState title={`No ${mode === 'TEST' ? 'test ' : ''}transactions scored yet`}>
              Transactions appear here once your system sends them to the scoring API
              {mode === 'LIVE'
                ? ' with a live key. Switch to test data to see test traffic.'
                : ' with a test key.'}
            </EmptyState>
          )
        ) : (
          <>
            <TransactionsTable
              transactions={connection.edges.map((e) => e.node)}
              onOpen={(id) => navigate(`/transactions/${id}`)}
              caption={`Transactions ${pageRange(pageIndex, connection.edges.length, connection.totalCount)}, newest first`}
            />
            <nav className="tx-pager" aria-label="Pages">
              <button
                type="button"
                className="button"
                onClick={newer}
                disabled={pageIndex === 0 || fetching}
              >
                ← Newer
              </button>
              <span className="muted">
                {pageRange(pageIndex, connection.edges.length, connection.totalCount)}
              </span>
              <button
                type="button"
                className="button"
                onClick={() =>
                  connection.pageInfo.endCursor && older(connection.pageInfo.endCursor)
                }
                disabled={!connection.pageInfo.hasNextPage || fetching}
              >
                Older →
              </button>
            </nav>
          </>
        )}
      </section>
    </div>
  );
}

function ClearFilters({ onClear }: { onClear: () => void }) {
  return (
    <button type="button" className="button button--small" onClick={onClear}>
      Clear all filters
    </button>
  );
}

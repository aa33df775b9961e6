import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from 'react';
import { useMutation, useQuery, useSubscription } from 'urql';
import { EmptyState, ErrorState, Loading } from '../../components/ui/states';
import { getFragmentData, graphql } from '../../gql';
import { useConnection } from '../../lib/connection';
import { useDataMode } from '../../lib/data-mode';
import { errorMessage } from '../../lib/graphql-errors';
import { useNow } from '../../lib/use-now';
import { ignoresShortcut, isOwnedByControl } from '../../lib/keyboard';
import { useNavigate, useSearchParams } from '../../lib/router';
import type { ConsoleViewer } from '../shell/app-shell';
import { QueueFilters } from './queue-filters';
import { QueueTable, type QueueRow } from './queue-table';
import {
  DEFAULT_FILTER,
  filterFromSearch,
  filterToVariables,
  filterToSearch,
  moveSelection,
  queueReducer,
  type QueueEvent,
  type QueueFilter,
} from './queue.logic';
import { rememberQueueSearch } from './queue-memory';
import './queue.css';

/** Rows fetched at once; the counter still shows the full total. */
const PAGE_SIZE = 100;

const QueuePageQuery = graphql(`
  query QueuePageQuery($filter: ReviewQueueFilter, $mode: Mode, $first: Int) {
    reviewQueue(filter: $filter, first: $first, mode: $mode) {
      totalCount
      edges {
        node {
          ...QueueRow_Case
        }
      }
    }
  }
`);

/** The fields a row shows; the query, the live events and a claim carry the same ones. */
const QueueRow_CaseFragment = graphql(`
  fragment QueueRow_Case on Case {
    id
    status
    priority
    riskScore
    decision
    amount
    userId
    createdAt
    slaDueAt
    updatedAt
    assignee {
      email
    }
  }
`);

const QueuePageSubscription = graphql(`
  subscription QueuePageSubscription($mode: Mode) {
    reviewQueue(mode: $mode) {
      type
      case {
        ...QueueRow_Case
      }
    }
  }
`);

const QueuePage_AssignCaseMutation = graphql(`
  mutation QueuePage_AssignCaseMutation($id: UUID!, $mode: Mode) {
    assignCase(caseId: $id, mode: $mode) {
      ...QueueRow_Case
    }
  }
`);

/**
 * The live review queue: the first page by query, then every committed change over the
 * `reviewQueue` subscription, merged in place. Filters live in the URL; j/k move, Enter
 * opens, c claims. After a lost connection it reconnects on its own and refetches.
 */
export function QueuePage({ viewer }: { viewer: ConsoleViewer }) {
  const { mode } = useDataMode();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const search = params.toString();
  const filter = useMemo(() => filterFromSearch(search), [search]);
  const connection = useConnection();
  const [{ data, fetching, error }, refetch] = useQuery({
    query: QueuePageQuery,
    variables: {
      mode,
      first: PAGE_SIZE,
      filter: filterToVariables(filter),
    },
    requestPolicy: 'cache-and-network',
  });
  const [{ rows, count }, dispatch] = useReducer(queueReducer<QueueRow>, { rows: [], count: 0 });
  // The selection follows a case, not a position: a case arriving above it does not move it.
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const now = useNow();
  const [claim, claimCase] = useMutation(QueuePage_AssignCaseMutation);
  const canWork = viewer.role === 'ANALYST' || viewer.role === 'TENANT_ADMIN';
  const filterRef = useRef<QueueFilter>(filter);
  filterRef.current = filter;
  const selected = rows.findIndex((r) => r.id === selectedId);

  useEffect(() => {
    rememberQueueSearch(search);
  }, [search]);

  useEffect(() => {
    if (!data) return;
    dispatch({
      type: 'loaded',
      rows: data.reviewQueue.edges.map((e) => getFragmentData(QueueRow_CaseFragment, e.node)),
      count: data.reviewQueue.totalCount,
    });
  }, [data]);

  const merge = useCallback(
    (event: QueueEvent<QueueRow>) =>
      dispatch({ type: 'event', event, filter: filterRef.current, me: viewer.email }),
    [viewer.email],
  );

  useSubscription({ query: QueuePageSubscription, variables: { mode } }, (_prev, event) => {
    const { type } = event.reviewQueue;
    merge({ type, case: getFragmentData(QueueRow_CaseFragment, event.reviewQueue.case) });
    return event;
  });

  // Events sent while the socket was down are gone: after a reconnection, ask again.
  const reconnects = connection.reconnects;
  useEffect(() => {
    if (reconnects > 0) refetch({ requestPolicy: 'network-only' });
  }, [reconnects, refetch]);

  const open = useCallback((id: string) => navigate(`/cases/${id}`), [navigate]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (ignoresShortcut(event)) return;
      const row = rows[selected];
      if (event.key === 'j' || event.key === 'k') {
        event.preventDefault();
        const next = rows[moveSelection(selected, event.key === 'j' ? 1 : -1, rows.length)];
        setSelectedId(next?.id ?? null);
        // The focus follows, so Enter opens it and screen readers read it.
        if (next) document.querySelector<HTMLElement>(`tr[data-case-id="${next.id}"]`)?.focus();
      } else if (event.key === 'Enter' && row && !isOwnedByControl(event.target)) {
        // A focused row opens itself (its own handler); this is for the highlighted one.
        if (!(event.target instanceof HTMLTableRowElement)) open(row.id);
      } else if (event.key === 'c' && row && canWork && !row.assignee) {
        void claimCase({ id: row.id, mode }).then((result) => {
          if (result.data)
            merge({
              type: 'CASE_UPDATED',
              case: getFragmentData(QueueRow_CaseFragment, result.data.assignCase),
            });
        });
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [rows, selected, open, claimCase, merge, mode, canWork]);

  const filtered = filterToSearch(filter) !== filterToSearch(DEFAULT_FILTER);
  const live =
    connection.state === 'connected'
      ? { className: 'live', text: 'Live' }
      : connection.state === 'reconnecting'
        ? { className: 'live live--off', text: 'Connection lost — reconnecting…' }
        : { className: 'live live--connecting', text: 'Connecting…' };

  return (
    <>
      <header className="page-header">
        <h1>Review queue</h1>
        <span className="counter" aria-live="polite" data-testid="open-count">
          <strong>{count}</strong> {count === 1 ? 'case' : 'cases'}
          {filtered ? ' match the filter' : ' to review'}
        </span>
        <span className={live.className}>{live.text}</span>
        <span className="page-header__actions muted shortcuts" aria-hidden="true">
          <kbd>j</kbd>/<kbd>k</kbd> move · <kbd>Enter</kbd> open
          {canWork ? (
            <>
              {' '}
              · <kbd>c</kbd> claim
            </>
          ) : null}
        </span>
      </header>
      <QueueFilters
        filter={filter}
        onChange={(next) => setParams(new URLSearchParams(filterToSearch(next)))}
      />
      {connection.state === 'reconnecting' ? (
        <p className="notice" role="status">
          Live updates are paused while the connection is down. Cases scored meanwhile will show as
          soon as it is back; the queue is reloaded then.
        </p>
      ) : null}
      {claim.error ? <ErrorState message={errorMessage(claim.error)} /> : null}
      <section className="card card--flush" aria-busy={fetching} aria-label="Cases">
        {error ? (
          <ErrorState
            message={errorMessage(error)}
            onRetry={() => refetch({ requestPolicy: 'network-only' })}
          />
        ) : !data && fetching ? (
          <Loading label="Loading the queue…" />
        ) : rows.length === 0 ? (
          <EmptyState title={filtered ? 'No case matches these filters' : 'The queue is clear'}>
            {filtered
              ? 'Widen the filters to see more cases.'
              : 'New cases appear here the moment they are scored.'}
          </EmptyState>
        ) : (
          <QueueTable
            rows={rows}
            selected={selected}
            now={now}
            onSelect={(i) => setSelectedId(rows[i]?.id ?? null)}
            onOpen={open}
          />
        )}
        {data && data.reviewQueue.totalCount > rows.length ? (
          <p className="muted table-note">
            Showing the first {rows.length} by priority and age; resolve or filter to see the rest.
          </p>
        ) : null}
      </section>
    </>
  );
}

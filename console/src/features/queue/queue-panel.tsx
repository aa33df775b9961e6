import { useEffect, useMemo, useState } from 'react';
import { useQuery, useSubscription } from 'urql';
import { graphql } from '../../gql';
import { errorMessage } from '../../lib/graphql-errors';
import {
  applyEvent,
  filterToSearch,
  filterFromSearch,
  slaText,
  type QueueCase,
  type QueueEvent,
} from './queue.logic';

const QueuePanelQuery = graphql(`
  query QueuePanelQuery($filter: ReviewQueueFilter) {
    reviewQueue(filter: $filter, first: 50) {
      totalCount
      edges {
        node {
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
      }
    }
  }
`);

const QueuePanelSubscription = graphql(`
  subscription QueuePanelSubscription {
    reviewQueue {
      type
      case {
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
    }
  }
`);

type Row = QueueCase & { decision: string; amount: number | null; userId: string };

interface QueuePanelProps {
  /** The viewer's e-mail, for the "mine" filter. */
  me: string | null;
  /** Opens a case. */
  onOpen: (caseId: string) => void;
}

/** The live review queue: the first page, then every committed change as it happens. */
export function QueuePanel({ me, onOpen }: QueuePanelProps) {
  const filter = useMemo(() => filterFromSearch(window.location.search), []);
  const [{ data, fetching, error }, refetch] = useQuery({
    query: QueuePanelQuery,
    variables: {
      filter: {
        status: filter.statuses,
        assignee: filter.assignee,
        minScore: filter.minScore,
        priority: filter.priorities.length ? filter.priorities : null,
      },
    },
  });
  const [rows, setRows] = useState<Row[]>([]);
  const [now, setNow] = useState(() => Date.now());

  useEffect(() => {
    if (data) setRows(data.reviewQueue.edges.map((e) => e.node as Row));
  }, [data]);

  const [live] = useSubscription({ query: QueuePanelSubscription }, (_prev, event) => {
    setRows((current) => applyEvent(current, event.reviewQueue as QueueEvent, filter, me) as Row[]);
    return event;
  });

  // The SLA countdown ticks every 30 seconds.
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 30_000);
    return () => window.clearInterval(timer);
  }, []);

  const disconnected = Boolean(live.error);

  return (
    <section className="card" aria-busy={fetching}>
      <header className="queue-header">
        <h2>Review queue</h2>
        <span className="muted">
          {rows.length} open {rows.length === 1 ? 'case' : 'cases'}
          {filterToSearch(filter) === '' ? '' : ' (filtered)'}
        </span>
        <span className={disconnected ? 'live live--off' : 'live'}>
          {disconnected ? 'Live updates lost' : 'Live'}
        </span>
      </header>
      {error ? (
        <div className="alert" role="alert">
          <p>{errorMessage(error)}</p>
          <button
            type="button"
            className="button"
            onClick={() => refetch({ requestPolicy: 'network-only' })}
          >
            Try again
          </button>
        </div>
      ) : rows.length === 0 && !fetching ? (
        <p className="muted">No case waits for review. New ones appear here as they are scored.</p>
      ) : (
        <table className="queue">
          <thead>
            <tr>
              <th scope="col">Priority</th>
              <th scope="col">Score</th>
              <th scope="col">Decision</th>
              <th scope="col">Customer</th>
              <th scope="col">Amount</th>
              <th scope="col">SLA</th>
              <th scope="col">Assignee</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr
                key={row.id}
                data-case-id={row.id}
                className="clickable"
                tabIndex={0}
                onClick={() => onOpen(row.id)}
                onKeyDown={(e) => {
                  if (e.key === 'Enter') onOpen(row.id);
                }}
              >
                <td>
                  <span className={`badge badge--${row.priority.toLowerCase()}`}>
                    {row.priority}
                  </span>
                </td>
                <td>{row.riskScore}</td>
                <td>{row.decision}</td>
                <td>
                  <code>{row.userId}</code>
                </td>
                <td>{row.amount === null ? '—' : row.amount.toLocaleString()}</td>
                <td className={Date.parse(row.slaDueAt) < now ? 'overdue' : undefined}>
                  {slaText(row.slaDueAt, now)}
                </td>
                <td>{row.assignee?.email ?? <span className="muted">unassigned</span>}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

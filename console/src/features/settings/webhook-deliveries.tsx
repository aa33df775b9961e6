import { useEffect, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { EmptyState } from '../../components/ui/states';
import { graphql } from '../../gql';
import type { Mode } from '../../gql/graphql';
import { formatDateTime, humanize } from '../../lib/format';
import { errorMessage } from '../../lib/graphql-errors';
import { deliveryResponse } from './access.logic';
import { PAGE_SIZE, PageStatusRow, useCursorPages } from './paging';

const WebhookDeliveries_DeliveriesQuery = graphql(`
  query WebhookDeliveries_DeliveriesQuery(
    $endpointId: UUID!
    $mode: Mode!
    $first: Int!
    $after: String
  ) {
    webhookDeliveries(endpointId: $endpointId, mode: $mode, first: $first, after: $after) {
      edges {
        node {
          id
          eventType
          status
          attempts
          createdAt
          lastAttemptAt
          deliveredAt
          lastStatusCode
          lastError
          payload
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

const WebhookDeliveries_RedeliverMutation = graphql(`
  mutation WebhookDeliveries_RedeliverMutation($deliveryId: UUID!, $mode: Mode!) {
    redeliverWebhook(deliveryId: $deliveryId, mode: $mode) {
      id
      status
      attempts
    }
  }
`);

interface WebhookDeliveriesProps {
  endpointId: string;
  url: string;
  mode: Mode;
}

/** An endpoint's delivery log, newest first, with a way to send any delivery again. */
export function WebhookDeliveries({ endpointId, url, mode }: WebhookDeliveriesProps) {
  const { cursors, loadMore } = useCursorPages(`${mode}/${endpointId}`);
  const [, redeliver] = useMutation(WebhookDeliveries_RedeliverMutation);
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [refreshes, setRefreshes] = useState(0);

  const send = async (deliveryId: string, eventType: string) => {
    setBusy(deliveryId);
    setOutcome(null);
    const result = await redeliver({ deliveryId, mode });
    setBusy(null);
    setOutcome(
      result.error
        ? { ok: false, text: errorMessage(result.error) }
        : { ok: true, text: `${eventType} queued for delivery again.` },
    );
  };

  return (
    <section className="card" aria-labelledby="deliveries-title">
      <div className="toolbar">
        <h2 id="deliveries-title" className="toolbar__title">
          Deliveries to <code>{url}</code>
        </h2>
        <button
          type="button"
          className="button button--small"
          onClick={() => setRefreshes((n) => n + 1)}
        >
          Refresh
        </button>
      </div>
      <p className="muted">
        Pending deliveries are retried with backoff; failed ones gave up after the last retry.
        Redeliver sends one again whatever its state.
      </p>
      {outcome ? (
        <p className={outcome.ok ? 'success' : 'alert'} role={outcome.ok ? 'status' : 'alert'}>
          {outcome.text}
        </p>
      ) : null}
      <table className="table">
        <thead>
          <tr>
            <th scope="col">Event</th>
            <th scope="col">Status</th>
            <th scope="col" className="num">
              Attempts
            </th>
            <th scope="col">Last response</th>
            <th scope="col">Created</th>
            <th scope="col">Last attempt</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        {cursors.map((after, i) => (
          <DeliveriesPage
            key={after ?? 'first'}
            endpointId={endpointId}
            mode={mode}
            after={after}
            isLast={i === cursors.length - 1}
            onLoadMore={loadMore}
            busy={busy}
            refreshes={refreshes}
            onRedeliver={(id, eventType) => void send(id, eventType)}
          />
        ))}
      </table>
    </section>
  );
}

interface DeliveriesPageProps {
  endpointId: string;
  mode: Mode;
  after: string | null;
  isLast: boolean;
  onLoadMore: (cursor: string) => void;
  /** The delivery being sent again, if any. */
  busy: string | null;
  /** Counts "Refresh" clicks: each one refetches the page from the server. */
  refreshes: number;
  onRedeliver: (deliveryId: string, eventType: string) => void;
}

function DeliveriesPage(props: DeliveriesPageProps) {
  const { endpointId, mode, after, isLast, onLoadMore, busy, refreshes, onRedeliver } = props;
  const [{ data, fetching, error }, refetch] = useQuery({
    query: WebhookDeliveries_DeliveriesQuery,
    variables: { endpointId, mode, first: PAGE_SIZE, after },
    requestPolicy: 'cache-and-network',
  });
  const edges = data?.webhookDeliveries.edges ?? [];

  useEffect(() => {
    if (refreshes > 0) refetch({ requestPolicy: 'network-only' });
  }, [refreshes, refetch]);

  return (
    <tbody aria-busy={fetching}>
      {after === null && data && edges.length === 0 ? (
        <tr>
          <td colSpan={7}>
            <EmptyState title="Nothing sent yet">
              Deliveries appear here when a subscribed event happens.
            </EmptyState>
          </td>
        </tr>
      ) : null}
      {edges.map(({ node }) => (
        <tr key={node.id}>
          <td>
            <code>{node.eventType}</code>
            <details className="delivery-payload">
              <summary>Payload</summary>
              <pre>{JSON.stringify(node.payload, null, 2)}</pre>
            </details>
          </td>
          <td>
            <span className={`badge badge--delivery-${node.status.toLowerCase()}`}>
              {humanize(node.status)}
            </span>
            {node.deliveredAt ? (
              <div className="muted">{formatDateTime(node.deliveredAt)}</div>
            ) : null}
          </td>
          <td className="num">{node.attempts}</td>
          <td className="delivery-response">{deliveryResponse(node)}</td>
          <td>{formatDateTime(node.createdAt)}</td>
          <td>{formatDateTime(node.lastAttemptAt)}</td>
          <td>
            <button
              type="button"
              className="button button--small"
              disabled={busy === node.id}
              aria-label={`Redeliver ${node.eventType} from ${formatDateTime(node.createdAt)}`}
              onClick={() => onRedeliver(node.id, node.eventType)}
            >
              {busy === node.id ? 'Sending…' : 'Redeliver'}
            </button>
          </td>
        </tr>
      ))}
      <PageStatusRow
        colSpan={7}
        fetching={fetching}
        error={error}
        onRetry={() => refetch({ requestPolicy: 'network-only' })}
        next={data?.webhookDeliveries.pageInfo}
        isLast={isLast}
        onLoadMore={onLoadMore}
        loadingLabel="Loading deliveries…"
      />
    </tbody>
  );
}

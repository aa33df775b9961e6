import { useState } from 'react';
import { useClient, useMutation, useQuery } from 'urql';
import { EmptyState, ErrorState, Loading } from '../../components/ui/states';
import { graphql } from '../../gql';
import { useDataMode } from '../../lib/data-mode';
import { formatDateTime } from '../../lib/format';
import { errorMessage } from '../../lib/graphql-errors';
import { useSearchParams } from '../../lib/router';
import { ConfirmDialog } from './confirm-dialog';
import { failureOf } from './form-status';
import { SecretOnce } from './secret-once';
import { WebhookDeliveries } from './webhook-deliveries';
import { WebhookForm } from './webhook-form';

const WebhooksTab_EndpointsQuery = graphql(`
  query WebhooksTab_EndpointsQuery($mode: Mode!) {
    webhookEndpoints(mode: $mode) {
      id
      url
      events
      mode
      createdAt
      disabledAt
    }
  }
`);

const WebhooksTab_CreateEndpointMutation = graphql(`
  mutation WebhooksTab_CreateEndpointMutation($url: String!, $events: [String!]!, $mode: Mode!) {
    createWebhookEndpoint(url: $url, events: $events, mode: $mode) {
      secret
      endpoint {
        id
        url
      }
    }
  }
`);

const WebhooksTab_DisableEndpointMutation = graphql(`
  mutation WebhooksTab_DisableEndpointMutation($id: UUID!, $mode: Mode!) {
    disableWebhookEndpoint(id: $id, mode: $mode) {
      id
      disabledAt
    }
  }
`);

const ENDPOINT_TYPENAMES = { additionalTypenames: ['WebhookEndpoint'] };

/** The `?endpoint=` whose delivery log is open. */
const ENDPOINT_PARAM = 'endpoint';

/** Webhook endpoints of the current data mode, their signing secrets and delivery logs. */
export function WebhooksTab() {
  const { mode } = useDataMode();
  const modeLabel = mode === 'LIVE' ? 'Live' : 'Test';
  const [params, setParams] = useSearchParams();
  const [{ data, fetching, error }, refetch] = useQuery({
    query: WebhooksTab_EndpointsQuery,
    variables: { mode },
    context: ENDPOINT_TYPENAMES,
  });
  // The secret must not outlive its one showing: a one-off call keeps no result in hook state.
  const client = useClient();
  const [, disableEndpoint] = useMutation(WebhooksTab_DisableEndpointMutation);
  const [created, setCreated] = useState<{ url: string; secret: string } | null>(null);
  const [disabling, setDisabling] = useState<{ id: string; url: string } | null>(null);

  const endpoints = data?.webhookEndpoints ?? [];
  const open = endpoints.find((e) => e.id === params.get(ENDPOINT_PARAM));

  const showDeliveries = (id: string | null) => {
    const next = new URLSearchParams(params);
    if (id) next.set(ENDPOINT_PARAM, id);
    else next.delete(ENDPOINT_PARAM);
    setParams(next);
  };

  return (
    <>
      <section className="card" aria-labelledby="webhooks-title">
        <h2 id="webhooks-title" tabIndex={-1}>
          Webhooks ({modeLabel})
        </h2>
        <p className="muted">
          Warden POSTs events to these endpoints, signed with each endpoint's secret. An endpoint
          receives the events of one mode: switch the data mode to manage the other.
        </p>
        {created ? (
          <SecretOnce
            title={`Signing secret for ${created.url}`}
            secret={created.secret}
            onDone={() => {
              setCreated(null);
              document.getElementById('webhooks-title')?.focus();
            }}
          >
            <p className="muted">
              Verify each request's <code>Warden-Signature: t=…,v1=…</code> header: v1 is the hex
              HMAC-SHA256 of <code>{'"<t>.<raw body>"'}</code> with this secret. Refuse timestamps
              older than five minutes.
            </p>
          </SecretOnce>
        ) : (
          <WebhookForm
            modeLabel={modeLabel}
            onCreate={async ({ url, events }) => {
              const result = await client
                .mutation(
                  WebhooksTab_CreateEndpointMutation,
                  { url, events, mode },
                  ENDPOINT_TYPENAMES,
                )
                .toPromise();
              if (result.error) return errorMessage(result.error);
              const payload = result.data?.createWebhookEndpoint;
              if (payload) setCreated({ url: payload.endpoint.url, secret: payload.secret });
              return null;
            }}
          />
        )}
      </section>
      <section className="card" aria-labelledby="endpoints-title" aria-busy={fetching}>
        <h2 id="endpoints-title">Endpoints</h2>
        {error && !data ? (
          <ErrorState
            message={errorMessage(error)}
            onRetry={() => refetch({ requestPolicy: 'network-only' })}
          />
        ) : !data ? (
          <Loading label="Loading endpoints…" />
        ) : endpoints.length === 0 ? (
          <EmptyState title={`No ${modeLabel.toLowerCase()} endpoints`}>
            Add one above to be told when cases open or transactions are blocked.
          </EmptyState>
        ) : (
          <table className="table">
            <thead>
              <tr>
                <th scope="col">URL</th>
                <th scope="col">Events</th>
                <th scope="col">Mode</th>
                <th scope="col">Status</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {endpoints.map((endpoint) => (
                <tr
                  key={endpoint.id}
                  className={open?.id === endpoint.id ? 'row--selected' : undefined}
                >
                  <td className="endpoint-url">
                    <code>{endpoint.url}</code>
                  </td>
                  <td>
                    {endpoint.events.map((event) => (
                      <code key={event} className="event-chip">
                        {event}
                      </code>
                    ))}
                  </td>
                  <td>
                    <span className={`badge badge--mode-${endpoint.mode.toLowerCase()}`}>
                      {endpoint.mode}
                    </span>
                  </td>
                  <td>
                    {endpoint.disabledAt
                      ? `Disabled ${formatDateTime(endpoint.disabledAt)}`
                      : `Active since ${formatDateTime(endpoint.createdAt)}`}
                  </td>
                  <td>
                    <div className="row-actions">
                      <button
                        type="button"
                        className="button button--small"
                        aria-pressed={open?.id === endpoint.id}
                        aria-label={`Deliveries to ${endpoint.url}`}
                        onClick={() =>
                          showDeliveries(open?.id === endpoint.id ? null : endpoint.id)
                        }
                      >
                        Deliveries
                      </button>
                      {endpoint.disabledAt ? null : (
                        <button
                          type="button"
                          className="button button--small button--danger"
                          aria-label={`Disable ${endpoint.url}`}
                          onClick={() => setDisabling(endpoint)}
                        >
                          Disable
                        </button>
                      )}
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      {open ? <WebhookDeliveries endpointId={open.id} url={open.url} mode={mode} /> : null}
      {disabling ? (
        <ConfirmDialog
          title="Disable this endpoint?"
          confirmLabel="Disable endpoint"
          onCancel={() => setDisabling(null)}
          onConfirm={async () => {
            const failure = await failureOf(disableEndpoint({ id: disabling.id, mode }));
            if (failure === null) setDisabling(null);
            return failure;
          }}
        >
          <p>
            <code>{disabling.url}</code> stops receiving events. It cannot be enabled again: add a
            new endpoint (with a new secret) if you need it back.
          </p>
        </ConfirmDialog>
      ) : null}
    </>
  );
}

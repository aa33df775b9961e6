import { useState } from 'react';
import { useClient, useMutation, useQuery } from 'urql';
import { EmptyState } from '../../components/ui/states';
import { graphql } from '../../gql';
import { formatDateTime } from '../../lib/format';
import { errorMessage } from '../../lib/graphql-errors';
import { apiKeyState, type Mode } from './access.logic';
import { ApiKeyForm } from './api-key-form';
import { ConfirmDialog } from './confirm-dialog';
import { failureOf } from './form-status';
import { PAGE_SIZE, PageStatusRow, useCursorPages } from './paging';
import { SecretOnce } from './secret-once';

const ApiKeysTab_ApiKeysQuery = graphql(`
  query ApiKeysTab_ApiKeysQuery($first: Int!, $after: String) {
    apiKeys(first: $first, after: $after) {
      edges {
        node {
          id
          name
          mode
          prefix
          createdAt
          lastUsedAt
          revokedAt
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

const ApiKeysTab_CreateApiKeyMutation = graphql(`
  mutation ApiKeysTab_CreateApiKeyMutation($mode: Mode!, $name: String!) {
    createApiKey(mode: $mode, name: $name) {
      secret
      apiKey {
        id
        name
        mode
        prefix
      }
    }
  }
`);

const ApiKeysTab_RevokeApiKeyMutation = graphql(`
  mutation ApiKeysTab_RevokeApiKeyMutation($id: UUID!) {
    revokeApiKey(id: $id) {
      id
      revokedAt
    }
  }
`);

/** A new key refreshes the list even when it was empty. */
const API_KEY_TYPENAMES = { additionalTypenames: ['ApiKey'] };

interface KeyRef {
  id: string;
  name: string;
  prefix: string;
  mode: Mode;
}

/** The tenant's API keys: create (the secret shows once), list, revoke. */
export function ApiKeysTab() {
  const { cursors, loadMore } = useCursorPages('keys');
  // The secret must not outlive its one showing: a one-off call keeps no result in hook state.
  const client = useClient();
  const [, revokeKey] = useMutation(ApiKeysTab_RevokeApiKeyMutation);
  const [created, setCreated] = useState<(KeyRef & { secret: string }) | null>(null);
  const [revoking, setRevoking] = useState<KeyRef | null>(null);

  return (
    <>
      <section className="card" aria-labelledby="keys-title">
        <h2 id="keys-title" tabIndex={-1}>
          API keys
        </h2>
        <p className="muted">
          Your servers score events and send feedback with these keys. A key works in one mode: test
          keys never touch live profiles, lists or metrics.
        </p>
        {created ? (
          <SecretOnce
            title={`Your new ${created.mode.toLowerCase()} key “${created.name}”`}
            secret={created.secret}
            onDone={() => {
              setCreated(null);
              document.getElementById('keys-title')?.focus();
            }}
          >
            <p className="muted">
              Warden keeps only a hash of it. Send it as an <code>x-api-key</code> header from your
              servers; never put it in a browser or an app.
            </p>
          </SecretOnce>
        ) : (
          <ApiKeyForm
            onCreate={async (input) => {
              const result = await client
                .mutation(ApiKeysTab_CreateApiKeyMutation, input, API_KEY_TYPENAMES)
                .toPromise();
              if (result.error) return errorMessage(result.error);
              const payload = result.data?.createApiKey;
              if (payload) setCreated({ ...payload.apiKey, secret: payload.secret });
              return null;
            }}
          />
        )}
      </section>
      <section className="card" aria-labelledby="keys-list-title">
        <h2 id="keys-list-title">Keys</h2>
        <table className="table">
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Mode</th>
              <th scope="col">Prefix</th>
              <th scope="col">Created</th>
              <th scope="col">Last used</th>
              <th scope="col">Status</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          {cursors.map((after, i) => (
            <KeysPage
              key={after ?? 'first'}
              after={after}
              isLast={i === cursors.length - 1}
              onLoadMore={loadMore}
              onRevoke={setRevoking}
            />
          ))}
        </table>
      </section>
      {revoking ? (
        <ConfirmDialog
          title={`Revoke “${revoking.name}”?`}
          confirmLabel="Revoke key"
          onCancel={() => setRevoking(null)}
          onConfirm={async () => {
            const failure = await failureOf(revokeKey({ id: revoking.id }));
            if (failure === null) setRevoking(null);
            return failure;
          }}
        >
          <p>
            Requests with <code>{revoking.prefix}…</code> ({revoking.mode.toLowerCase()}) are
            refused from the next one on. This cannot be undone: integrations still using it need a
            new key.
          </p>
        </ConfirmDialog>
      ) : null}
    </>
  );
}

interface KeysPageProps {
  after: string | null;
  isLast: boolean;
  onLoadMore: (cursor: string) => void;
  onRevoke: (key: KeyRef) => void;
}

function KeysPage({ after, isLast, onLoadMore, onRevoke }: KeysPageProps) {
  const [{ data, fetching, error }, refetch] = useQuery({
    query: ApiKeysTab_ApiKeysQuery,
    variables: { first: PAGE_SIZE, after },
    context: API_KEY_TYPENAMES,
  });
  const edges = data?.apiKeys.edges ?? [];

  return (
    <tbody aria-busy={fetching}>
      {after === null && data && edges.length === 0 ? (
        <tr>
          <td colSpan={7}>
            <EmptyState title="No API keys yet">Create a test key to start integrating.</EmptyState>
          </td>
        </tr>
      ) : null}
      {edges.map(({ node }) => {
        const state = apiKeyState(node);
        return (
          <tr key={node.id} className={state === 'Revoked' ? 'row--revoked' : undefined}>
            <td>{node.name}</td>
            <td>
              <span className={`badge badge--mode-${node.mode.toLowerCase()}`}>{node.mode}</span>
            </td>
            <td>
              <code>{node.prefix}…</code>
            </td>
            <td>{formatDateTime(node.createdAt)}</td>
            <td>{node.lastUsedAt ? formatDateTime(node.lastUsedAt) : 'Never'}</td>
            <td>{state === 'Revoked' ? `Revoked ${formatDateTime(node.revokedAt)}` : 'Active'}</td>
            <td>
              {state === 'Active' ? (
                <button
                  type="button"
                  className="button button--small button--danger"
                  aria-label={`Revoke ${node.name}`}
                  onClick={() => onRevoke(node)}
                >
                  Revoke
                </button>
              ) : null}
            </td>
          </tr>
        );
      })}
      <PageStatusRow
        colSpan={7}
        fetching={fetching}
        error={error}
        onRetry={() => refetch({ requestPolicy: 'network-only' })}
        next={data?.apiKeys.pageInfo}
        isLast={isLast}
        onLoadMore={onLoadMore}
        loadingLabel="Loading keys…"
      />
    </tbody>
  );
}

import { useState } from 'react';
import { useClient, useQuery } from 'urql';
import { EmptyState } from '../../components/ui/states';
import { graphql } from '../../gql';
import { formatDateTime } from '../../lib/format';
import { Link } from '../../lib/router';
import { failureOf } from '../settings/form-status';
import { PAGE_SIZE, PageStatusRow, useCursorPages } from '../settings/paging';
import '../settings/settings.css';
import './admin.css';
import { tenantStatus } from './admin.logic';
import { TenantForm } from './tenant-form';
import { TenantStatusDialog, type TenantRef } from './tenant-status-dialog';

const TenantsPage_TenantsQuery = graphql(`
  query TenantsPage_TenantsQuery($first: Int!, $after: String) {
    me {
      tenant {
        id
      }
    }
    tenants(first: $first, after: $after) {
      totalCount
      edges {
        node {
          id
          slug
          name
          disabled
          disabledAt
          createdAt
          rateLimits {
            custom
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

const TenantsPage_CreateTenantMutation = graphql(`
  mutation TenantsPage_CreateTenantMutation($input: CreateTenantInput!) {
    createTenant(input: $input) {
      id
      slug
      name
    }
  }
`);

/** A new tenant refreshes the list even when it was empty. */
const TENANT_TYPENAMES = { additionalTypenames: ['Tenant'] };

/** The platform admin's tenants: create, list with status, disable / enable. */
export function TenantsPage() {
  const { cursors, loadMore } = useCursorPages('tenants');
  const client = useClient();
  const [changing, setChanging] = useState<TenantRef | null>(null);

  return (
    <div className="admin">
      <header className="page-header">
        <h1>Tenants</h1>
      </header>
      <TenantForm
        onCreate={(input) =>
          failureOf(
            client
              .mutation(TenantsPage_CreateTenantMutation, { input }, TENANT_TYPENAMES)
              .toPromise(),
          )
        }
      />
      <section className="card" aria-labelledby="tenants-list-title">
        <h2 id="tenants-list-title">All tenants</h2>
        <table className="table">
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Slug</th>
              <th scope="col">Created</th>
              <th scope="col">Rate limits</th>
              <th scope="col">Status</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          {cursors.map((after, i) => (
            <TenantsPageRows
              key={after ?? 'first'}
              after={after}
              isLast={i === cursors.length - 1}
              onLoadMore={loadMore}
              onChangeStatus={setChanging}
            />
          ))}
        </table>
      </section>
      {changing ? <TenantStatusDialog tenant={changing} onClose={() => setChanging(null)} /> : null}
    </div>
  );
}

interface TenantsPageRowsProps {
  after: string | null;
  isLast: boolean;
  onLoadMore: (cursor: string) => void;
  onChangeStatus: (tenant: TenantRef) => void;
}

function TenantsPageRows({ after, isLast, onLoadMore, onChangeStatus }: TenantsPageRowsProps) {
  const [{ data, fetching, error }, refetch] = useQuery({
    query: TenantsPage_TenantsQuery,
    variables: { first: PAGE_SIZE, after },
    context: TENANT_TYPENAMES,
  });
  const edges = data?.tenants.edges ?? [];
  const ownId = data?.me.tenant.id;

  return (
    <tbody aria-busy={fetching}>
      {after === null && data && edges.length === 0 ? (
        <tr>
          <td colSpan={6}>
            <EmptyState title="No tenants yet" />
          </td>
        </tr>
      ) : null}
      {edges.map(({ node }) => {
        const own = node.id === ownId;
        return (
          <tr
            key={node.id}
            data-tenant-slug={node.slug}
            className={node.disabled ? 'row--revoked' : undefined}
          >
            <td>
              <Link to={`/admin/tenants/${node.id}`}>{node.name}</Link>
              {own ? <span className="muted"> (yours)</span> : null}
            </td>
            <td>
              <code>{node.slug}</code>
            </td>
            <td>{formatDateTime(node.createdAt)}</td>
            <td>{node.rateLimits.custom ? 'Own limits' : 'Defaults'}</td>
            <td>
              {tenantStatus(node) === 'Disabled'
                ? `Disabled ${formatDateTime(node.disabledAt)}`
                : 'Active'}
            </td>
            <td>
              {own ? null : (
                <button
                  type="button"
                  className={`button button--small${node.disabled ? '' : ' button--danger'}`}
                  aria-label={`${node.disabled ? 'Enable' : 'Disable'} ${node.name}`}
                  onClick={() => onChangeStatus(node)}
                >
                  {node.disabled ? 'Enable' : 'Disable'}
                </button>
              )}
            </td>
          </tr>
        );
      })}
      <PageStatusRow
        colSpan={6}
        fetching={fetching}
        error={error}
        onRetry={() => refetch({ requestPolicy: 'network-only' })}
        next={data?.tenants.pageInfo}
        isLast={isLast}
        onLoadMore={onLoadMore}
        loadingLabel="Loading tenants…"
      />
    </tbody>
  );
}

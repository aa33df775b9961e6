import { useState } from 'react';
import { useClient, useMutation, useQuery } from 'urql';
import { EmptyState, ErrorState, Loading } from '../../components/ui/states';
import { graphql } from '../../gql';
import { formatDateTime } from '../../lib/format';
import { errorMessage, hasErrorCode } from '../../lib/graphql-errors';
import { Link } from '../../lib/router';
import { failureOf } from '../settings/form-status';
import { PAGE_SIZE, useCursorPages } from '../settings/paging';
import '../settings/settings.css';
import { USER_TYPENAMES, useUserActions } from '../settings/user-actions';
import type { ListedUser, UserAction } from '../settings/people.logic';
import { UserForm } from '../settings/user-form';
import { NoUsers, UsersPageRows, UsersTableHead } from '../settings/users-table';
import './admin.css';
import { tenantStatus } from './admin.logic';
import { RateLimitsForm } from './rate-limits-form';
import { TenantStatusDialog } from './tenant-status-dialog';

const TenantPage_TenantQuery = graphql(`
  query TenantPage_TenantQuery($id: UUID!) {
    me {
      tenant {
        id
      }
    }
    tenant(id: $id) {
      id
      slug
      name
      disabled
      disabledAt
      createdAt
      retentionMonths
      rateLimits {
        scoringPerMinute
        otherPerMinute
        custom
        tenantScoringPerMinute
        tenantOtherPerMinute
        defaults {
          scoringPerMinute
          otherPerMinute
        }
      }
    }
  }
`);

const TenantPage_UsersQuery = graphql(`
  query TenantPage_UsersQuery($id: UUID!, $first: Int!, $after: String) {
    tenant(id: $id) {
      id
      users(first: $first, after: $after) {
        edges {
          node {
            ...UsersTable_UserFragment
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }
`);

const TenantPage_UpdateRateLimitsMutation = graphql(`
  mutation TenantPage_UpdateRateLimitsMutation($id: UUID!, $input: UpdateRateLimitsInput!) {
    updateRateLimits(tenantId: $id, input: $input) {
      id
      rateLimits {
        scoringPerMinute
        otherPerMinute
        custom
        tenantScoringPerMinute
        tenantOtherPerMinute
        defaults {
          scoringPerMinute
          otherPerMinute
        }
      }
    }
  }
`);

const TenantPage_CreateUserMutation = graphql(`
  mutation TenantPage_CreateUserMutation($input: CreateUserInput!, $tenantId: UUID!) {
    createUser(input: $input, tenantId: $tenantId) {
      id
      email
      role
    }
  }
`);

/** One tenant for the platform admin: status, rate limits, users. */
export function TenantPage({ id }: { id: string }) {
  const [{ data, error, fetching }, refetch] = useQuery({
    query: TenantPage_TenantQuery,
    variables: { id },
  });
  const [, updateLimits] = useMutation(TenantPage_UpdateRateLimitsMutation);
  const [changing, setChanging] = useState(false);
  const client = useClient();
  const { cursors, loadMore } = useCursorPages(`users:${id}`);
  const actions = useUserActions('tenant-users-title');

  if (error && hasErrorCode(error, 'NOT_FOUND'))
    return (
      <EmptyState title="No such tenant">
        <Link to="/admin/tenants">Back to the tenants</Link>
      </EmptyState>
    );
  if (error)
    return (
      <ErrorState
        message={errorMessage(error)}
        onRetry={() => refetch({ requestPolicy: 'network-only' })}
      />
    );
  const tenant = data?.tenant;
  if (!tenant) return fetching ? <Loading /> : null;
  const own = data.me.tenant.id === tenant.id;

  return (
    <div className="admin">
      <p>
        <Link to="/admin/tenants">← Tenants</Link>
      </p>
      <header className="page-header">
        <h1>{tenant.name}</h1>
        <div className="page-header__actions">
          {own ? (
            <span className="muted">Your own tenant</span>
          ) : (
            <button
              type="button"
              className={`button${tenant.disabled ? '' : ' button--danger'}`}
              onClick={() => setChanging(true)}
            >
              {tenant.disabled ? 'Enable tenant' : 'Disable tenant'}
            </button>
          )}
        </div>
      </header>
      <dl className="admin-facts card" aria-label="Tenant">
        <div>
          <dt>Slug</dt>
          <dd>
            <code>{tenant.slug}</code>
          </dd>
        </div>
        <div>
          <dt>Created</dt>
          <dd>{formatDateTime(tenant.createdAt)}</dd>
        </div>
        <div>
          <dt>Status</dt>
          <dd data-testid="tenant-status">
            {tenantStatus(tenant) === 'Disabled'
              ? `Disabled since ${formatDateTime(tenant.disabledAt)}: its keys and users are refused`
              : 'Active'}
          </dd>
        </div>
        <div>
          <dt>Retention</dt>
          <dd data-testid="tenant-retention">
            {tenant.retentionMonths === null
              ? 'Keeps every scored event'
              : `Keeps ${tenant.retentionMonths} month(s) of scored events`}
          </dd>
        </div>
      </dl>
      <RateLimitsForm
        key={JSON.stringify(tenant.rateLimits)}
        current={tenant.rateLimits}
        onSave={(input) => failureOf(updateLimits({ id: tenant.id, input }))}
      />
      <section className="card" aria-labelledby="tenant-users-title">
        <h2 id="tenant-users-title" tabIndex={-1}>
          Users
        </h2>
        {actions.secret}
        <UserForm
          onCreate={(input) =>
            failureOf(
              client
                .mutation(
                  TenantPage_CreateUserMutation,
                  { input, tenantId: tenant.id },
                  USER_TYPENAMES,
                )
                .toPromise(),
            )
          }
        />
        <table className="table">
          <UsersTableHead />
          {cursors.map((after, i) => (
            <UsersRows
              key={after ?? 'first'}
              tenantId={tenant.id}
              after={after}
              isLast={i === cursors.length - 1}
              onLoadMore={loadMore}
              onPick={actions.pick}
            />
          ))}
        </table>
      </section>
      {actions.dialog}
      {changing ? <TenantStatusDialog tenant={tenant} onClose={() => setChanging(false)} /> : null}
    </div>
  );
}

interface UsersRowsProps {
  tenantId: string;
  after: string | null;
  isLast: boolean;
  onLoadMore: (cursor: string) => void;
  onPick: (action: UserAction, user: ListedUser) => void;
}

function UsersRows({ tenantId, after, isLast, onLoadMore, onPick }: UsersRowsProps) {
  const [{ data, fetching, error }, refetch] = useQuery({
    query: TenantPage_UsersQuery,
    variables: { id: tenantId, first: PAGE_SIZE, after },
    context: USER_TYPENAMES,
  });
  const users = data?.tenant.users;

  return (
    <UsersPageRows
      users={users?.edges.map((e) => e.node)}
      first={after === null}
      empty={<NoUsers>Add the tenant&apos;s first admin above.</NoUsers>}
      onPick={onPick}
      fetching={fetching}
      error={error}
      onRetry={() => refetch({ requestPolicy: 'network-only' })}
      next={users?.pageInfo}
      isLast={isLast}
      onLoadMore={onLoadMore}
    />
  );
}

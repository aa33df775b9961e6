import { useClient, useQuery } from 'urql';
import { EmptyState } from '../../components/ui/states';
import { graphql } from '../../gql';
import { formatDateTime, humanize } from '../../lib/format';
import { failureOf } from './form-status';
import { PAGE_SIZE, PageStatusRow, useCursorPages } from './paging';
import type { ListedUser, UserAction } from './people.logic';
import { UserRowActions } from './user-action-dialog';
import { USER_TYPENAMES, useUserActions } from './user-actions';
import { UserForm } from './user-form';

const UsersTab_UsersQuery = graphql(`
  query UsersTab_UsersQuery($first: Int!, $after: String) {
    users(first: $first, after: $after) {
      edges {
        node {
          id
          email
          role
          createdAt
          lastLoginAt
          disabledAt
          disabled
          mustChangePassword
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

const UsersTab_CreateUserMutation = graphql(`
  mutation UsersTab_CreateUserMutation($input: CreateUserInput!) {
    createUser(input: $input) {
      id
      email
      role
    }
  }
`);

/**
 * The tenant's console users, a form to add one, and per user: change role, disable / enable,
 * reset the password (the one-time password shows once) and sign out everywhere.
 */
export function UsersTab() {
  const { cursors, loadMore } = useCursorPages('users');
  const client = useClient();
  const actions = useUserActions('users-list-title');

  return (
    <>
      <section className="card" aria-labelledby="users-title">
        <h2 id="users-title">Users</h2>
        <p className="muted">
          People who sign in to this console, and what their role lets them do.
        </p>
        <UserForm
          onCreate={(input) =>
            failureOf(
              client.mutation(UsersTab_CreateUserMutation, { input }, USER_TYPENAMES).toPromise(),
            )
          }
        />
      </section>
      <section className="card" aria-labelledby="users-list-title">
        <h2 id="users-list-title" tabIndex={-1}>
          Console users
        </h2>
        {actions.secret}
        <table className="table">
          <thead>
            <tr>
              <th scope="col">E-mail</th>
              <th scope="col">Role</th>
              <th scope="col">Added</th>
              <th scope="col">Last sign-in</th>
              <th scope="col">Status</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          {cursors.map((after, i) => (
            <UsersPage
              key={after ?? 'first'}
              after={after}
              isLast={i === cursors.length - 1}
              onLoadMore={loadMore}
              onPick={actions.pick}
            />
          ))}
        </table>
      </section>
      {actions.dialog}
    </>
  );
}

interface UsersPageProps {
  after: string | null;
  isLast: boolean;
  onLoadMore: (cursor: string) => void;
  onPick: (action: UserAction, user: ListedUser) => void;
}

function UsersPage({ after, isLast, onLoadMore, onPick }: UsersPageProps) {
  const [{ data, fetching, error }, refetch] = useQuery({
    query: UsersTab_UsersQuery,
    variables: { first: PAGE_SIZE, after },
    context: USER_TYPENAMES,
  });
  const edges = data?.users.edges ?? [];

  return (
    <tbody aria-busy={fetching}>
      {after === null && data && edges.length === 0 ? (
        <tr>
          <td colSpan={6}>
            <EmptyState title="No users yet" />
          </td>
        </tr>
      ) : null}
      {edges.map(({ node }) => (
        <tr key={node.id}>
          <td>{node.email}</td>
          <td>{humanize(node.role)}</td>
          <td>{formatDateTime(node.createdAt)}</td>
          <td>{node.lastLoginAt ? formatDateTime(node.lastLoginAt) : 'Never'}</td>
          <td>
            {node.disabledAt
              ? `Disabled ${formatDateTime(node.disabledAt)}`
              : node.mustChangePassword
                ? 'Password reset'
                : 'Active'}
          </td>
          <td>
            <UserRowActions user={node} onPick={onPick} />
          </td>
        </tr>
      ))}
      <PageStatusRow
        colSpan={6}
        fetching={fetching}
        error={error}
        onRetry={() => refetch({ requestPolicy: 'network-only' })}
        next={data?.users.pageInfo}
        isLast={isLast}
        onLoadMore={onLoadMore}
        loadingLabel="Loading users…"
      />
    </tbody>
  );
}

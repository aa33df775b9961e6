import { useClient, useQuery } from 'urql';
import { graphql } from '../../gql';
import { failureOf } from './form-status';
import { PAGE_SIZE, useCursorPages } from './paging';
import type { ListedUser, UserAction } from './people.logic';
import { USER_TYPENAMES, useUserActions } from './user-actions';
import { UserForm } from './user-form';
import { NoUsers, UsersPageRows, UsersTableHead } from './users-table';

const UsersTab_UsersQuery = graphql(`
  query UsersTab_UsersQuery($first: Int!, $after: String) {
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
          <UsersTableHead />
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

  return (
    <UsersPageRows
      users={data?.users.edges.map((e) => e.node)}
      first={after === null}
      empty={<NoUsers />}
      onPick={onPick}
      fetching={fetching}
      error={error}
      onRetry={() => refetch({ requestPolicy: 'network-only' })}
      next={data?.users.pageInfo}
      isLast={isLast}
      onLoadMore={onLoadMore}
    />
  );
}

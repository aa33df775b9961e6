import { useState } from 'react';
import { useClient, useQuery } from 'urql';
import { EmptyState } from '../../components/ui/states';
import { graphql } from '../../gql';
import { formatDateTime, humanize } from '../../lib/format';
import { errorMessage } from '../../lib/graphql-errors';
import { failureOf } from './form-status';
import { PAGE_SIZE, PageStatusRow, useCursorPages } from './paging';
import type { ListedUser, UserAction } from './people.logic';
import { SecretOnce } from './secret-once';
import { UserActionDialog, UserRowActions, type ActionChoice } from './user-action-dialog';
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

const UsersTab_UpdateUserMutation = graphql(`
  mutation UsersTab_UpdateUserMutation($id: UUID!, $input: UpdateUserInput!) {
    updateUser(id: $id, input: $input) {
      id
      role
      disabled
      disabledAt
    }
  }
`);

const UsersTab_ResetUserPasswordMutation = graphql(`
  mutation UsersTab_ResetUserPasswordMutation($id: UUID!) {
    resetUserPassword(id: $id) {
      oneTimePassword
      user {
        id
        email
        mustChangePassword
      }
    }
  }
`);

const UsersTab_RevokeUserSessionsMutation = graphql(`
  mutation UsersTab_RevokeUserSessionsMutation($id: UUID!) {
    revokeUserSessions(id: $id) {
      id
    }
  }
`);

const USER_TYPENAMES = { additionalTypenames: ['User'] };

/**
 * The tenant's console users, a form to add one, and per user: change role, disable / enable,
 * reset the password (the one-time password shows once) and sign out everywhere.
 */
export function UsersTab() {
  const { cursors, loadMore } = useCursorPages('users');
  // Passwords must not linger: one-off calls keep no operation or result in hook state.
  const client = useClient();
  const [pending, setPending] = useState<{ action: UserAction; user: ListedUser } | null>(null);
  const [oneTime, setOneTime] = useState<{ email: string; password: string } | null>(null);

  const act = async (
    action: UserAction,
    user: ListedUser,
    choice: ActionChoice,
  ): Promise<string | null> => {
    const id = user.id;
    if (action === 'reset') {
      const result = await client
        .mutation(UsersTab_ResetUserPasswordMutation, { id }, USER_TYPENAMES)
        .toPromise();
      if (result.error) return errorMessage(result.error);
      const payload = result.data?.resetUserPassword;
      if (payload) setOneTime({ email: payload.user.email, password: payload.oneTimePassword });
      return null;
    }
    if (action === 'revoke') {
      return failureOf(
        client.mutation(UsersTab_RevokeUserSessionsMutation, { id }, USER_TYPENAMES).toPromise(),
      );
    }
    const input = action === 'role' ? { role: choice.role } : { disabled: action === 'disable' };
    return failureOf(
      client.mutation(UsersTab_UpdateUserMutation, { id, input }, USER_TYPENAMES).toPromise(),
    );
  };

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
        {oneTime ? (
          <SecretOnce
            title={`One-time password for ${oneTime.email}`}
            secret={oneTime.password}
            onDone={() => {
              setOneTime(null);
              document.getElementById('users-list-title')?.focus();
            }}
          >
            <p className="muted">
              Give it to them over a channel you trust. It signs in once, and they must then choose
              their own password.
            </p>
          </SecretOnce>
        ) : null}
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
              onPick={(action, user) => setPending({ action, user })}
            />
          ))}
        </table>
      </section>
      {pending ? (
        <UserActionDialog
          action={pending.action}
          user={pending.user}
          onCancel={() => setPending(null)}
          onConfirm={async (choice) => {
            const failure = await act(pending.action, pending.user, choice);
            if (failure === null) setPending(null);
            return failure;
          }}
        />
      ) : null}
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

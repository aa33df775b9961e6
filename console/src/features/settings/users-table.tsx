import type { ReactNode } from 'react';
import { EmptyState } from '../../components/ui/states';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { formatDateTime, humanize } from '../../lib/format';
import { PageStatusRow, type PageStatusRowProps } from './paging';
import type { ListedUser, UserAction } from './people.logic';
import { UserRowActions } from './user-action-dialog';

/** What a users table shows of each user; the pages spread it into their queries. */
export const UsersTable_UserFragment = graphql(`
  fragment UsersTable_UserFragment on User {
    id
    email
    role
    createdAt
    lastLoginAt
    disabledAt
    disabled
    mustChangePassword
  }
`);

const COLUMNS = 6;

/** The header of a users table (the tenant's own, or a tenant's on the platform admin's page). */
export function UsersTableHead() {
  return (
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
  );
}

interface UsersPageRowsProps extends Omit<PageStatusRowProps, 'colSpan' | 'loadingLabel'> {
  /** The users of this page; `undefined` until it has loaded. */
  users: readonly FragmentType<typeof UsersTable_UserFragment>[] | undefined;
  /** Whether this is the first page (the empty state shows only there). */
  first: boolean;
  /** What an empty list says. */
  empty: ReactNode;
  onPick: (action: UserAction, user: ListedUser) => void;
}

/** One page of a users table: a row per user with its actions, then the page's status row. */
export function UsersPageRows({
  users: page,
  first,
  empty,
  onPick,
  ...status
}: UsersPageRowsProps) {
  const users = page && getFragmentData(UsersTable_UserFragment, page);
  return (
    <tbody aria-busy={status.fetching}>
      {first && users && users.length === 0 ? (
        <tr>
          <td colSpan={COLUMNS}>{empty}</td>
        </tr>
      ) : null}
      {(users ?? []).map((user) => (
        <tr key={user.id}>
          <td>{user.email}</td>
          <td>{humanize(user.role)}</td>
          <td>{formatDateTime(user.createdAt)}</td>
          <td>{user.lastLoginAt ? formatDateTime(user.lastLoginAt) : 'Never'}</td>
          <td>
            {user.disabledAt
              ? `Disabled ${formatDateTime(user.disabledAt)}`
              : user.mustChangePassword
                ? 'Password reset'
                : 'Active'}
          </td>
          <td>
            <UserRowActions user={user} onPick={onPick} />
          </td>
        </tr>
      ))}
      <PageStatusRow {...status} colSpan={COLUMNS} loadingLabel="Loading users…" />
    </tbody>
  );
}

/** The empty state of a users table. */
export function NoUsers({ children }: { children?: ReactNode }) {
  return <EmptyState title="No users yet">{children}</EmptyState>;
}

import { useState, type ReactNode } from 'react';
import { useClient } from 'urql';
import { graphql } from '../../gql';
import { errorMessage } from '../../lib/graphql-errors';
import { failureOf } from './form-status';
import type { ListedUser, UserAction } from './people.logic';
import { SecretOnce } from './secret-once';
import { UserActionDialog, type ActionChoice } from './user-action-dialog';

const UserActions_UpdateUserMutation = graphql(`
  mutation UserActions_UpdateUserMutation($id: UUID!, $input: UpdateUserInput!) {
    updateUser(id: $id, input: $input) {
      id
      role
      disabled
      disabledAt
    }
  }
`);

const UserActions_ResetUserPasswordMutation = graphql(`
  mutation UserActions_ResetUserPasswordMutation($id: UUID!) {
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

const UserActions_RevokeUserSessionsMutation = graphql(`
  mutation UserActions_RevokeUserSessionsMutation($id: UUID!) {
    revokeUserSessions(id: $id) {
      id
    }
  }
`);

/** urql context that refreshes every list of users after a change. */
export const USER_TYPENAMES = { additionalTypenames: ['User'] };

/**
 * Acting on console users (change role, disable / enable, reset the password, sign out
 * everywhere) for the tenant's own users page and the platform admin's tenant page alike.
 * `pick` opens the confirmation; render `secret` above the list (the one-time password, shown
 * once) and `dialog` anywhere. `focusAfterSecret` is the id of the element that takes the focus
 * when the one-time password is dismissed.
 */
export function useUserActions(focusAfterSecret: string): {
  pick: (action: UserAction, user: ListedUser) => void;
  secret: ReactNode;
  dialog: ReactNode;
} {
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
        .mutation(UserActions_ResetUserPasswordMutation, { id }, USER_TYPENAMES)
        .toPromise();
      if (result.error) return errorMessage(result.error);
      const payload = result.data?.resetUserPassword;
      if (payload) setOneTime({ email: payload.user.email, password: payload.oneTimePassword });
      return null;
    }
    if (action === 'revoke') {
      return failureOf(
        client.mutation(UserActions_RevokeUserSessionsMutation, { id }, USER_TYPENAMES).toPromise(),
      );
    }
    const input = action === 'role' ? { role: choice.role } : { disabled: action === 'disable' };
    return failureOf(
      client.mutation(UserActions_UpdateUserMutation, { id, input }, USER_TYPENAMES).toPromise(),
    );
  };

  const secret = oneTime ? (
    <SecretOnce
      title={`One-time password for ${oneTime.email}`}
      secret={oneTime.password}
      onDone={() => {
        setOneTime(null);
        document.getElementById(focusAfterSecret)?.focus();
      }}
    >
      <p className="muted">
        Give it to them over a channel you trust. It signs in once, and they must then choose their
        own password.
      </p>
    </SecretOnce>
  ) : null;

  const dialog = pending ? (
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
  ) : null;

  return { pick: (action, user) => setPending({ action, user }), secret, dialog };
}

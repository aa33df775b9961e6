import { useClient } from 'urql';
import { graphql } from '../../gql';
import { errorMessage } from '../../lib/graphql-errors';
import { sessionFromLogin, type Session } from '../auth/session.logic';
import { ChangePasswordForm, type PasswordChange } from './change-password-form';

const ChangePasswordPage_ChangePasswordMutation = graphql(`
  mutation ChangePasswordPage_ChangePasswordMutation($current: String!, $next: String!) {
    changePassword(current: $current, next: $next) {
      token
      expiresAt
      mustChangePassword
      user {
        id
        email
        role
      }
    }
  }
`);

interface ChangePasswordPageProps {
  /** The change ended every session: this is the fresh one for this browser. */
  onChanged: (session: Session) => void;
  /** After a reset: the user must set a password before anything else. */
  oneTime?: boolean;
  onCancel?: () => void;
}

/** The signed-in user's own password change; swaps in the fresh token the server returns. */
export function ChangePasswordPage({ onChanged, oneTime, onCancel }: ChangePasswordPageProps) {
  // The passwords must not linger: a one-off call keeps no operation in hook state.
  const client = useClient();

  const change = async (value: PasswordChange): Promise<string | null> => {
    const result = await client
      .mutation(ChangePasswordPage_ChangePasswordMutation, value)
      .toPromise();
    if (result.error) return errorMessage(result.error);
    const session = result.data ? sessionFromLogin(result.data.changePassword) : null;
    if (!session) return 'The server sent an unusable answer. Please sign in again.';
    onChanged(session);
    return null;
  };

  return <ChangePasswordForm onChange={change} oneTime={oneTime} onCancel={onCancel} />;
}

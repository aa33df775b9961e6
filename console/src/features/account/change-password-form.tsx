import { useId } from 'react';
import { Field, FormStatus, useCreateForm, type Submit } from '../settings/form-status';
import {
  EMPTY_PASSWORD_CHANGE,
  MIN_PASSWORD,
  passwordChangeProblems,
  type PasswordChangeDraft,
} from './password.logic';

export interface PasswordChange {
  current: string;
  next: string;
}

interface ChangePasswordFormProps {
  onChange: Submit<PasswordChange>;
  /** After a reset: the current password is the one-time password the admin handed over. */
  oneTime?: boolean;
  /** Leaves without changing anything (not offered when the change is required). */
  onCancel?: () => void;
}

/**
 * Sets a new password for the signed-in user: the current one, then the new one twice. Ending
 * the user's other sessions is the server's part; the form says so before it happens.
 */
export function ChangePasswordForm({
  onChange,
  oneTime = false,
  onCancel,
}: ChangePasswordFormProps) {
  const id = useId();
  const { draft, edit, problems, status, saving, onSubmit } = useCreateForm({
    empty: EMPTY_PASSWORD_CHANGE,
    problemsOf: passwordChangeProblems,
    toValue: (d: PasswordChangeDraft): PasswordChange => ({ current: d.current, next: d.next }),
    submit: onChange,
    successMessage: 'Your password has been changed.',
  });

  return (
    <form className="card form" aria-labelledby={`${id}-title`} noValidate onSubmit={onSubmit}>
      <h2 id={`${id}-title`}>{oneTime ? 'Set your password' : 'Change password'}</h2>
      <p className="muted">
        {oneTime
          ? 'You signed in with a one-time password. Choose your own to continue.'
          : 'Every other place you are signed in will be signed out.'}
      </p>
      <Field label={oneTime ? 'One-time password' : 'Current password'} error={problems.current}>
        {(control) => (
          <input
            {...control}
            type="password"
            autoComplete="current-password"
            value={draft.current}
            onChange={(event) => edit({ current: event.target.value })}
            required
          />
        )}
      </Field>
      <Field
        label="New password"
        hint={`At least ${MIN_PASSWORD} characters.`}
        error={problems.next}
      >
        {(control) => (
          <input
            {...control}
            type="password"
            autoComplete="new-password"
            value={draft.next}
            onChange={(event) => edit({ next: event.target.value })}
            required
          />
        )}
      </Field>
      <Field label="New password again" error={problems.repeat}>
        {(control) => (
          <input
            {...control}
            type="password"
            autoComplete="new-password"
            value={draft.repeat}
            onChange={(event) => edit({ repeat: event.target.value })}
            required
          />
        )}
      </Field>
      <FormStatus status={status} />
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={saving}>
          {saving ? 'Saving…' : oneTime ? 'Set password' : 'Change password'}
        </button>
        {onCancel ? (
          <button type="button" className="button" onClick={onCancel}>
            Cancel
          </button>
        ) : null}
      </div>
    </form>
  );
}

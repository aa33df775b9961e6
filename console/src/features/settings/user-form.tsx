import { useId } from 'react';
import { humanize } from '../../lib/format';
import { Field, FormStatus, useCreateForm, type Submit } from './form-status';
import {
  EMPTY_USER,
  INVITABLE_ROLES,
  MIN_PASSWORD,
  ROLE_TEXT,
  newUserProblems,
  type InvitableRole,
  type NewUserDraft,
} from './access.logic';

interface UserFormProps {
  onCreate: Submit<NewUserDraft>;
}

/**
 * Adds a console user with an initial password. Warden sends no e-mail: the admin hands the
 * password over, which the hint says plainly.
 */
export function UserForm({ onCreate }: UserFormProps) {
  const id = useId();
  const { draft, edit, problems, status, saving, onSubmit } = useCreateForm({
    empty: EMPTY_USER,
    problemsOf: newUserProblems,
    toValue: (d: NewUserDraft) => ({ ...d, email: d.email.trim() }),
    submit: onCreate,
    successMessage: (d) => `${d.email.trim()} can now sign in with the password you chose.`,
  });

  return (
    <form className="form" aria-labelledby={`${id}-title`} noValidate onSubmit={onSubmit}>
      <h3 id={`${id}-title`}>Add a user</h3>
      <div className="grid grid--3">
        <Field label="E-mail" error={problems.email}>
          {(control) => (
            <input
              {...control}
              type="email"
              autoComplete="off"
              value={draft.email}
              onChange={(event) => edit({ email: event.target.value })}
              required
            />
          )}
        </Field>
        <Field label="Role" hint={ROLE_TEXT[draft.role]}>
          {(control) => (
            <select
              {...control}
              value={draft.role}
              onChange={(event) => edit({ role: event.target.value as InvitableRole })}
            >
              {INVITABLE_ROLES.map((role) => (
                <option key={role} value={role}>
                  {humanize(role)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field
          label="Initial password"
          hint={`At least ${MIN_PASSWORD} characters. Warden sends no invitation e-mail: give it to them over a channel you trust.`}
          error={problems.password}
        >
          {(control) => (
            <input
              {...control}
              type="password"
              autoComplete="new-password"
              value={draft.password}
              onChange={(event) => edit({ password: event.target.value })}
              required
            />
          )}
        </Field>
      </div>
      <FormStatus status={status} />
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={saving}>
          {saving ? 'Adding…' : 'Add user'}
        </button>
      </div>
    </form>
  );
}

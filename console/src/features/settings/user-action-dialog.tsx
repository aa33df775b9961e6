import { useId, useState } from 'react';
import { humanize } from '../../lib/format';
import type { InvitableRole } from './access.logic';
import { ROLE_TEXT } from './access.logic';
import { ConfirmDialog } from './confirm-dialog';
import {
  ACTION_LABEL,
  ASSIGNABLE_ROLES,
  actionText,
  actionsFor,
  type ListedUser,
  type UserAction,
} from './people.logic';

/** What a confirmed action sends: the chosen role for a role change. */
export interface ActionChoice {
  role?: InvitableRole;
}

interface UserActionDialogProps {
  action: UserAction;
  user: ListedUser;
  /** Does it; resolves with the server's message when refused, null when done. */
  onConfirm: (choice: ActionChoice) => Promise<string | null>;
  onCancel: () => void;
}

/** Confirms one action on a user, saying what it does; a role change picks the new role here. */
export function UserActionDialog({ action, user, onConfirm, onCancel }: UserActionDialogProps) {
  const text = actionText(action, user.email);
  const selectId = useId();
  const [role, setRole] = useState<InvitableRole>(
    ASSIGNABLE_ROLES.find((r) => r !== user.role) ?? 'ANALYST',
  );
  return (
    <ConfirmDialog
      title={text.title}
      confirmLabel={text.confirmLabel}
      onCancel={onCancel}
      onConfirm={() => onConfirm(action === 'role' ? { role } : {})}
    >
      <p>{text.body}</p>
      {action === 'role' ? (
        <div className="field">
          <label htmlFor={selectId}>New role</label>
          <select
            id={selectId}
            value={role}
            onChange={(event) => setRole(event.target.value as InvitableRole)}
          >
            {ASSIGNABLE_ROLES.filter((r) => r !== user.role).map((r) => (
              <option key={r} value={r}>
                {humanize(r)}
              </option>
            ))}
          </select>
          <span className="field__hint">{ROLE_TEXT[role]}</span>
        </div>
      ) : null}
    </ConfirmDialog>
  );
}

interface UserRowActionsProps {
  user: ListedUser;
  onPick: (action: UserAction, user: ListedUser) => void;
}

/** The buttons of one user's row, each opening its confirmation. */
export function UserRowActions({ user, onPick }: UserRowActionsProps) {
  return (
    <div className="row-actions">
      {actionsFor(user).map((action) => (
        <button
          key={action}
          type="button"
          className={
            action === 'disable' ? 'button button--small button--danger' : 'button button--small'
          }
          onClick={() => onPick(action, user)}
          aria-label={`${ACTION_LABEL[action]}: ${user.email}`}
        >
          {ACTION_LABEL[action]}
        </button>
      ))}
    </div>
  );
}

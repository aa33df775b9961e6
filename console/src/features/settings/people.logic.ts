/**
 * What an admin can do to a console user, and how each action is explained before it happens.
 * Pure.
 */
import { INVITABLE_ROLES, type InvitableRole } from './access.logic';

export const USER_ACTIONS = ['role', 'disable', 'enable', 'reset', 'revoke'] as const;
export type UserAction = (typeof USER_ACTIONS)[number];

/** The parts of a listed user the actions read. */
export interface ListedUser {
  id: string;
  email: string;
  role: string;
  disabled: boolean;
}

/** The actions offered for a user. A platform admin is managed by platform admins only. */
export function actionsFor(user: ListedUser): UserAction[] {
  if (user.role === 'PLATFORM_ADMIN') return [];
  return user.disabled ? ['enable', 'reset'] : ['role', 'disable', 'reset', 'revoke'];
}

/** The button that opens each action. */
export const ACTION_LABEL: Record<UserAction, string> = {
  role: 'Change role',
  disable: 'Disable',
  enable: 'Enable',
  reset: 'Reset password',
  revoke: 'Sign out everywhere',
};

/** The confirmation for an action: title, what will happen, and the confirming verb. */
export function actionText(
  action: UserAction,
  email: string,
): { title: string; body: string; confirmLabel: string } {
  switch (action) {
    case 'role':
      return {
        title: `Change the role of ${email}?`,
        body: 'They are signed out everywhere and sign in again with the new role.',
        confirmLabel: 'Change role',
      };
    case 'disable':
      return {
        title: `Disable ${email}?`,
        body: 'They are signed out everywhere at once (live views close within 30 seconds) and cannot sign in until enabled again.',
        confirmLabel: 'Disable user',
      };
    case 'enable':
      return {
        title: `Enable ${email}?`,
        body: 'They can sign in again with their password.',
        confirmLabel: 'Enable user',
      };
    case 'reset':
      return {
        title: `Reset the password of ${email}?`,
        body: 'Their password stops working and they are signed out everywhere. You get a one-time password to hand over; with it they sign in once and must choose a new password.',
        confirmLabel: 'Reset password',
      };
    case 'revoke':
      return {
        title: `Sign ${email} out everywhere?`,
        body: 'Every session of theirs ends at once (live views within 30 seconds). Their password still works.',
        confirmLabel: 'Sign out everywhere',
      };
  }
}

/** Roles the role picker offers (a tenant admin cannot grant PLATFORM_ADMIN). */
export const ASSIGNABLE_ROLES: readonly InvitableRole[] = INVITABLE_ROLES;

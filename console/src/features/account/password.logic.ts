/**
 * The change-password form's checks, in the server's password rules. Pure.
 */

/** The server's password rules for console users. */
export const MIN_PASSWORD = 10;
export const MAX_PASSWORD = 256;

/** What the change-password form holds. */
export interface PasswordChangeDraft {
  current: string;
  next: string;
  repeat: string;
}

export const EMPTY_PASSWORD_CHANGE: PasswordChangeDraft = { current: '', next: '', repeat: '' };

export type PasswordChangeProblems = Partial<Record<keyof PasswordChangeDraft, string>>;

/** What stops the password from being changed, per field (empty when none). */
export function passwordChangeProblems(draft: PasswordChangeDraft): PasswordChangeProblems {
  const problems: PasswordChangeProblems = {};
  if (draft.current === '') problems.current = 'Enter your current password.';
  if (draft.next.length < MIN_PASSWORD)
    problems.next = `At least ${MIN_PASSWORD} characters (${MIN_PASSWORD - draft.next.length} more).`;
  else if (draft.next.length > MAX_PASSWORD) problems.next = `At most ${MAX_PASSWORD} characters.`;
  else if (draft.next === draft.current)
    problems.next = 'Choose a password different from the current one.';
  if (!problems.next && draft.repeat !== draft.next)
    problems.repeat = 'The two new passwords differ.';
  return problems;
}

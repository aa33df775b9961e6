// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import type { ListedUser, UserAction } from './people.logic';
import { UserActionDialog, UserRowActions, type ActionChoice } from './user-action-dialog';

const ANA: ListedUser = { id: 'u1', email: 'ana@bank.test', role: 'ANALYST', disabled: false };

/** A row with its buttons and the dialog they open, as the users tab wires them. */
function Harness({
  user,
  onConfirm,
}: {
  user: ListedUser;
  onConfirm: (action: UserAction, choice: ActionChoice) => Promise<string | null>;
}) {
  const [pending, setPending] = useState<UserAction | null>(null);
  return (
    <>
      <UserRowActions user={user} onPick={(action) => setPending(action)} />
      {pending ? (
        <UserActionDialog
          action={pending}
          user={user}
          onCancel={() => setPending(null)}
          onConfirm={async (choice) => {
            const failure = await onConfirm(pending, choice);
            if (failure === null) setPending(null);
            return failure;
          }}
        />
      ) : null}
    </>
  );
}

describe('user actions', () => {
  it('offers enable and reset for a disabled user, nothing for a platform admin', () => {
    const { unmount } = render(
      <UserRowActions user={{ ...ANA, disabled: true }} onPick={() => undefined} />,
    );
    expect(screen.getAllByRole('button').map((b) => b.textContent)).toEqual([
      'Enable',
      'Reset password',
    ]);
    unmount();
    render(<UserRowActions user={{ ...ANA, role: 'PLATFORM_ADMIN' }} onPick={() => undefined} />);
    expect(screen.queryAllByRole('button')).toEqual([]);
  });

  it('disables only after confirming, saying what happens', async () => {
    const user = userEvent.setup();
    const onConfirm = vi.fn(async () => null);
    render(<Harness user={ANA} onConfirm={onConfirm} />);
    await user.click(screen.getByRole('button', { name: 'Disable: ana@bank.test' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Disable ana@bank.test?' });
    expect(dialog).toHaveTextContent(/signed out everywhere/);
    expect(onConfirm).not.toHaveBeenCalled();
    await user.click(within(dialog).getByRole('button', { name: 'Disable user' }));
    expect(onConfirm).toHaveBeenCalledWith('disable', {});
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
  });

  it('changes the role to the one picked, never offering the current one', async () => {
    const user = userEvent.setup();
    const onConfirm = vi.fn(async () => null);
    render(<Harness user={ANA} onConfirm={onConfirm} />);
    await user.click(screen.getByRole('button', { name: 'Change role: ana@bank.test' }));
    const picker = screen.getByLabelText('New role');
    expect(
      within(picker)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).not.toContain('Analyst');
    await user.selectOptions(picker, 'TENANT_ADMIN');
    await user.click(screen.getByRole('button', { name: 'Change role' }));
    expect(onConfirm).toHaveBeenCalledWith('role', { role: 'TENANT_ADMIN' });
  });

  it("keeps the dialog open with the server's refusal", async () => {
    const user = userEvent.setup();
    const refusal = 'ana@bank.test is the last active admin of the tenant';
    render(<Harness user={ANA} onConfirm={async () => refusal} />);
    await user.click(screen.getByRole('button', { name: 'Sign out everywhere: ana@bank.test' }));
    await user.click(
      within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Sign out everywhere' }),
    );
    expect(await screen.findByRole('alert')).toHaveTextContent(refusal);
    expect(screen.getByRole('alertdialog')).toBeInTheDocument();
  });
});

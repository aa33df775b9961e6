// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { ConfirmDialog } from './confirm-dialog';

/** A page with a button that opens the dialog, as the tabs use it. */
function Harness({ onConfirm }: { onConfirm: () => Promise<string | null> }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        Revoke
      </button>
      {open ? (
        <ConfirmDialog
          title="Revoke “Checkout”?"
          confirmLabel="Revoke key"
          onCancel={() => setOpen(false)}
          onConfirm={async () => {
            const failure = await onConfirm();
            if (failure === null) setOpen(false);
            return failure;
          }}
        >
          <p>Requests with this key are refused.</p>
        </ConfirmDialog>
      ) : null}
    </>
  );
}

describe('ConfirmDialog', () => {
  it('opens with focus on Cancel, and Escape closes it without confirming', async () => {
    const user = userEvent.setup();
    const onConfirm = vi.fn(async () => null);
    render(<Harness onConfirm={onConfirm} />);
    await user.click(screen.getByRole('button', { name: 'Revoke' }));

    const dialog = screen.getByRole('alertdialog', { name: 'Revoke “Checkout”?' });
    expect(dialog).toHaveAccessibleDescription('Requests with this key are refused.');
    expect(screen.getByRole('button', { name: 'Cancel' })).toHaveFocus();

    await user.keyboard('{Escape}');
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(onConfirm).not.toHaveBeenCalled();
    expect(screen.getByRole('button', { name: 'Revoke' })).toHaveFocus();
  });

  it('keeps Tab inside the dialog', async () => {
    const user = userEvent.setup();
    render(<Harness onConfirm={async () => null} />);
    await user.click(screen.getByRole('button', { name: 'Revoke' }));
    await user.tab();
    expect(screen.getByRole('button', { name: 'Revoke key' })).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('button', { name: 'Cancel' })).toHaveFocus();
    await user.tab({ shift: true });
    expect(screen.getByRole('button', { name: 'Revoke key' })).toHaveFocus();
  });

  it('confirms and closes', async () => {
    const user = userEvent.setup();
    const onConfirm = vi.fn(async () => null);
    render(<Harness onConfirm={onConfirm} />);
    await user.click(screen.getByRole('button', { name: 'Revoke' }));
    await user.click(screen.getByRole('button', { name: 'Revoke key' }));
    expect(onConfirm).toHaveBeenCalledOnce();
    expect(screen.queryByRole('alertdialog')).toBeNull();
  });

  it('shows the server refusal and stays open for another try', async () => {
    const user = userEvent.setup();
    const onConfirm = vi
      .fn<() => Promise<string | null>>()
      .mockResolvedValueOnce('API key not found')
      .mockResolvedValueOnce(null);
    render(<Harness onConfirm={onConfirm} />);
    await user.click(screen.getByRole('button', { name: 'Revoke' }));
    await user.click(screen.getByRole('button', { name: 'Revoke key' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('API key not found');
    expect(screen.getByRole('alertdialog')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Revoke key' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
  });
});

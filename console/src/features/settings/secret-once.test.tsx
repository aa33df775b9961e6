// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SecretOnce } from './secret-once';

const SECRET = 'pk_test_3fA9xxxxxxxxxxxxxxxxxxxx';

function renderBox(onDone = vi.fn()) {
  render(<SecretOnce title="Your new test key" secret={SECRET} onDone={onDone} />);
  return onDone;
}

describe('SecretOnce', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('shows the secret with a warning that it will not be shown again', () => {
    renderBox();
    expect(screen.getByRole('region', { name: 'Your new test key' })).toHaveFocus();
    expect(screen.getByRole('textbox', { name: 'Your new test key' })).toHaveValue(SECRET);
    expect(screen.getByText(/will not be shown again/)).toBeInTheDocument();
  });

  it('copies the secret to the clipboard and says so', async () => {
    const user = userEvent.setup();
    renderBox();
    await user.click(screen.getByRole('button', { name: 'Copy' }));
    expect(await navigator.clipboard.readText()).toBe(SECRET);
    expect(screen.getByRole('status')).toHaveTextContent('Copied to the clipboard.');
  });

  it('selects the secret for a manual copy when the browser refuses', async () => {
    const user = userEvent.setup();
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new Error('NotAllowedError'));
    renderBox();
    await user.click(screen.getByRole('button', { name: 'Copy' }));
    expect(screen.getByRole('status')).toHaveTextContent(/press Ctrl\+C/);
    const input = screen.getByRole<HTMLInputElement>('textbox', { name: 'Your new test key' });
    expect(input).toHaveFocus();
    expect([input.selectionStart, input.selectionEnd]).toEqual([0, SECRET.length]);
  });

  it('is dismissed once the user has stored it', async () => {
    const user = userEvent.setup();
    const onDone = renderBox();
    await user.click(screen.getByRole('button', { name: 'I have stored it' }));
    expect(onDone).toHaveBeenCalledOnce();
  });
});

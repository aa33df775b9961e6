// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ChangePasswordForm } from './change-password-form';

const NEW = 'a-brand-new-password';

describe('ChangePasswordForm', () => {
  it('sends the current and the new password once both new ones match', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn(async () => null);
    render(<ChangePasswordForm onChange={onChange} />);
    await user.type(screen.getByLabelText('Current password'), 'old-password');
    await user.type(screen.getByLabelText('New password'), NEW);
    await user.type(screen.getByLabelText('New password again'), NEW);
    await user.click(screen.getByRole('button', { name: 'Change password' }));
    expect(onChange).toHaveBeenCalledWith({ current: 'old-password', next: NEW });
    expect(await screen.findByRole('status')).toHaveTextContent('Your password has been changed.');
    expect(screen.getByLabelText('New password')).toHaveValue('');
  });

  it('says what is wrong before sending anything', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn(async () => null);
    render(<ChangePasswordForm onChange={onChange} />);
    await user.type(screen.getByLabelText('New password'), 'short');
    await user.click(screen.getByRole('button', { name: 'Change password' }));
    expect(onChange).not.toHaveBeenCalled();
    expect(screen.getByLabelText('Current password')).toHaveAccessibleDescription(
      'Enter your current password.',
    );
    expect(screen.getByLabelText('New password')).toHaveAccessibleDescription(
      /At least 10 characters\. At least 10 characters \(5 more\)\./,
    );
  });

  it("shows the server's refusal and keeps what was typed", async () => {
    const user = userEvent.setup();
    render(
      <ChangePasswordForm
        onChange={async () => 'Invalid input: current is not your current password'}
        oneTime
      />,
    );
    expect(screen.getByRole('heading', { name: 'Set your password' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Cancel' })).not.toBeInTheDocument();
    await user.type(screen.getByLabelText('One-time password'), 'not-it');
    await user.type(screen.getByLabelText('New password'), NEW);
    await user.type(screen.getByLabelText('New password again'), NEW);
    await user.click(screen.getByRole('button', { name: 'Set password' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Invalid input: current is not your current password',
    );
    expect(screen.getByLabelText('New password')).toHaveValue(NEW);
  });

  it('can be left without changing anything when the change is optional', async () => {
    const user = userEvent.setup();
    const onCancel = vi.fn();
    render(<ChangePasswordForm onChange={async () => null} onCancel={onCancel} />);
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(onCancel).toHaveBeenCalledOnce();
  });
});

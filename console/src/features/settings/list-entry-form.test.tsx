// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ListEntryForm } from './list-entry-form';

describe('ListEntryForm', () => {
  it('says what is wrong with the value instead of sending it', async () => {
    const user = userEvent.setup();
    const onSave = vi.fn(async () => null);
    render(<ListEntryForm modeLabel="Live" onSave={onSave} />);
    await user.type(screen.getByRole('textbox', { name: 'Value' }), 'not-an-email');
    await user.click(screen.getByRole('button', { name: 'Add entry' }));
    expect(screen.getByRole('textbox', { name: 'Value' })).toHaveAccessibleDescription(
      'Enter an e-mail address.',
    );
    expect(onSave).not.toHaveBeenCalled();
  });

  it('adds an entry, confirms it and keeps the list and kind for the next one', async () => {
    const user = userEvent.setup();
    const onSave = vi.fn(async () => null);
    render(<ListEntryForm modeLabel="Live" onSave={onSave} />);
    await user.selectOptions(screen.getByRole('combobox', { name: 'List' }), 'WATCH');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Kind' }), 'COUNTRY');
    await user.type(screen.getByRole('textbox', { name: 'Value' }), 'fr');
    await user.type(screen.getByRole('textbox', { name: 'Reason (optional)' }), 'Pilot');
    await user.click(screen.getByRole('button', { name: 'Add entry' }));
    expect(onSave).toHaveBeenCalledWith({
      list: 'WATCH',
      kind: 'COUNTRY',
      value: 'fr',
      expiresAt: null,
      reason: 'Pilot',
    });
    expect(await screen.findByRole('status')).toHaveTextContent('Added to the watch list (live).');
    expect(screen.getByRole('textbox', { name: 'Value' })).toHaveValue('');
    expect(screen.getByRole('combobox', { name: 'Kind' })).toHaveValue('COUNTRY');
  });

  it('keeps what was typed when the server refuses', async () => {
    const user = userEvent.setup();
    render(
      <ListEntryForm
        modeLabel="Test"
        onSave={async () => 'Invalid input: input.value is not a valid email'}
      />,
    );
    await user.type(screen.getByRole('textbox', { name: 'Value' }), 'a@b.co');
    await user.click(screen.getByRole('button', { name: 'Add entry' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('input.value is not a valid email');
    expect(screen.getByRole('textbox', { name: 'Value' })).toHaveValue('a@b.co');
  });
});

// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { Thresholds } from './settings.logic';
import { ThresholdsForm } from './thresholds-form';

const CURRENT: Thresholds = { review: 50, challenge: null, block: 85 };

function renderForm(onSave = vi.fn(async (_t: Thresholds): Promise<string | null> => null)) {
  render(<ThresholdsForm title="Transactions" current={CURRENT} onSave={onSave} />);
  return onSave;
}

const save = () => screen.getByRole('button', { name: 'Save thresholds' });

describe('ThresholdsForm', () => {
  it('shows the bands in force and keeps Save disabled until something changes', () => {
    renderForm();
    expect(screen.getByRole('textbox', { name: 'Review from' })).toHaveValue('50');
    expect(screen.getByRole('textbox', { name: 'Challenge from' })).toHaveValue('');
    expect(screen.getByRole('textbox', { name: 'Block from' })).toHaveValue('85');
    expect(save()).toBeDisabled();
    expect(screen.getByRole('list', { name: 'Decision per score' })).toHaveTextContent(
      'ALLOW 0–49REVIEW 50–84BLOCK 85–100',
    );
  });

  it('explains an out-of-range band and keeps Save disabled', async () => {
    const user = userEvent.setup();
    renderForm();
    const block = screen.getByRole('textbox', { name: 'Block from' });
    await user.clear(block);
    await user.type(block, '101');
    expect(block).toHaveAccessibleDescription(/Enter a whole number from 0 to 100\./);
    expect(block).toHaveAttribute('aria-invalid', 'true');
    expect(save()).toBeDisabled();
  });

  it('explains bands out of order', async () => {
    const user = userEvent.setup();
    renderForm();
    await user.type(screen.getByRole('textbox', { name: 'Challenge from' }), '90');
    expect(screen.getByRole('alert')).toHaveTextContent('Block (85) must be above challenge (90).');
    expect(save()).toBeDisabled();
  });

  it('saves a valid change and confirms it', async () => {
    const user = userEvent.setup();
    const onSave = renderForm();
    await user.type(screen.getByRole('textbox', { name: 'Challenge from' }), '70');
    expect(save()).toBeEnabled();
    await user.click(save());
    expect(onSave).toHaveBeenCalledWith({ review: 50, challenge: 70, block: 85 });
    expect(await screen.findByRole('status')).toHaveTextContent('Transactions thresholds saved.');
  });

  it('shows the server refusal next to the form', async () => {
    const user = userEvent.setup();
    renderForm(vi.fn(async () => 'Not allowed for this credential'));
    await user.type(screen.getByRole('textbox', { name: 'Challenge from' }), '70');
    await user.click(save());
    expect(await screen.findByRole('alert')).toHaveTextContent('Not allowed for this credential');
  });

  it('undoes unsaved changes', async () => {
    const user = userEvent.setup();
    renderForm();
    const review = screen.getByRole('textbox', { name: 'Review from' });
    await user.clear(review);
    await user.type(review, '40');
    await user.click(screen.getByRole('button', { name: 'Undo changes' }));
    expect(review).toHaveValue('50');
    expect(save()).toBeDisabled();
  });
});

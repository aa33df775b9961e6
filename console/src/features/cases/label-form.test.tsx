// @vitest-environment jsdom
import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { LabelForm } from './label-form';
import { MAX_NOTE } from './label.logic';

describe('LabelForm', () => {
  it('refuses to resolve until a label is chosen', () => {
    render(<LabelForm onSubmit={vi.fn()} busy={false} error={null} />);
    expect(screen.getByRole('button', { name: 'Resolve case' })).toBeDisabled();
    expect(screen.getByText('Choose a label (keys 1–4).')).toBeInTheDocument();
  });

  it('picks labels with keys 1–4 and sends label, confidence and note', async () => {
    const user = userEvent.setup();
    const onSubmit = vi.fn();
    render(<LabelForm onSubmit={onSubmit} busy={false} error={null} />);
    await user.keyboard('1');
    expect(screen.getByLabelText(/Fraud/)).toBeChecked();
    await user.keyboard('2');
    expect(screen.getByLabelText(/False positive/)).toBeChecked();
    await user.selectOptions(screen.getByLabelText('Confidence'), 'PROBABLE');
    await user.type(screen.getByLabelText(/Note/), 'card 1234 seen at 3 shops');
    await user.click(screen.getByRole('button', { name: 'Resolve case' }));
    expect(onSubmit).toHaveBeenCalledWith({
      label: 'FALSE_POSITIVE',
      confidence: 'PROBABLE',
      note: 'card 1234 seen at 3 shops',
    });
  });

  it('does not take digits typed in the note as labels', async () => {
    const user = userEvent.setup();
    render(<LabelForm onSubmit={vi.fn()} busy={false} error={null} />);
    await user.keyboard('4');
    await user.type(screen.getByLabelText(/Note/), '1');
    expect(screen.getByLabelText(/Legitimate/)).toBeChecked();
  });

  it('says how much too long a note is', () => {
    render(<LabelForm onSubmit={vi.fn()} busy={false} error={null} />);
    fireEvent.click(screen.getByLabelText(/Suspicious/));
    fireEvent.change(screen.getByLabelText(/Note/), {
      target: { value: 'x'.repeat(MAX_NOTE + 5) },
    });
    expect(screen.getByText('The note is 5 characters too long.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Resolve case' })).toBeDisabled();
  });

  it("shows the server's message and keeps the form", () => {
    render(<LabelForm onSubmit={vi.fn()} busy={false} error="The case is already resolved" />);
    expect(screen.getByRole('alert')).toHaveTextContent('The case is already resolved');
  });

  it('keeps the keys working after a label was clicked', async () => {
    const user = userEvent.setup();
    render(<LabelForm onSubmit={vi.fn()} busy={false} error={null} />);
    await user.click(screen.getByLabelText(/Suspicious/));
    await user.keyboard('1');
    expect(screen.getByLabelText(/Fraud/)).toBeChecked();
  });
});

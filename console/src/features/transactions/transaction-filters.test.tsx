// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { TransactionFiltersForm } from './transaction-filters';
import { DEFAULT_FILTERS } from './transactions.logic';

function setup(value = DEFAULT_FILTERS) {
  const onChange = vi.fn();
  const user = userEvent.setup();
  render(<TransactionFiltersForm value={value} onChange={onChange} />);
  return { onChange, user };
}

describe('TransactionFiltersForm', () => {
  it('applies the typed customer, decision and score range on Enter', async () => {
    const { onChange, user } = setup();
    await user.selectOptions(screen.getByLabelText('Decision'), 'Block');
    await user.type(screen.getByLabelText('Min score'), '70');
    await user.type(screen.getByLabelText(/Customer id/), '  cust_1042 {Enter}');
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(onChange).toHaveBeenCalledWith({
      ...DEFAULT_FILTERS,
      userId: 'cust_1042',
      decision: 'BLOCK',
      minScore: 70,
    });
  });

  it('does not fire while typing, only when applied', async () => {
    const { onChange, user } = setup();
    await user.type(screen.getByLabelText(/Customer id/), 'cust');
    expect(onChange).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'Apply' }));
    expect(onChange).toHaveBeenCalledWith({ ...DEFAULT_FILTERS, userId: 'cust' });
  });

  it('refuses a minimum above the maximum and says so on the field', async () => {
    const { onChange, user } = setup();
    await user.type(screen.getByLabelText('Min score'), '80');
    await user.type(screen.getByLabelText('Max score'), '20');
    await user.click(screen.getByRole('button', { name: 'Apply' }));
    expect(onChange).not.toHaveBeenCalled();
    const max = screen.getByLabelText('Max score');
    expect(max).toHaveAttribute('aria-invalid', 'true');
    expect(max).toHaveAccessibleDescription('Must not be below the minimum score');
  });

  it('shows the filter in force and clears it', async () => {
    const { onChange, user } = setup({ ...DEFAULT_FILTERS, userId: 'u-9', from: '2026-11-01' });
    expect(screen.getByLabelText(/Customer id/)).toHaveValue('u-9');
    expect(screen.getByLabelText('From (event day)')).toHaveValue('2026-11-01');
    await user.click(screen.getByRole('button', { name: 'Clear' }));
    expect(onChange).toHaveBeenCalledWith(DEFAULT_FILTERS);
    expect(screen.getByLabelText(/Customer id/)).toHaveValue('');
  });
});

// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { RangePicker } from './range-picker';
import { presetRange } from './range.logic';

const TODAY = '2026-11-25';

function setup() {
  const onChange = vi.fn();
  const user = userEvent.setup();
  render(<RangePicker value={presetRange('30d', TODAY)} today={TODAY} onChange={onChange} />);
  return { onChange, user };
}

describe('RangePicker', () => {
  it('marks the current preset and emits another', async () => {
    const { onChange, user } = setup();
    expect(screen.getByRole('button', { name: 'Last 30 days' }).getAttribute('aria-pressed')).toBe(
      'true',
    );
    await user.click(screen.getByRole('button', { name: 'Last 7 days' }));
    expect(onChange).toHaveBeenCalledWith({ from: '2026-11-19', to: TODAY, preset: '7d' });
  });

  it('emits valid custom dates, the end day included', async () => {
    const { onChange, user } = setup();
    const from = screen.getByLabelText('From');
    const to = screen.getByLabelText('To (included)');
    await user.clear(from);
    await user.type(from, '2026-11-01');
    await user.clear(to);
    await user.type(to, '2026-11-20');
    await user.click(screen.getByRole('button', { name: 'Apply' }));
    expect(onChange).toHaveBeenCalledWith({ from: '2026-11-01', to: '2026-11-20', preset: null });
  });

  it('says why dates are not a range and emits nothing', async () => {
    const { onChange, user } = setup();
    const from = screen.getByLabelText('From');
    await user.clear(from);
    await user.type(from, '2026-11-26');
    await user.click(screen.getByRole('button', { name: 'Apply' }));
    expect(screen.getByRole('alert').textContent).toBe(
      'The start date must be on or before the end date.',
    );
    expect(from.getAttribute('aria-invalid')).toBe('true');
    expect(onChange).not.toHaveBeenCalled();
  });
});

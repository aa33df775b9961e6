// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { RateLimitsValue, RateLimitsView } from './admin.logic';
import { RateLimitsForm } from './rate-limits-form';

const CURRENT: RateLimitsView = {
  scoringPerMinute: 5000,
  otherPerMinute: 1000,
  tenantScoringPerMinute: 5000,
  tenantOtherPerMinute: null,
  defaults: { scoringPerMinute: 1000, otherPerMinute: 1000 },
};

function renderForm(onSave = vi.fn(async (_v: RateLimitsValue): Promise<string | null> => null)) {
  render(<RateLimitsForm current={CURRENT} onSave={onSave} />);
  return onSave;
}

const scoring = () => screen.getByRole('textbox', { name: 'Scored events per minute' });
const other = () => screen.getByRole('textbox', { name: 'Other requests per minute' });
const save = () => screen.getByRole('button', { name: 'Save rate limits' });

describe('RateLimitsForm', () => {
  it('shows the limits in force and which are defaults; Save waits for a change', () => {
    renderForm();
    const facts = screen.getByLabelText('Limits in force');
    expect(facts).toHaveTextContent('5,000 / min (own limit)');
    expect(facts).toHaveTextContent('1,000 / min (server default)');
    expect(scoring()).toHaveValue('5000');
    expect(other()).toHaveValue('');
    expect(other()).toHaveAttribute('placeholder', 'Default: 1,000');
    expect(save()).toBeDisabled();
  });

  it('sets one limit and returns the other to the default with a blank field', async () => {
    const user = userEvent.setup();
    const onSave = renderForm();
    await user.clear(scoring());
    await user.type(other(), '20,000');
    await user.click(save());
    expect(onSave).toHaveBeenCalledWith({ scoringPerMinute: null, otherPerMinute: 20000 });
    expect(await screen.findByRole('status')).toHaveTextContent('Rate limits saved.');
  });

  it('explains an out-of-range limit and keeps Save disabled', async () => {
    const user = userEvent.setup();
    renderForm();
    await user.type(other(), '0');
    expect(other()).toHaveAccessibleDescription(/whole number from 1 to 10,000,000/);
    expect(other()).toHaveAttribute('aria-invalid', 'true');
    expect(save()).toBeDisabled();
  });

  it('shows the server refusal', async () => {
    const user = userEvent.setup();
    renderForm(vi.fn(async () => 'Not allowed for role TENANT_ADMIN'));
    await user.type(other(), '50');
    await user.click(save());
    expect(await screen.findByRole('alert')).toHaveTextContent('Not allowed');
  });
});

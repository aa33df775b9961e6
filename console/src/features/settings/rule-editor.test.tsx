// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { RuleEditor } from './rule-editor';
import type { RuleChange } from './settings.logic';

const RULE = {
  code: 'HIGH_RISK_COUNTRY',
  label: 'High-risk country',
  weight: 20,
  defaultWeight: 20,
  status: 'ACTIVE' as const,
  params: { countries: ['RU', 'KP'], minAmount: 100 },
  defaultParams: { countries: ['RU'], minAmount: 100 },
};

function renderEditor(onSave = vi.fn(async (_c: RuleChange): Promise<string | null> => null)) {
  const onSaved = vi.fn();
  const onCancel = vi.fn();
  render(<RuleEditor rule={RULE} onSave={onSave} onSaved={onSaved} onCancel={onCancel} />);
  return { onSave, onSaved, onCancel };
}

const save = () => screen.getByRole('button', { name: 'Save rule' });

describe('RuleEditor', () => {
  it('opens on the weight with the current values, nothing to save yet', () => {
    renderEditor();
    expect(screen.getByRole('textbox', { name: 'Weight' })).toHaveFocus();
    expect(screen.getByRole('textbox', { name: 'countries' })).toHaveValue('RU, KP');
    expect(screen.getByRole('textbox', { name: 'minAmount' })).toHaveValue('100');
    expect(save()).toBeDisabled();
  });

  it('refuses a weight above 100', async () => {
    const user = userEvent.setup();
    renderEditor();
    const weight = screen.getByRole('textbox', { name: 'Weight' });
    await user.clear(weight);
    await user.type(weight, '101');
    expect(weight).toHaveAccessibleDescription(/Enter a whole number from 0 to 100\./);
    expect(save()).toBeDisabled();
  });

  it('sends only what changed, then reports it saved', async () => {
    const user = userEvent.setup();
    const { onSave, onSaved } = renderEditor();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'SHADOW');
    const countries = screen.getByRole('textbox', { name: 'countries' });
    await user.clear(countries);
    await user.type(countries, 'ru, ir');
    await user.click(save());
    expect(onSave).toHaveBeenCalledWith({
      code: 'HIGH_RISK_COUNTRY',
      status: 'SHADOW',
      params: { countries: ['RU', 'IR'] },
    });
    expect(onSaved).toHaveBeenCalledOnce();
  });

  it('keeps the editor open with the server message when refused', async () => {
    const user = userEvent.setup();
    const { onSaved } = renderEditor(vi.fn(async () => 'Invalid input: input.weight'));
    const weight = screen.getByRole('textbox', { name: 'Weight' });
    await user.clear(weight);
    await user.type(weight, '30');
    await user.click(save());
    expect(await screen.findByRole('alert')).toHaveTextContent('Invalid input: input.weight');
    expect(onSaved).not.toHaveBeenCalled();
  });

  it('closes on Escape', async () => {
    const user = userEvent.setup();
    const { onCancel } = renderEditor();
    await user.keyboard('{Escape}');
    expect(onCancel).toHaveBeenCalledOnce();
  });
});

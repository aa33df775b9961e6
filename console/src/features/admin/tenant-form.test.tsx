// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { NewTenantDraft } from './admin.logic';
import { TenantForm } from './tenant-form';

function renderForm(onCreate = vi.fn(async (_d: NewTenantDraft): Promise<string | null> => null)) {
  render(<TenantForm onCreate={onCreate} />);
  return onCreate;
}

const name = () => screen.getByRole('textbox', { name: 'Name' });
const slug = () => screen.getByRole('textbox', { name: 'Slug' });
const create = () => screen.getByRole('button', { name: 'Create tenant' });

describe('TenantForm', () => {
  it('suggests the slug from the name and creates the tenant', async () => {
    const user = userEvent.setup();
    const onCreate = renderForm();
    await user.type(name(), 'Acme Payments');
    expect(slug()).toHaveValue('acme-payments');
    await user.click(create());
    expect(onCreate).toHaveBeenCalledWith({ slug: 'acme-payments', name: 'Acme Payments' });
    expect(await screen.findByRole('status')).toHaveTextContent('Tenant Acme Payments created.');
    expect(name()).toHaveValue('');
  });

  it('keeps a slug typed by hand', async () => {
    const user = userEvent.setup();
    renderForm();
    await user.type(slug(), 'acme');
    await user.type(name(), 'Acme Payments');
    expect(slug()).toHaveValue('acme');
  });

  it('explains a bad slug and sends nothing', async () => {
    const user = userEvent.setup();
    const onCreate = renderForm();
    await user.type(name(), 'Acme');
    await user.clear(slug());
    await user.type(slug(), '-Acme');
    await user.click(create());
    expect(slug()).toHaveAccessibleDescription(/2 to 63 lower-case letters/);
    expect(onCreate).not.toHaveBeenCalled();
  });

  it('shows the server refusal', async () => {
    const user = userEvent.setup();
    renderForm(vi.fn(async () => 'A tenant with slug "acme" already exists'));
    await user.type(name(), 'Acme');
    await user.click(create());
    expect(await screen.findByRole('alert')).toHaveTextContent('already exists');
    expect(name()).toHaveValue('Acme');
  });
});

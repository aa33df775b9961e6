// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { RuleChecks } from './rule-checks';

const CHECKS = [
  { code: 'NIGHT_TIME', status: 'PASS', weight: 5, detail: 'Daytime' },
  { code: 'VELOCITY_1H', status: 'FIRED', weight: 25, detail: '7 in the last hour, limit 5' },
  { code: 'GEO_JUMP', status: 'DISABLED', weight: 20, detail: '' },
  { code: 'NEW_MODEL', status: 'SHADOW_FIRED', weight: 10, detail: 'Model says 0.8' },
] as const;

describe('RuleChecks', () => {
  it('is collapsed at first, with a summary of what it hides', () => {
    render(<RuleChecks checks={CHECKS} />);
    const toggle = screen.getByRole('button', { name: 'Show all 4 checks' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(screen.getByText('1 fired · 1 fired in shadow · 1 passed · 1 disabled')).toBeVisible();
    expect(screen.queryByText('7 in the last hour, limit 5')).not.toBeInTheDocument();
  });

  it('opens on click, fired checks first, and closes again', async () => {
    const user = userEvent.setup();
    render(<RuleChecks checks={CHECKS} />);
    await user.click(screen.getByRole('button', { name: 'Show all 4 checks' }));

    const toggle = screen.getByRole('button', { name: 'Hide all checks' });
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const codes = within(screen.getByRole('table'))
      .getAllByRole('code')
      .map((c) => c.textContent);
    expect(codes).toEqual(['VELOCITY_1H', 'NEW_MODEL', 'NIGHT_TIME', 'GEO_JUMP']);
    expect(screen.getByRole('rowheader', { name: 'Fired (1)' })).toBeVisible();

    await user.click(toggle);
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('says when no rule ran', () => {
    render(<RuleChecks checks={[]} />);
    expect(screen.getByText('No rule ran on this transaction.')).toBeVisible();
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });
});

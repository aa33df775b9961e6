// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { makeFragmentData } from '../../gql';
import type { TransactionExplanation_TransactionFragmentFragment as Explanation } from '../../gql/graphql';
import {
  TransactionExplanation,
  TransactionExplanation_TransactionFragment,
} from './transaction-explanation';

function makeTransaction(overrides: Partial<Explanation> = {}) {
  return makeFragmentData(
    {
      id: '0b7d3f3e-1c7a-4b5e-9a59-2a1f2d0c9e11',
      matchedRules: [
        {
          code: 'VELOCITY_1H',
          label: 'Many payments in an hour',
          weight: 25,
          dimension: 'HISTORY',
          action: null,
        },
        {
          code: 'DENY_LIST',
          label: 'Customer on the deny list',
          weight: 60,
          dimension: 'LIST',
          action: 'BLOCK',
        },
      ],
      allChecks: [
        { code: 'VELOCITY_1H', status: 'FIRED', weight: 25, detail: '7 in the last hour, limit 5' },
        { code: 'DENY_LIST', status: 'FIRED', weight: 60, detail: 'Matched deny entry user:u-1' },
        { code: 'NIGHT_TIME', status: 'PASS', weight: 5, detail: 'Paid at 14:05 local' },
      ],
      checks: {
        amount: { passed: false, vsAverage: 4.25 },
        device: { passed: true, isTrusted: true },
        recipient: { passed: true, isKnown: true, trustLevel: 'KNOWN' },
        velocity: { passed: false, dailyCount: 12, dailyLimit: 10 },
      },
      signals: { positive: ['trusted_device'], negative: ['new_recipient'], neutral: [] },
      shadowEvaluation: { decision: 'CHALLENGE', score: 72, rules: ['NEW_MODEL'] },
      derivedSignals: { velocity: { lastHour: { count: 7 } }, device: { known: true } },
      input: { userId: 'u-1', amount: 2500 },
      ...overrides,
    },
    TransactionExplanation_TransactionFragment,
  );
}

describe('TransactionExplanation', () => {
  it('shows the fired rules at once, heaviest first, with what each found', () => {
    render(<TransactionExplanation transaction={makeTransaction()} />);
    const fired = screen.getByRole('region', { name: 'Rules that fired' });
    const rows = within(fired).getAllByRole('row').slice(1);
    expect(rows[0]).toHaveTextContent('Customer on the deny list');
    expect(rows[0]).toHaveTextContent('Matched deny entry user:u-1');
    expect(rows[0]).toHaveTextContent('BLOCK');
    expect(rows[1]).toHaveTextContent('7 in the last hour, limit 5');
    expect(within(fired).getByText(/With shadow rules active/)).toBeVisible();
  });

  it('keeps all checks collapsed until asked', async () => {
    const user = userEvent.setup();
    render(<TransactionExplanation transaction={makeTransaction()} />);
    expect(screen.queryByText('Paid at 14:05 local')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Show all 3 checks' }));
    expect(screen.getByText('Paid at 14:05 local')).toBeVisible();
  });

  it('reads derived signals and the input as dotted keys', () => {
    render(<TransactionExplanation transaction={makeTransaction()} />);
    const derived = screen.getByRole('region', { name: 'Derived signals' });
    expect(within(derived).getByText('velocity.lastHour.count')).toBeVisible();
    expect(within(derived).getByText('yes')).toBeVisible();
    const input = screen.getByRole('region', { name: 'Input as scored' });
    expect(within(input).getByText('2500')).toBeVisible();
  });

  it('says so when no rule fired and nothing was in shadow', () => {
    render(
      <TransactionExplanation
        transaction={makeTransaction({ matchedRules: [], shadowEvaluation: null })}
      />,
    );
    expect(screen.getByText('No active rule fired on this transaction.')).toBeVisible();
    expect(screen.queryByText(/With shadow rules active/)).not.toBeInTheDocument();
  });
});

// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { makeFragmentData } from '../../gql';
import type { TransactionsTable_TransactionFragmentFragment as Row } from '../../gql/graphql';
import { RouterProvider } from '../../lib/router';
import { TransactionsTable, TransactionsTable_TransactionFragment } from './transactions-table';

function row(id: string, overrides: Partial<Row> = {}) {
  return makeFragmentData(
    {
      id,
      occurredAt: '2026-11-25T14:05:00Z',
      userId: `cust-${id}`,
      type: 'CARD_PAYMENT',
      amount: 2500,
      currency: 'EUR',
      riskScore: 88,
      decision: 'BLOCK',
      caseId: null,
      processingTimeMs: 12.34,
      ...overrides,
    },
    TransactionsTable_TransactionFragment,
  );
}

function setup() {
  const onOpen = vi.fn();
  render(
    <RouterProvider>
      <TransactionsTable
        caption="Transactions"
        onOpen={onOpen}
        transactions={[row('a'), row('b', { caseId: 'c-1', riskScore: 12, decision: 'ALLOW' })]}
      />
    </RouterProvider>,
  );
  return { onOpen, user: userEvent.setup() };
}

describe('TransactionsTable', () => {
  it('shows each transaction in readable form', () => {
    setup();
    const [, first] = screen.getAllByRole('row');
    expect(first).toHaveTextContent('cust-a');
    expect(first).toHaveTextContent('Card payment');
    expect(first).toHaveTextContent('2,500.00 EUR');
    expect(first).toHaveTextContent('BLOCK');
    expect(first).toHaveTextContent('12.3 ms');
  });

  it('opens a row on click and on Enter when focused', async () => {
    const { onOpen, user } = setup();
    await user.click(screen.getByText('cust-a'));
    expect(onOpen).toHaveBeenLastCalledWith('a');
    // The clicked row keeps focus; the next stop is the next row.
    await user.tab();
    expect(screen.getAllByRole('row')[2]).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(onOpen).toHaveBeenLastCalledWith('b');
  });

  it('links to the review case without opening the row', async () => {
    const { onOpen, user } = setup();
    const link = screen.getByRole('link', { name: 'Review case of cust-b' });
    expect(link).toHaveAttribute('href', '/cases/c-1');
    await user.click(link);
    expect(onOpen).not.toHaveBeenCalled();
  });
});

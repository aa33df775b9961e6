// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { makeFragmentData } from '../../gql';
import { FeedbackHistory, FeedbackHistory_TransactionFragment } from './feedback-history';

const author = { kind: 'USER', label: 'ana@bank.test' } as const;

describe('FeedbackHistory', () => {
  it('lists each verdict with its confidence, author and note', () => {
    render(
      <FeedbackHistory
        transaction={makeFragmentData(
          {
            id: 't-1',
            feedback: [
              {
                id: 'f-2',
                feedbackType: 'ANALYST_LABEL',
                analystLabel: 'TRUE_FRAUD',
                tenantAction: null,
                confidence: 'CONFIRMED',
                notes: 'Customer confirmed by phone',
                occurredAt: '2026-11-26T09:00:00Z',
                createdAt: '2026-11-26T09:00:00Z',
                author,
              },
              {
                id: 'f-1',
                feedbackType: 'TENANT_ACTION',
                analystLabel: null,
                tenantAction: 'CHARGEBACK',
                confidence: null,
                notes: null,
                occurredAt: '2026-11-25T09:00:00Z',
                createdAt: '2026-11-25T10:00:00Z',
                author: { kind: 'API_KEY', label: 'wk_live_ab12' },
              },
            ],
          },
          FeedbackHistory_TransactionFragment,
        )}
      />,
    );
    const [, label, action] = within(
      screen.getByRole('region', { name: 'Feedback history' }),
    ).getAllByRole('row');
    expect(label).toHaveTextContent('Analyst label');
    expect(label).toHaveTextContent('True fraud');
    expect(label).toHaveTextContent('Confirmed');
    expect(label).toHaveTextContent('ana@bank.test');
    expect(label).toHaveTextContent('Customer confirmed by phone');
    expect(action).toHaveTextContent('Chargeback');
    expect(action).toHaveTextContent('API key');
    expect(action).toHaveTextContent(/recorded/);
  });

  it('explains where feedback will come from when there is none', () => {
    render(
      <FeedbackHistory
        transaction={makeFragmentData(
          { id: 't-1', feedback: [] },
          FeedbackHistory_TransactionFragment,
        )}
      />,
    );
    expect(screen.getByText(/No feedback yet/)).toBeVisible();
  });
});

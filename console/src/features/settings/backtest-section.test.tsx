// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Client, fetchExchange, Provider } from 'urql';
import { describe, expect, it, vi } from 'vitest';
import { RouterProvider } from '../../lib/router';
import { BacktestSection } from './backtest-section';

const VERSION_ID = '5d1f3c7e-1111-4a4a-8888-000000000004';
const EVENT_ID = '9a1f3c7e-2222-4a4a-8888-000000000001';

function renderSection(answer: unknown) {
  const sent: { operationName: string; variables: Record<string, unknown> }[] = [];
  const fetch = vi.fn(async (_url: RequestInfo | URL, init?: RequestInit) => {
    const body = JSON.parse(String(init?.body)) as (typeof sent)[number];
    sent.push(body);
    const data =
      body.operationName === 'BacktestSection_ProgressQuery'
        ? { data: { backtestProgress: null } }
        : answer;
    return new Response(JSON.stringify(data), { headers: { 'content-type': 'application/json' } });
  });
  const client = new Client({
    url: 'http://warden.test/graphql',
    exchanges: [fetchExchange],
    preferGetMethod: false,
    fetch,
  });
  render(
    <Provider value={client}>
      <RouterProvider>
        <BacktestSection versionId={VERSION_ID} versionNumber={4} />
      </RouterProvider>
    </Provider>,
  );
  return sent;
}

const RESULT = {
  __typename: 'BacktestResult',
  mode: 'LIVE',
  from: '2026-01-01T00:00:00.000Z',
  to: '2026-01-31T00:00:00.000Z',
  version: 4,
  comparedWith: 3,
  events: 10,
  skipped: 0,
  changed: 1,
  before: [{ __typename: 'DecisionCount', decision: 'ALLOW', count: 10 }],
  after: [
    { __typename: 'DecisionCount', decision: 'ALLOW', count: 9 },
    { __typename: 'DecisionCount', decision: 'BLOCK', count: 1 },
  ],
  fraudCaught: 1,
  fraudMissed: 0,
  falsePositives: 0,
  fraudCaughtBefore: 0,
  fraudMissedBefore: 1,
  falsePositivesBefore: 0,
  rules: [{ __typename: 'BacktestRule', code: 'BIG', hits: 1, fraudHits: 1, precision: 1 }],
  rulesBefore: [],
  sample: [
    {
      __typename: 'BacktestSample',
      eventId: EVENT_ID,
      occurredAt: '2026-01-05T10:00:00.000Z',
      fraud: true,
      before: 'ALLOW',
      after: 'BLOCK',
      riskScoreBefore: 20,
      riskScoreAfter: 90,
      rules: ['BIG'],
    },
  ],
  seconds: 0.5,
  eventsPerSecond: 20,
};

describe('BacktestSection', () => {
  it('runs over the chosen days and shows the chart, the deltas and rows that open events', async () => {
    const user = userEvent.setup();
    const sent = renderSection({ data: { backtestPolicy: RESULT } });
    await user.clear(screen.getByLabelText('From'));
    await user.type(screen.getByLabelText('From'), '2026-01-01');
    await user.clear(screen.getByLabelText('To'));
    await user.type(screen.getByLabelText('To'), '2026-01-30');
    await user.click(screen.getByRole('button', { name: 'Run backtest' }));
    const chart = await screen.findByRole('img', {
      name: /^Decisions under version 3 \(before\) and version 4 \(after\)/,
    });
    expect(chart).toHaveAccessibleName(expect.stringContaining('BLOCK: 0 before, 1 after'));
    expect(screen.getByText('Fraud caught').nextElementSibling).toHaveTextContent(
      '0 → 1 (+1, better)',
    );
    const run = sent.find((s) => s.operationName === 'BacktestSection_RunMutation')!;
    expect(run.variables).toMatchObject({ draftId: VERSION_ID, mode: 'LIVE' });
    expect(new Date(String(run.variables.to)).getTime()).toBe(new Date(2026, 0, 31).getTime());
    const sample = screen.getByRole('table', { name: /^Changed events/ });
    await user.click(within(sample).getAllByRole('row')[1]!);
    expect(window.location.pathname).toBe(`/transactions/${EVENT_ID}`);
  });

  it('says in words why the server refused', async () => {
    const user = userEvent.setup();
    renderSection({
      errors: [
        { message: 'Invalid input: to must be after from', extensions: { code: 'BAD_USER_INPUT' } },
      ],
    });
    await user.click(screen.getByRole('button', { name: 'Run backtest' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The backtest did not run: Invalid input: to must be after from',
    );
  });
});

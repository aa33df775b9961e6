// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { makeFragmentData } from '../../gql';
import type { MetricCards_FeedbackMetricsFragment as Metrics } from '../../gql/graphql';
import { MetricCards, MetricCards_FeedbackMetricsFragment } from './metric-cards';

interface Overrides {
  transactions?: Partial<Metrics['transactions']>;
  feedback?: Partial<Metrics['feedback']>;
  labels?: Partial<Metrics['labels']>;
  adaptiveThreshold?: Partial<Metrics['adaptiveThreshold']>;
  drift?: Partial<Metrics['drift']>;
}

function makeMetrics(o: Overrides = {}) {
  return makeFragmentData(
    {
      transactions: { total: 200, approved: 150, approvalRate: 0.75, ...o.transactions },
      feedback: { eventsSubmitted: 40, overrides: 3, overrideRate: 0.015, ...o.feedback },
      labels: { total: 20, fraud: 1, falsePositive: 1, falsePositiveRate: 0.05, ...o.labels },
      adaptiveThreshold: {
        recommendedThreshold: 60,
        currentThreshold: 50,
        sampleSize: 32.4,
        labelledTransactions: 36,
        costRatio: 10,
        expectedCost: 12.5,
        ...o.adaptiveThreshold,
      },
      drift: {
        psi: 0.05,
        meanShift: 2.5,
        currentMean: 32.5,
        baselineMean: 30,
        baselineTotal: 180,
        baselineFrom: '2026-10-02T00:00:00.000Z',
        baselineTo: '2026-11-01T00:00:00.000Z',
        ...o.drift,
      },
    },
    MetricCards_FeedbackMetricsFragment,
  );
}

const card = (name: string) => screen.getByRole('region', { name });

describe('MetricCards', () => {
  it('shows every figure as a named card with its value as text', () => {
    render(<MetricCards metrics={makeMetrics()} />);
    expect(within(card('Approval rate')).getByText('75.0 %')).toBeTruthy();
    expect(card('Approval rate').textContent).toContain('150 of 200 transactions allowed');
    expect(within(card('Override rate')).getByText('1.5 %')).toBeTruthy();
    expect(card('Override rate').textContent).toContain('3 overrides');
    expect(within(card('Feedback events')).getByText('40')).toBeTruthy();
    expect(within(card('Analyst labels')).getByText('20')).toBeTruthy();
    expect(card('Score drift (PSI)').textContent).toContain('2 Oct 2026 – 31 Oct 2026');
    expect(card('Score drift (PSI)').textContent).toContain('+2.5 points');
  });

  it('puts the TRUE_FRAUD count on the "Fraud labels" card under a stable key', () => {
    const { container } = render(<MetricCards metrics={makeMetrics()} />);
    const value = container.querySelector('[data-metric="fraud-labels"]');
    expect(value?.textContent).toBe('1');
    expect(card('Fraud labels').contains(value)).toBe(true);
  });

  it.each([
    [0.05, false],
    [0.0501, true],
  ])('flags a false-positive rate of %s as above target: %s', (rate, flagged) => {
    render(<MetricCards metrics={makeMetrics({ labels: { falsePositiveRate: rate } })} />);
    const fp = card('False-positive rate');
    expect(fp.textContent).toContain('Target: at most 5 %');
    expect(within(fp).queryByText('Above the 5 % target') !== null).toBe(flagged);
  });

  it.each([
    [60, null],
    [61, '11 points above the current threshold'],
    [39, '11 points below the current threshold'],
  ])('flags a recommended threshold of %s against 50 when over 10 points apart', (rec, flag) => {
    render(
      <MetricCards metrics={makeMetrics({ adaptiveThreshold: { recommendedThreshold: rec } })} />,
    );
    const threshold = card('Recommended REVIEW threshold');
    expect(within(threshold).getByText(String(rec))).toBeTruthy();
    if (flag) expect(within(threshold).getByText(flag)).toBeTruthy();
    else expect(threshold.querySelector('.metric-flag')).toBeNull();
  });

  it('says a threshold needs more labels when there is no recommendation', () => {
    render(
      <MetricCards
        metrics={makeMetrics({
          adaptiveThreshold: { recommendedThreshold: null, sampleSize: 3, expectedCost: null },
        })}
      />,
    );
    const threshold = card('Recommended REVIEW threshold');
    expect(within(threshold).getByText('Not enough labels yet')).toBeTruthy();
    expect(threshold.textContent).toContain('needs 30 weighted labels; there are 3.0');
  });

  it.each([
    [0.0999, 'Stable', false],
    [0.1, 'Moderate shift', false],
    [0.25, 'Significant shift', true],
    [null, 'Not enough traffic to compare', false],
  ])('reads a PSI of %s as "%s"', (psi, label, flagged) => {
    render(<MetricCards metrics={makeMetrics({ drift: { psi } })} />);
    const drift = card('Score drift (PSI)');
    expect(drift.querySelector('.psi-band')?.textContent).toBe(label);
    expect(drift.classList.contains('metric-card--flagged')).toBe(flagged);
  });

  it('shows dashes, not zeros, for rates over an empty window', () => {
    render(
      <MetricCards
        metrics={makeMetrics({
          transactions: { total: 0, approved: 0, approvalRate: null },
          feedback: { eventsSubmitted: 0, overrides: 0, overrideRate: null },
          labels: { total: 0, fraud: 0, falsePositive: 0, falsePositiveRate: null },
        })}
      />,
    );
    expect(within(card('Approval rate')).getByText('—')).toBeTruthy();
    expect(card('False-positive rate').textContent).toContain('No analyst labels in the range.');
  });
});

// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { makeFragmentData } from '../../gql';
import {
  DECISION_SERIES,
  DailyCharts_FeedbackMetricsFragment,
  DailyVolumeChart,
} from './daily-charts';
import { StackedBarChart } from './stacked-bar-chart';

const day = (
  date: string,
  allowed: number,
  reviewed: number,
  challenged: number,
  blocked: number,
) => ({
  date,
  count: allowed + reviewed + challenged + blocked,
  allowed,
  reviewed,
  challenged,
  blocked,
  averageScore: allowed + reviewed + challenged + blocked === 0 ? null : 40,
});

const DAYS = [
  day('2026-11-23', 5, 1, 0, 1),
  day('2026-11-24', 0, 0, 0, 0),
  day('2026-11-25', 2, 2, 1, 3),
];

describe('StackedBarChart', () => {
  it('draws one bar group per day, stacked by decision, with a legend', () => {
    const { container } = render(
      <StackedBarChart
        days={DAYS.map((d) => d.date)}
        values={DAYS}
        series={DECISION_SERIES}
        unit="transactions"
        summary="Transactions per day"
      />,
    );
    const groups = container.querySelectorAll('.chart__bar-group');
    expect(groups).toHaveLength(3);
    expect([...groups].map((g) => g.getAttribute('data-day'))).toEqual(DAYS.map((d) => d.date));
    // Empty segments are not drawn: 3 decisions on the first day, none on the second, 4 on the third.
    expect([...groups].map((g) => g.querySelectorAll('rect:not(.chart__hit)').length)).toEqual([
      3, 0, 4,
    ]);
    expect(groups[2]!.querySelector('title')?.textContent).toBe(
      '25 Nov: 8 transactions (Allow 2, Review 2, Challenge 1, Block 3)',
    );
    const colours = [...groups[2]!.querySelectorAll('rect:not(.chart__hit)')].map((r) =>
      r.getAttribute('fill'),
    );
    expect(colours).toEqual(['#15803d', '#ca8a04', '#ea580c', '#b91c1c']);
    const legend = screen.getByRole('list');
    expect(legend.textContent).toBe('AllowReviewChallengeBlock');
    expect(screen.getByRole('img', { name: 'Transactions per day' })).toBeTruthy();
  });

  it('stacks the bars up to the tallest day on a round scale', () => {
    const { container } = render(
      <StackedBarChart
        days={DAYS.map((d) => d.date)}
        values={DAYS}
        series={DECISION_SERIES}
        unit="transactions"
        summary="Transactions per day"
      />,
    );
    const ticks = [...container.querySelectorAll('.chart__grid text')].map((t) => t.textContent);
    expect(ticks).toEqual(['0', '2', '4', '6', '8']);
    // Every bar lies inside the 1000-wide viewBox, with a positive size.
    for (const rect of container.querySelectorAll('rect')) {
      const [x, y, w, h] = ['x', 'y', 'width', 'height'].map((a) => Number(rect.getAttribute(a)));
      expect(w).toBeGreaterThan(0);
      expect(h).toBeGreaterThanOrEqual(0);
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x! + w!).toBeLessThanOrEqual(1000);
      expect(y! + h!).toBeLessThanOrEqual(260);
    }
    // The tallest day (8) reaches the top tick.
    const tops = [
      ...container.querySelectorAll('[data-day="2026-11-25"] rect:not(.chart__hit)'),
    ].map((r) => Number(r.getAttribute('y')));
    expect(Math.min(...tops)).toBe(10);
  });
});

describe('DailyVolumeChart', () => {
  const metrics = (daily: ReturnType<typeof day>[]) =>
    makeFragmentData({ daily }, DailyCharts_FeedbackMetricsFragment);

  it('summarises the chart for screen readers and offers the numbers as a table', () => {
    render(<DailyVolumeChart metrics={metrics(DAYS)} />);
    const chart = screen.getByRole('img');
    expect(chart.getAttribute('aria-label')).toContain(
      '15 in all (Allow 7, Review 3, Challenge 1, Block 4)',
    );
    expect(screen.getByText('Show the data as a table')).toBeTruthy();
    expect(screen.getAllByRole('row')).toHaveLength(4);
  });

  it('shows an empty state, not an empty chart, for a window without transactions', () => {
    render(<DailyVolumeChart metrics={metrics([day('2026-11-24', 0, 0, 0, 0)])} />);
    expect(screen.getByText('No transactions in this range')).toBeTruthy();
    expect(screen.queryByRole('img')).toBeNull();
  });

  it('always names the latest day when a long range shows only some labels', () => {
    const month = Array.from({ length: 30 }, (_, i) =>
      day(`2026-10-${String(i + 1).padStart(2, '0')}`, 1, 0, 0, 0),
    );
    const { container } = render(
      <StackedBarChart
        days={month.map((d) => d.date)}
        values={month}
        series={DECISION_SERIES}
        unit="transactions"
        summary="Transactions per day"
      />,
    );
    const labels = [...container.querySelectorAll('.chart__x-labels text')].map(
      (t) => t.textContent,
    );
    expect(labels.length).toBeLessThanOrEqual(12);
    expect(labels.at(-1)).toBe('30 Oct');
  });
});

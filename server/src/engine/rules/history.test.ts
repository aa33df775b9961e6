import { describe, expect, it } from 'vitest';
import {
  DAY_MS,
  daysAgo,
  defaultHourHistogram,
  evaluateCase,
  type ContextOverrides,
  type RuleCase as Case,
} from '../testing.js';

function check(code: string, c: Case) {
  const outcome = evaluateCase(code, c);
  expect(outcome.fired).toBe(c.fired);
  expect(outcome.detail).not.toBe('');
  if (typeof c.detail === 'string') expect(outcome.detail).toBe(c.detail);
  else if (c.detail) expect(outcome.detail).toMatch(c.detail);
  // A fired rule carries a strength in (0, 1], the row's when it gives one; a pass has none.
  if (!c.fired) expect(outcome.strength).toBeUndefined();
  else expect(outcome.strength).toBeCloseTo(c.strength ?? 1, 9);
}

/** `count` past events of which `atNoon` happened in the 12:00 UTC hour (the event's hour). */
function history(count: number, atNoon: number) {
  const hourHistogram = Array.from({ length: 24 }, () => 0);
  hourHistogram[12] = atNoon;
  hourHistogram[9] = count - atNoon;
  return { customer: { stats: { count }, hourHistogram } };
}

describe('UNUSUAL_HOUR (at most 2% of past events in this hour, 20 events known)', () => {
  // The limit is a maximum share: at or under it the hour is unusual.
  it.each<Case>([
    {
      name: 'unknown customer',
      ctx: { customer: null },
      fired: false,
      detail: 'not enough history to compare',
    },
    {
      name: '19 past events (under minHistory)',
      ctx: history(19, 0),
      fired: false,
      detail: 'not enough history to compare',
    },
    {
      name: '20 past events, none at this hour',
      ctx: history(20, 0),
      fired: true,
      detail: '0% of past events at 12:00 UTC, limit 2%',
    },
    {
      name: 'usual hour',
      fired: false,
      detail: '10% of past events at 12:00 UTC, limit 2%',
    },
    {
      name: 'share just over the limit (3 of 100)',
      ctx: history(100, 3),
      fired: false,
      detail: '3% of past events at 12:00 UTC, limit 2%',
    },
    {
      name: 'share at the limit (2 of 100)',
      ctx: history(100, 2),
      fired: true,
      detail: '2% of past events at 12:00 UTC, limit 2%',
    },
    { name: 'share at the limit (1 of 50)', ctx: history(50, 1), fired: true },
    { name: 'share just over the limit (1 of 49)', ctx: history(49, 1), fired: false },
    {
      name: 'hour taken in UTC',
      event: { occurredAt: new Date('2026-03-02T03:30:00+05:00') },
      ctx: { customer: { hourHistogram: defaultHourHistogram() } },
      fired: true,
      detail: '0% of past events at 22:00 UTC, limit 2%',
    },
    {
      name: 'short histogram counts missing hours as 0',
      ctx: { customer: { hourHistogram: [30] } },
      fired: true,
    },
    {
      name: 'tenant maximum share 7% is shown as 7%',
      ctx: history(100, 7),
      params: { maxShare: 0.07 },
      fired: true,
      detail: '7% of past events at 12:00 UTC, limit 7%',
    },
    {
      name: 'tenant maximum share 10%',
      params: { maxShare: 0.1 },
      fired: true,
      detail: '10% of past events at 12:00 UTC, limit 10%',
    },
  ])('$name → fired=$fired', (c) => check('UNUSUAL_HOUR', c));
});

describe('DORMANT_REACTIVATION (previous event at least 90 days ago)', () => {
  const last = (days: number) => ({ customer: { lastSeenAt: daysAgo(days) } });
  it.each<Case>([
    { name: 'unknown customer', ctx: { customer: null }, fired: false, detail: 'no earlier event' },
    {
      name: 'no earlier event',
      ctx: { customer: { lastSeenAt: null } },
      fired: false,
      detail: 'no earlier event',
    },
    { name: 'active yesterday', fired: false, detail: '1 day since the previous event, limit 90' },
    {
      name: 'a minute short of 90 days',
      ctx: { customer: { lastSeenAt: new Date(daysAgo(90).getTime() + 60_000) } },
      fired: false,
      detail: '89 days since the previous event, limit 90',
    },
    {
      name: 'exactly 90 days',
      ctx: last(90),
      fired: true,
      detail: '90 days since the previous event, limit 90',
    },
    {
      name: 'beyond (2 years)',
      ctx: last(730),
      fired: true,
      detail: '730 days since the previous event, limit 90',
    },
    {
      name: 'tenant limit 30 days, at it',
      ctx: { customer: { lastSeenAt: new Date(daysAgo(30).getTime() - DAY_MS / 2) } },
      params: { days: 30 },
      fired: true,
      detail: '30 days since the previous event, limit 30',
    },
  ])('$name → fired=$fired', (c) => check('DORMANT_REACTIVATION', c));
});

describe('PRIOR_FRAUD (a report in 7 days on the customer; full strength from 5)', () => {
  const reports = (n: number): ContextOverrides => ({ history: { user: { reports7d: n } } });
  it.each<Case>([
    {
      name: 'unknown customer',
      ctx: { customer: null },
      fired: false,
      detail: 'no fraud confirmed in the last 7 days',
    },
    { name: 'clean customer', fired: false, detail: 'no fraud confirmed in the last 7 days' },
    {
      name: 'older confirmed fraud alone no longer fires',
      ctx: { customer: { fraudCount: 2 }, history: { user: { fraud30d: 2 } } },
      fired: false,
      detail: 'no fraud confirmed in the last 7 days (2 confirmed frauds before)',
    },
    {
      name: '1 report (at the limit)',
      ctx: reports(1),
      fired: true,
      strength: 0.5,
      detail: '1 transaction confirmed as fraud in the last 7 days, limit 1',
    },
    { name: '3 reports', ctx: reports(3), fired: true, strength: 0.75 },
    { name: '4 reports (just below full)', ctx: reports(4), fired: true, strength: 0.875 },
    {
      name: '5 reports (full)',
      ctx: reports(5),
      fired: true,
      strength: 1,
      detail: '5 transactions confirmed as fraud in the last 7 days, limit 1',
    },
    { name: '12 reports (beyond full)', ctx: reports(12), fired: true, strength: 1 },
    {
      name: 'tenant minReports 2, just under',
      ctx: reports(1),
      params: { minReports: 2 },
      fired: false,
      detail: '1 transaction confirmed as fraud in the last 7 days, limit 2',
    },
    {
      name: 'tenant minReports 2, at it',
      ctx: reports(2),
      params: { minReports: 2 },
      fired: true,
      strength: 0.5,
    },
  ])('$name → fired=$fired', (c) => check('PRIOR_FRAUD', c));
});

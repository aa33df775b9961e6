import { describe, expect, it } from 'vitest';
import { evaluateCase, type ContextOverrides, type RuleCase as Case } from '../testing.js';

/** Checks a row; a fired row's strength is checked when the row gives one, and is in (0, 1]. */
function check(code: string, c: Case) {
  const outcome = evaluateCase(code, c);
  expect(outcome.fired).toBe(c.fired);
  expect(outcome.detail).not.toBe('');
  if (typeof c.detail === 'string') expect(outcome.detail).toBe(c.detail);
  else if (c.detail) expect(outcome.detail).toMatch(c.detail);
  if (!c.fired) {
    expect(outcome.strength).toBeUndefined();
    return;
  }
  expect(outcome.strength).toBeGreaterThan(0);
  expect(outcome.strength).toBeLessThanOrEqual(1);
  if (c.strength !== undefined) expect(outcome.strength).toBeCloseTo(c.strength, 9);
}

/** Stats of ten events with mean 100 and the given standard deviation. */
const stats = (sd: number, count = 10): ContextOverrides => ({
  customer: { stats: { count, mean: 100, m2: count * sd * sd, max: 200, total: count * 100 } },
});

describe('AMOUNT_SPIKE (zScore 3, minRatio 2, minHistory 5; full strength from z 6)', () => {
  it.each<Case>([
    {
      name: 'unknown customer',
      event: { amount: 1_000_000 },
      ctx: { customer: null },
      fired: false,
      detail: 'not enough history to compare',
    },
    {
      name: '4 past events (under minHistory)',
      event: { amount: 1_000_000 },
      ctx: stats(50, 4),
      fired: false,
      detail: 'not enough history to compare',
    },
    {
      name: '5 past events (at minHistory)',
      event: { amount: 1_000 },
      ctx: stats(50, 5),
      fired: true,
      strength: 1,
    },
    // sd 25: z ≥ 3 from 175, ratio ≥ 2 from 200 — the ratio decides.
    { name: 'ratio just under 2', event: { amount: 199.99 }, ctx: stats(25), fired: false },
    {
      name: 'ratio exactly 2 (z 4)',
      event: { amount: 200 },
      ctx: stats(25),
      fired: true,
      strength: 0.5 + 0.5 / 3,
      detail: "amount 200 is 2× the customer's mean 100 (z 4), limits 2× and z 3",
    },
    // sd 50: ratio ≥ 2 from 200, z ≥ 3 from 250 — the z-score decides.
    {
      name: 'z just under 3',
      event: { amount: 249.99 },
      ctx: stats(50),
      fired: false,
      detail: "amount 249.99 is 2.5× the customer's mean 100 (z 3), limits 2× and z 3",
    },
    // Constant history: any amount above the mean has an infinite z-score, full strength.
    { name: 'sd 0, ratio 1.99', event: { amount: 199 }, ctx: stats(0), fired: false },
    {
      name: 'sd 0, ratio 2',
      event: { amount: 200 },
      ctx: stats(0),
      fired: true,
      strength: 1,
      detail: "amount 200 is 2× the customer's mean 100, limits 2× and z 3",
    },
    { name: 'amount at the mean', event: { amount: 100 }, ctx: stats(0), fired: false },
    { name: 'amount below the mean', event: { amount: 10 }, ctx: stats(50), fired: false },
    {
      name: 'all past amounts 0',
      event: { amount: 1 },
      ctx: { customer: { stats: { count: 10, mean: 0, m2: 0, max: 0, total: 0 } } },
      fired: true,
      strength: 1,
      detail: "amount 1 is far above the customer's mean 0, limits 2× and z 3",
    },
    {
      name: 'zero after a zero history',
      event: { amount: 0 },
      ctx: { customer: { stats: { count: 10, mean: 0, m2: 0, max: 0, total: 0 } } },
      fired: false,
      detail: "amount 0 is 1× the customer's mean 0 (z 0), limits 2× and z 3",
    },
    {
      name: 'tenant thresholds (zScore 2, minRatio 1.5): at both, half strength',
      event: { amount: 200 },
      ctx: stats(50),
      params: { zScore: 2, minRatio: 1.5 },
      fired: true,
      strength: 0.5,
    },
    {
      name: 'tenant fullZ 4: full strength from z 4',
      event: { amount: 300 },
      ctx: stats(50),
      params: { fullZ: 4 },
      fired: true,
      strength: 1,
    },
  ])('$name → fired=$fired', (c) => check('AMOUNT_SPIKE', c));

  // sd 50, mean 100: amount = 100 + 50·z; the ratio (≥ 3.5) never decides here.
  it.each<[string, number, boolean, number | undefined]>([
    ['z 2.9998 (just below the limit)', 249.99, false, undefined],
    ['z 3 (at the limit)', 250, true, 0.5],
    ['z 4.5', 325, true, 0.75],
    ['z 5.9998 (just below full)', 399.99, true, 0.5 + (0.5 * 2.9998) / 3],
    ['z 6 (full)', 400, true, 1],
    ['z 20 (beyond full)', 1_100, true, 1],
  ])('strength ramp: %s', (name, amount, fired, strength) =>
    check('AMOUNT_SPIKE', { name, event: { amount }, ctx: stats(50), fired, strength }),
  );
});

describe('AMOUNT_ABOVE_RECENT (2× both 7- and 30-day averages, 3 payments; full from 5×)', () => {
  /** The customer's recent history: `n7` payments averaging `avg7`, `n30` averaging `avg30`. */
  const recent = (n7: number, avg7: number, n30: number, avg30: number): ContextOverrides => ({
    history: { user: { count7d: n7, sum7d: n7 * avg7, count30d: n30, sum30d: n30 * avg30 } },
  });
  it.each<Case>([
    {
      name: '2 payments in 30 days (under minCount)',
      event: { amount: 10_000 },
      ctx: recent(2, 50, 2, 50),
      fired: false,
      detail: 'fewer than 3 payments in 30 days',
    },
    {
      name: '3 payments in 30 days (at minCount)',
      event: { amount: 250 },
      ctx: recent(3, 50, 3, 50),
      fired: true,
      strength: 1,
    },
    // The quiet month: both averages 50.
    {
      name: 'usual amount',
      fired: false,
      detail: 'amount 50 is 1× the 7-day average 50 and 1× the 30-day average 50, limit 2×',
    },
    { name: 'ratio just under 2', event: { amount: 99.99 }, fired: false },
    {
      name: 'ratio 2 (at the limit)',
      event: { amount: 100 },
      fired: true,
      strength: 0.5,
      detail: 'amount 100 is 2× the 7-day average 50 and 2× the 30-day average 50, limit 2×',
    },
    { name: 'ratio 3.5', event: { amount: 175 }, fired: true, strength: 0.75 },
    { name: 'ratio 4.99', event: { amount: 249.5 }, fired: true, strength: 0.5 + 0.5 * (2.99 / 3) },
    { name: 'ratio 5 (full)', event: { amount: 250 }, fired: true, strength: 1 },
    { name: 'ratio 20 (beyond full)', event: { amount: 1_000 }, fired: true, strength: 1 },
    // The smaller of the two ratios decides.
    {
      name: 'high 7-day average holds it back',
      event: { amount: 150 },
      ctx: recent(7, 100, 30, 50),
      fired: false,
      detail: 'amount 150 is 1.5× the 7-day average 100 and 3× the 30-day average 50, limit 2×',
    },
    {
      name: 'high 30-day average holds it back',
      event: { amount: 150 },
      ctx: recent(7, 50, 30, 100),
      fired: false,
    },
    {
      name: 'the smaller ratio sets the strength',
      event: { amount: 200 },
      ctx: recent(7, 50, 30, 100),
      fired: true,
      strength: 0.5,
    },
    {
      name: 'no payment in 7 days: the 30-day average stands for both',
      event: { amount: 100 },
      ctx: recent(0, 0, 30, 50),
      fired: true,
      strength: 0.5,
      detail: 'amount 100 is 2× the 7-day average 50 and 2× the 30-day average 50, limit 2×',
    },
    {
      name: 'only zero amounts before',
      event: { amount: 1 },
      ctx: recent(5, 0, 10, 0),
      fired: true,
      strength: 1,
    },
    {
      name: 'zero after zero amounts',
      event: { amount: 0 },
      ctx: recent(5, 0, 10, 0),
      fired: false,
    },
    {
      name: 'tenant minRatio 3, just under',
      event: { amount: 149.99 },
      params: { minRatio: 3 },
      fired: false,
    },
    {
      name: 'tenant minRatio 3, at it',
      event: { amount: 150 },
      params: { minRatio: 3 },
      fired: true,
      strength: 0.5,
    },
  ])('$name → fired=$fired', (c) => check('AMOUNT_ABOVE_RECENT', c));
});

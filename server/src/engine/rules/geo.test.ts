import { describe, expect, it } from 'vitest';
import { evaluateCase, type RuleCase as Case } from '../testing.js';
import { DEFAULT_HIGH_RISK_COUNTRIES } from './geo.js';

function check(code: string, c: Case) {
  const outcome = evaluateCase(code, c);
  expect(outcome.fired).toBe(c.fired);
  expect(outcome.detail).not.toBe('');
  if (typeof c.detail === 'string') expect(outcome.detail).toBe(c.detail);
  else if (c.detail) expect(outcome.detail).toMatch(c.detail);
}

describe('GEO_MISMATCH', () => {
  it.each<Case>([
    {
      name: 'IP country unknown',
      ctx: { geo: { ipCountry: null } },
      fired: false,
      detail: 'IP or customer country unknown',
    },
    {
      name: 'unknown customer',
      ctx: { customer: null, geo: { ipCountry: 'DE' } },
      fired: false,
      detail: 'IP or customer country unknown',
    },
    {
      name: 'customer country unknown',
      ctx: { customer: { country: null }, geo: { ipCountry: 'DE' } },
      fired: false,
    },
    { name: 'same country', fired: false, detail: "IP in the customer's country FR" },
    {
      name: 'other country',
      ctx: { geo: { ipCountry: 'DE' } },
      fired: true,
      detail: 'IP in DE, customer lives in FR',
    },
  ])('$name → fired=$fired', (c) => check('GEO_MISMATCH', c));
});

describe('IMPOSSIBLE_TRAVEL (at least 900 km/h over at least 100 km)', () => {
  const trip = (distanceKm: number | null, speedKmh: number | null) => ({
    geo: { distanceKm, speedKmh },
  });
  it.each<Case>([
    {
      name: 'no earlier located event',
      ctx: trip(null, null),
      fired: false,
      detail: 'no earlier located event',
    },
    {
      name: 'distance without speed',
      ctx: trip(500, null),
      fired: false,
      detail: 'no earlier located event',
    },
    {
      name: 'speed just under',
      ctx: trip(500, 899.9),
      fired: false,
      detail: '500 km from the previous event at 900 km/h, limit 900 km/h',
    },
    {
      name: 'speed at the limit',
      ctx: trip(500, 900),
      fired: true,
      detail: '500 km from the previous event at 900 km/h, limit 900 km/h',
    },
    { name: 'speed beyond', ctx: trip(5_000, 4_000), fired: true },
    { name: 'distance just under', ctx: trip(99.9, 5_000), fired: false },
    { name: 'distance at the minimum', ctx: trip(100, 5_000), fired: true },
    {
      name: 'apart at the same instant',
      ctx: trip(344, Infinity),
      fired: true,
      detail: '344 km from the previous event at the same instant, limit 900 km/h',
    },
    { name: 'same place at the same instant', ctx: trip(0, 0), fired: false },
    {
      name: 'tenant limit 500 km/h',
      ctx: trip(300, 500),
      params: { maxSpeedKmh: 500 },
      fired: true,
      detail: '300 km from the previous event at 500 km/h, limit 500 km/h',
    },
  ])('$name → fired=$fired', (c) => check('IMPOSSIBLE_TRAVEL', c));
});

describe('HIGH_RISK_COUNTRY', () => {
  it('defaults to the FATF call-for-action list', () => {
    expect(DEFAULT_HIGH_RISK_COUNTRIES).toEqual(['KP', 'IR', 'MM']);
  });

  it.each<Case>([
    { name: 'nothing listed involved', fired: false, detail: 'no high-risk country involved' },
    {
      name: 'no countries known at all',
      event: { country: null, recipient: { country: null } },
      ctx: { geo: { ipCountry: null } },
      fired: false,
    },
    { name: 'event country', event: { country: 'IR' }, fired: true, detail: 'event in IR' },
    { name: 'IP country', ctx: { geo: { ipCountry: 'KP' } }, fired: true, detail: 'IP in KP' },
    {
      name: 'recipient country',
      event: { recipient: { country: 'MM' } },
      fired: true,
      detail: 'recipient in MM',
    },
    {
      name: 'several at once',
      event: { country: 'IR', recipient: { country: 'MM' } },
      ctx: { geo: { ipCountry: 'KP' } },
      fired: true,
      detail: 'event in IR, IP in KP, recipient in MM',
    },
    {
      name: 'tenant list replaces the default',
      event: { country: 'IR', recipient: { country: 'RU' } },
      params: { countries: ['RU'] },
      fired: true,
      detail: 'recipient in RU',
    },
    {
      name: 'tenant list empty',
      event: { country: 'IR' },
      params: { countries: [] },
      fired: false,
    },
  ])('$name → fired=$fired', (c) => check('HIGH_RISK_COUNTRY', c));
});

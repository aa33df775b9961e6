import { fired, list, num, pass, type RuleDefinition } from './rule.js';

/** FATF "call for action" jurisdictions (February 2025): DPRK, Iran, Myanmar. */
export const DEFAULT_HIGH_RISK_COUNTRIES = ['KP', 'IR', 'MM'];

export const GEO_RULES: RuleDefinition[] = [
  {
    code: 'GEO_MISMATCH',
    label: 'IP country differs from the customer’s',
    dimension: 'GEO',
    weight: 10,
    action: null,
    priority: 0,
    params: {},
    description:
      'Fires when the IP address geolocates to another country than the customer’s country of residence.',
    evaluate: (_e, ctx) => {
      const ip = ctx.geo.ipCountry;
      const home = ctx.customer?.country ?? null;
      if (!ip || !home) return pass('IP or customer country unknown');
      return ip !== home
        ? fired(`IP in ${ip}, customer lives in ${home}`)
        : pass(`IP in the customer's country ${home}`);
    },
  },
  {
    code: 'IMPOSSIBLE_TRAVEL',
    label: 'Impossible travel',
    dimension: 'GEO',
    weight: 30,
    action: null,
    priority: 0,
    params: { maxSpeedKmh: 900, minDistanceKm: 100 },
    description:
      'Fires when reaching this location from the previous located event needs at least maxSpeedKmh over at least minDistanceKm.',
    evaluate: (_e, ctx, p) => {
      const { distanceKm, speedKmh } = ctx.geo;
      if (distanceKm === null || speedKmh === null) return pass('no earlier located event');
      const speed = Number.isFinite(speedKmh) ? `${Math.round(speedKmh)} km/h` : 'the same instant';
      const text = `${Math.round(distanceKm)} km from the previous event at ${speed}, limit ${num(p, 'maxSpeedKmh')} km/h`;
      return distanceKm >= num(p, 'minDistanceKm') && speedKmh >= num(p, 'maxSpeedKmh')
        ? fired(text)
        : pass(text);
    },
  },
  {
    code: 'HIGH_RISK_COUNTRY',
    label: 'High-risk country',
    dimension: 'GEO',
    weight: 20,
    action: null,
    priority: 0,
    params: { countries: DEFAULT_HIGH_RISK_COUNTRIES },
    description: 'Fires when the event, its IP address or its recipient is in a listed country.',
    evaluate: (e, ctx, p) => {
      const countries = new Set(list(p, 'countries'));
      const candidates: [string, string | null][] = [
        ['event', e.country],
        ['IP', ctx.geo.ipCountry],
        ['recipient', e.recipient?.country ?? null],
      ];
      const seen = candidates.filter(
        (entry): entry is [string, string] => entry[1] !== null && countries.has(entry[1]),
      );
      if (seen.length === 0) return pass('no high-risk country involved');
      return fired(seen.map(([what, c]) => `${what} in ${c}`).join(', '));
    },
  },
];

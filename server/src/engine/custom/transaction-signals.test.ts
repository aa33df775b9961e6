import { describe, expect, it } from 'vitest';
import { makeContext, makeEvent, listMatch } from '../testing.js';
import type { ModelOutput } from '../types.js';
import { accountVariables, transactionVariables } from './activation.js';
import { makeAccountContext, makeAccountEvent, transactionCheck, type CelCase } from './testing.js';
import {
  ACCOUNT_VARIABLES,
  BUILT_IN_CODES,
  TRANSACTION_VARIABLES,
  variablesOf,
  type VariableSpec,
} from './variables.js';
import { validateCondition } from './compile.js';

function row(c: CelCase) {
  const check = transactionCheck(c);
  expect(check.status, check.detail).toBe(c.fired ? 'FIRED' : 'PASS');
}
const table = (cases: CelCase[]) => cases.map((c) => [`${c.condition} → ${c.fired}`, c] as const);

const model = (probability: number, shadow = false): ModelOutput => ({
  version: 3,
  shadow,
  probability,
  contributions: [],
});

describe('device, ip, geo', () => {
  it.each(
    table([
      { condition: "device.id == 'device-1' && device.known", fired: true },
      {
        condition: "device.id == '' && !device.known",
        event: { deviceId: null },
        ctx: { deviceKnown: null },
        fired: true,
      },
      {
        condition: '!device.known && amount > 1000',
        event: { amount: 1_001 },
        ctx: { deviceKnown: false },
        fired: true,
      },
      { condition: '!device.known && amount > 1000', event: { amount: 1_001 }, fired: false },
      { condition: "ip.country == 'FR'", fired: true },
      { condition: "ip.country == ''", ctx: { geo: { ipCountry: null } }, fired: true },
      { condition: 'ip.country != geo.country', ctx: { geo: { ipCountry: 'DE' } }, fired: true },
      { condition: 'ip.tor', ctx: { reputation: { torExit: true } }, fired: true },
      { condition: 'ip.tor || ip.hosting', fired: false },
      { condition: 'ip.hosting', ctx: { reputation: { hostingAsn: true } }, fired: true },
      { condition: "geo.country == 'FR'", fired: true },
      { condition: "geo.country == ''", event: { country: null }, fired: true },
      { condition: 'geo.distanceKm > 1000', ctx: { geo: { distanceKm: 1_000.1 } }, fired: true },
      { condition: 'geo.distanceKm > 1000', ctx: { geo: { distanceKm: 1_000 } }, fired: false },
      {
        condition: 'geo.distanceKm == 0.0 && geo.speedKmh == 0.0',
        ctx: { geo: { distanceKm: null, speedKmh: null } },
        fired: true,
      },
      { condition: 'geo.speedKmh > 900', ctx: { geo: { speedKmh: 901 } }, fired: true },
    ]),
  )('%s', (_, c) => row(c));
});

describe('rules and model', () => {
  it.each(
    table([
      { condition: 'rules.TOR_EXIT', ctx: { reputation: { torExit: true } }, fired: true },
      { condition: 'rules.TOR_EXIT', fired: false },
      {
        condition: "rules['TOR_EXIT'] && ip.tor",
        ctx: { reputation: { torExit: true } },
        fired: true,
      },
      {
        condition: 'rules.NEW_DEVICE && amount > 1000',
        event: { amount: 1_001 },
        ctx: { deviceKnown: false },
        fired: true,
      },
      {
        condition: 'rules.NEW_DEVICE && amount > 1000',
        event: { amount: 1_000 },
        ctx: { deviceKnown: false },
        fired: false,
      },
      {
        condition: 'rules.DENYLIST_MATCH',
        ctx: { listMatches: [listMatch('DENY', 'USER', 'user-1')] },
        fired: true,
      },
      { condition: 'rules.exists(code, rules[code])', fired: false },
      {
        condition: 'rules.exists(code, rules[code])',
        ctx: { geo: { ipCountry: 'DE' } },
        fired: true,
      },
      { condition: '!model.active && model.score == 0.0', fired: true },
      { condition: 'model.active && model.score > 80', ctx: { model: model(0.81) }, fired: true },
      { condition: 'model.active && model.score > 80', ctx: { model: model(0.8) }, fired: false },
      {
        condition: 'rules.MODEL_RISK && model.score >= 50',
        ctx: { model: model(0.5) },
        fired: true,
      },
      // A SHADOW model never acts: custom rules see no model.
      {
        condition: '!model.active && model.score == 0.0',
        ctx: { model: model(0.99, true) },
        fired: true,
      },
    ]),
  )('%s', (_, c) => row(c));
});

/** The value at a dotted path of nested plain objects. */
function valueAt(vars: Readonly<Record<string, unknown>>, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>((v, key) => (v as Record<string, unknown> | undefined)?.[key], vars);
}

/** Dotted paths of every leaf (a `map` variable counts as one). */
function leaves(value: unknown, prefix: string, maps: ReadonlySet<string>): string[] {
  if (typeof value !== 'object' || value === null || maps.has(prefix)) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => leaves(v, prefix ? `${prefix}.${k}` : k, maps));
}

const JS_TYPES = { double: 'number', string: 'string', bool: 'boolean', map: 'object' } as const;

function expectConforms(specs: readonly VariableSpec[], vars: Readonly<Record<string, unknown>>) {
  const maps = new Set(specs.filter((s) => s.type === 'map').map((s) => s.name));
  expect(leaves(vars, '', maps).sort()).toEqual(specs.map((s) => s.name).sort());
  for (const spec of specs)
    expect(typeof valueAt(vars, spec.name), spec.name).toBe(JS_TYPES[spec.type]);
}

describe('catalogues and activations agree', () => {
  it('gives every transaction variable a value of its type, unknown facts included', () => {
    expectConforms(
      TRANSACTION_VARIABLES,
      transactionVariables(makeEvent(), makeContext(), new Set()),
    );
    const bare = makeContext({
      customer: null,
      recipient: null,
      deviceKnown: null,
      velocity: { device: null, ip: null },
      geo: { ipCountry: null, distanceKm: null, speedKmh: null },
    });
    const event = makeEvent({ recipient: null, deviceId: null, channel: null, country: null });
    expectConforms(TRANSACTION_VARIABLES, transactionVariables(event, bare, new Set()));
  });

  it('gives every account variable a value of its type, unknown facts included', () => {
    expectConforms(
      ACCOUNT_VARIABLES,
      accountVariables(makeAccountEvent(), makeAccountContext(), new Set()),
    );
    const bare = makeAccountEvent({
      email: null,
      emailDomain: null,
      deviceId: null,
      userAgent: null,
      behavior: null,
    });
    expectConforms(ACCOUNT_VARIABLES, accountVariables(bare, makeAccountContext(), new Set()));
  });

  it('maps every built-in code of the kind, true only for the fired ones', () => {
    const vars = transactionVariables(makeEvent(), makeContext(), new Set(['TOR_EXIT']));
    const rules = vars.rules as Record<string, boolean>;
    expect(Object.keys(rules)).toEqual(BUILT_IN_CODES.TRANSACTION);
    expect(Object.entries(rules).filter(([, fired]) => fired)).toEqual([['TOR_EXIT', true]]);
  });

  it.each(['TRANSACTION', 'ACCOUNT'] as const)('%s: every example is a valid condition', (kind) => {
    for (const spec of variablesOf(kind)) {
      expect(validateCondition(kind, spec.example), spec.example).toEqual([]);
      expect(spec.description.length, spec.name).toBeGreaterThan(10);
    }
  });
});

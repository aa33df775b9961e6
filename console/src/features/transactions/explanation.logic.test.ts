import { describe, expect, it } from 'vitest';
import { countChecks, firedRulesWithDetail, flattenJson, sortChecks } from './explanation.logic';

describe('flattenJson', () => {
  it('flattens nested objects into dotted keys, in the value’s order', () => {
    expect(
      flattenJson({
        amount: { original: 2500, currency: 'EUR', rate: 0.30000000000000004 },
        velocity: { lastHour: { count: 7 } },
        device: { known: false, id: null },
      }),
    ).toEqual([
      { key: 'amount.original', value: '2500' },
      { key: 'amount.currency', value: 'EUR' },
      { key: 'amount.rate', value: '0.3' },
      { key: 'velocity.lastHour.count', value: '7' },
      { key: 'device.known', value: 'no' },
      { key: 'device.id', value: '—' },
    ]);
  });

  it('reads lists of plain values as one line and indexes lists of objects', () => {
    expect(
      flattenJson({
        tags: ['a', 'b'],
        lists: [{ name: 'deny', kind: 'IP' }],
        empty: [],
        nothing: {},
      }),
    ).toEqual([
      { key: 'tags', value: 'a, b' },
      { key: 'lists.0.name', value: 'deny' },
      { key: 'lists.0.kind', value: 'IP' },
      { key: 'empty', value: 'none' },
      { key: 'nothing', value: 'none' },
    ]);
  });

  it('has nothing to list for an empty value, one entry for a bare one', () => {
    expect(flattenJson({})).toEqual([]);
    expect(flattenJson([])).toEqual([]);
    expect(flattenJson(null)).toEqual([{ key: 'value', value: '—' }]);
    expect(flattenJson(true)).toEqual([{ key: 'value', value: 'yes' }]);
    expect(flattenJson([{ a: 1 }])).toEqual([{ key: '0.a', value: '1' }]);
  });
});

const check = (
  code: string,
  status: 'FIRED' | 'PASS' | 'DISABLED' | 'SHADOW_FIRED',
  weight = 10,
) => ({
  code,
  status,
  weight,
  detail: `${code} detail`,
});

describe('checks', () => {
  it('puts fired first, then shadow, pass, disabled; heaviest first inside a status', () => {
    const sorted = sortChecks([
      check('D', 'DISABLED'),
      check('P', 'PASS', 50),
      check('F1', 'FIRED', 10),
      check('S', 'SHADOW_FIRED'),
      check('F2', 'FIRED', 40),
    ]);
    expect(sorted.map((c) => c.code)).toEqual(['F2', 'F1', 'S', 'P', 'D']);
  });

  it('counts every status', () => {
    expect(countChecks([check('a', 'FIRED'), check('b', 'FIRED'), check('c', 'PASS')])).toEqual({
      FIRED: 2,
      SHADOW_FIRED: 0,
      PASS: 1,
      DISABLED: 0,
    });
  });

  it('gives each fired rule the finding of its check, heaviest first', () => {
    const rules = firedRulesWithDetail(
      [
        { code: 'VELOCITY', label: 'Velocity', weight: 20 },
        { code: 'GONE', label: 'Gone', weight: 30 },
      ],
      [{ ...check('VELOCITY', 'FIRED'), detail: '7 transactions in the last hour, limit 5' }],
    );
    expect(rules).toEqual([
      { code: 'GONE', label: 'Gone', weight: 30, detail: null },
      {
        code: 'VELOCITY',
        label: 'Velocity',
        weight: 20,
        detail: '7 transactions in the last hour, limit 5',
      },
    ]);
  });
});

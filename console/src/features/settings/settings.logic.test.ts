import { describe, expect, it } from 'vitest';
import {
  bandRanges,
  editableParams,
  paramsSummary,
  parseCurrencySettings,
  ratesToText,
  parseParam,
  parseThresholds,
  parseWhole,
  ruleChange,
  ruleToDraft,
  sameThresholds,
  slaHoursProblem,
  thresholdsToDraft,
  weightProblem,
  type EditableRule,
} from './settings.logic';

const draft = (review: string, challenge: string, block: string) => ({ review, challenge, block });

describe('parseWhole', () => {
  it.each([
    ['0', 0],
    ['100', 100],
    [' 42 ', 42],
    ['-1', null],
    ['101', null],
    ['4.5', null],
    ['1e2', null],
    ['', null],
    ['abc', null],
  ])('%j in 0–100 → %j', (text, expected) => {
    expect(parseWhole(text, 0, 100)).toBe(expected);
  });
});

describe('thresholds', () => {
  it.each([
    ['review at the bottom of the range', draft('0', '', '1'), null],
    ['block at the top of the range', draft('50', '70', '100'), null],
    ['challenge left out', draft('50', '', '85'), null],
    ['every band left out', draft('', '', ''), null],
  ])('accepts %s', (_name, d) => {
    expect(parseThresholds(d).problems).toEqual({});
  });

  it.each([
    ['just above the range', draft('50', '', '101'), 'block'],
    ['just below the range', draft('-1', '', '85'), 'review'],
    ['a decimal', draft('50', '60.5', '85'), 'challenge'],
    ['text', draft('fifty', '', '85'), 'review'],
  ])('refuses a band %s', (_name, d, band) => {
    const { value, problems } = parseThresholds(d);
    expect(value).toBeNull();
    expect(problems).toEqual({ [band]: 'Enter a whole number from 0 to 100.' });
  });

  it.each([
    ['equal review and block', draft('85', '', '85'), 'Block (85) must be above review (85).'],
    ['block below challenge', draft('50', '80', '79'), 'Block (79) must be above challenge (80).'],
    ['challenge below review', draft('60', '59', ''), 'Challenge (59) must be above review (60).'],
  ])('refuses %s', (_name, d, message) => {
    expect(parseThresholds(d)).toEqual({ value: null, problems: { order: message } });
  });

  it('round-trips stored bands through the draft, null as blank', () => {
    const stored = { review: 50, challenge: null, block: 85 };
    expect(thresholdsToDraft(stored)).toEqual(draft('50', '', '85'));
    const { value } = parseThresholds(thresholdsToDraft(stored));
    expect(sameThresholds(value!, stored)).toBe(true);
    expect(sameThresholds(value!, { ...stored, challenge: 70 })).toBe(false);
  });
});

describe('slaHoursProblem', () => {
  it.each([
    ['0', false],
    ['1', true],
    ['720', true],
    ['721', false],
    ['2.5', false],
    ['', false],
  ])('%j hours → valid %s', (text, valid) => {
    expect(slaHoursProblem(text) === null).toBe(valid);
  });
});

describe('parseCurrencySettings', () => {
  it('reads one rate per line in several spellings and upper-cases codes', () => {
    expect(parseCurrencySettings(' eur ', 'usd 0.92\nGBP = 1.17\n\nmad: 0.092')).toEqual({
      value: { baseCurrency: 'EUR', rates: { USD: 0.92, GBP: 1.17, MAD: 0.092 } },
      problems: {},
    });
  });

  it('accepts no rates at all', () => {
    expect(parseCurrencySettings('USD', '').value).toEqual({ baseCurrency: 'USD', rates: {} });
  });

  it.each([
    ['a base that is not three letters', 'EURO', '', 'baseCurrency'],
    ['a zero rate', 'USD', 'EUR 0', 'rates'],
    ['a negative rate', 'USD', 'EUR -1', 'rates'],
    ['a line without a rate', 'USD', 'EUR', 'rates'],
    ['a currency twice', 'USD', 'EUR 1\neur 2', 'rates'],
  ])('refuses %s', (_name, base, rates, field) => {
    const result = parseCurrencySettings(base, rates);
    expect(result.value).toBeNull();
    expect(Object.keys(result.problems)).toEqual([field]);
  });

  it('names the bad line', () => {
    expect(parseCurrencySettings('USD', 'EUR 1\nGBP x').problems.rates).toMatch(/^Line 2 /);
  });

  it('allows 200 currencies and not 201', () => {
    const lines = (n: number) =>
      Array.from({ length: n }, (_, i) => {
        const code = String.fromCharCode(
          65 + (Math.floor(i / 26) % 26),
          65 + (i % 26),
          65 + Math.floor(i / 676),
        );
        return `${code} 1`;
      }).join('\n');
    expect(parseCurrencySettings('USD', lines(200)).problems).toEqual({});
    expect(parseCurrencySettings('USD', lines(201)).problems.rates).toBe('At most 200 currencies.');
  });
});

const rule = (overrides: Partial<EditableRule> = {}): EditableRule => ({
  code: 'VELOCITY_1H',
  weight: 25,
  status: 'ACTIVE',
  params: { limit: 5, countries: ['RU', 'KP'] },
  defaultParams: { limit: 5, countries: ['RU'], nested: { x: 1 } },
  ...overrides,
});

describe('rule weights', () => {
  it.each([
    ['-1', false],
    ['0', true],
    ['100', true],
    ['101', false],
    ['12.5', false],
    ['', false],
  ])('weight %j → valid %s', (text, valid) => {
    expect(weightProblem(text) === null).toBe(valid);
  });
});

describe('rule parameters', () => {
  it('edits numbers and lists, and skips shapes the API does not take', () => {
    expect(editableParams(rule())).toEqual([
      ['limit', 'number'],
      ['countries', 'list'],
    ]);
    expect(ruleToDraft(rule())).toEqual({
      weight: '25',
      status: 'ACTIVE',
      params: { limit: '5', countries: 'RU, KP' },
    });
  });

  it.each([
    ['0', { value: 0 }],
    ['0.02', { value: 0.02 }],
    ['1000', { value: 1000 }],
    ['-0.5', { problem: 'Enter a number, 0 or more.' }],
    ['', { problem: 'Enter a number, 0 or more.' }],
    ['ten', { problem: 'Enter a number, 0 or more.' }],
  ])('number %j → %j', (text, expected) => {
    expect(parseParam('number', text)).toEqual(expected);
  });

  it.each([
    ['ru, kp', ['RU', 'KP']],
    ['RU KP,,RU', ['RU', 'KP']],
    ['', []],
  ])('list %j → %j', (text, expected) => {
    expect(parseParam('list', text)).toEqual({ value: expected });
  });

  it('refuses list items over 64 characters', () => {
    expect(parseParam('list', 'x'.repeat(65))).toHaveProperty('problem');
    expect(parseParam('list', 'x'.repeat(64))).toHaveProperty('value');
  });
});

describe('ruleChange', () => {
  it('is null when nothing changed', () => {
    expect(ruleChange(rule(), ruleToDraft(rule()))).toEqual({ change: null, problems: {} });
  });

  it('sends only what changed', () => {
    const d = { ...ruleToDraft(rule()), weight: '30', params: { limit: '5', countries: 'RU' } };
    expect(ruleChange(rule(), d)).toEqual({
      change: { code: 'VELOCITY_1H', weight: 30, params: { countries: ['RU'] } },
      problems: {},
    });
    expect(ruleChange(rule(), { ...ruleToDraft(rule()), status: 'SHADOW' }).change).toEqual({
      code: 'VELOCITY_1H',
      status: 'SHADOW',
    });
  });

  it('reports every problem and sends nothing', () => {
    const d = { weight: '101', status: 'ACTIVE' as const, params: { limit: '-1', countries: '' } };
    expect(ruleChange(rule(), d)).toEqual({
      change: null,
      problems: {
        weight: 'Enter a whole number from 0 to 100.',
        limit: 'Enter a number, 0 or more.',
      },
    });
  });
});

describe('paramsSummary', () => {
  it.each([
    [{}, '—'],
    [null, '—'],
    [{ limit: 5 }, 'limit 5'],
    [{ countries: ['RU', 'KP'], days: 30 }, 'countries RU, KP · days 30'],
    [{ countries: [] }, 'countries (none)'],
  ])('%j → %j', (params, expected) => {
    expect(paramsSummary(params)).toBe(expected);
  });
});

describe('bandRanges', () => {
  it.each([
    [
      'the transaction defaults',
      { review: 50, challenge: null, block: 85 },
      [
        { decision: 'ALLOW', from: 0, to: 49 },
        { decision: 'REVIEW', from: 50, to: 84 },
        { decision: 'BLOCK', from: 85, to: 100 },
      ],
    ],
    [
      'a review band from 0 (nothing is allowed)',
      { review: 0, challenge: null, block: 100 },
      [
        { decision: 'REVIEW', from: 0, to: 99 },
        { decision: 'BLOCK', from: 100, to: 100 },
      ],
    ],
    [
      'no band at all',
      { review: null, challenge: null, block: null },
      [{ decision: 'ALLOW', from: 0, to: 100 }],
    ],
  ])('splits the scale for %s', (_name, thresholds, ranges) => {
    expect(bandRanges(thresholds)).toEqual(ranges);
  });
});

describe('stored rates as text', () => {
  it('lists them one per line, by code, and reads back the same', () => {
    const text = ratesToText({ GBP: 1.27, EUR: 1.08 });
    expect(text).toBe('EUR 1.08\nGBP 1.27');
    expect(parseCurrencySettings('USD', text).value).toEqual({
      baseCurrency: 'USD',
      rates: { EUR: 1.08, GBP: 1.27 },
    });
  });

  it('is empty for nothing stored or something unreadable', () => {
    expect(ratesToText({})).toBe('');
    expect(ratesToText(null)).toBe('');
    expect(ratesToText({ EUR: 'x' })).toBe('');
  });
});

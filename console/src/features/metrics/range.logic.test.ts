import { describe, expect, it } from 'vitest';
import {
  addDays,
  describeRange,
  parseDay,
  parseRange,
  presetRange,
  rangeDays,
  rangeToSearch,
  rangeVariables,
  validateRange,
} from './range.logic';

const TODAY = '2026-11-25';
const params = (query: string) => new URLSearchParams(query);

describe('days', () => {
  it.each([
    ['2026-11-25', true],
    ['2024-02-29', true],
    ['2026-02-29', false],
    ['2026-13-01', false],
    ['2026-1-05', false],
    ['25/11/2026', false],
    ['', false],
  ])('%s is a real day: %s', (day, real) => {
    expect(parseDay(day) !== null).toBe(real);
  });

  it('moves across month and year ends', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(rangeDays('2026-11-25', '2026-11-25')).toBe(1);
  });
});

describe('presets', () => {
  it.each([
    ['7d', '2026-11-19'],
    ['30d', '2026-10-27'],
    ['90d', '2026-08-28'],
  ] as const)('%s ends today and starts on %s', (preset, from) => {
    const range = presetRange(preset, TODAY);
    expect(range).toEqual({ from, to: TODAY, preset });
    expect(rangeDays(range.from, range.to)).toBe(Number(preset.slice(0, -1)));
  });
});

describe('validateRange', () => {
  it.each([
    ['2026-11-25', '2026-11-25', null],
    ['2026-11-24', '2026-11-25', null],
    ['2026-11-26', '2026-11-25', 'The start date must be on or before the end date.'],
    // 366 days, both ends included, is the most the server answers; 367 is one too many.
    ['2025-11-25', '2026-11-25', null],
    ['2025-11-24', '2026-11-25', 'A range may span at most 366 days.'],
    ['2026-02-30', '2026-03-05', 'Enter both dates as YYYY-MM-DD.'],
    ['', '2026-03-05', 'Enter both dates as YYYY-MM-DD.'],
  ])('%s to %s → %s', (from, to, problem) => {
    expect(validateRange(from, to)).toBe(problem);
  });
});

describe('parseRange', () => {
  it('defaults to the last 30 days without a word', () => {
    expect(parseRange(params(''), TODAY)).toEqual({
      range: { from: '2026-10-27', to: TODAY, preset: '30d' },
      problem: null,
    });
  });

  it('says why the link was not used', () => {
    expect(parseRange(params('from=2026-11-26&to=2026-11-25'), TODAY).problem).toBe(
      'The dates in the link were not used: the start date must be on or before the end date. Showing the last 30 days.',
    );
  });

  it('reads a preset and custom dates', () => {
    expect(parseRange(params('range=7d'), TODAY).range).toEqual(presetRange('7d', TODAY));
    expect(parseRange(params('from=2026-11-01&to=2026-11-25'), TODAY)).toEqual({
      range: { from: '2026-11-01', to: '2026-11-25', preset: null },
      problem: null,
    });
  });

  it.each([
    'range=1y',
    'range=',
    'from=2026-11-26&to=2026-11-25',
    'from=2024-01-01&to=2026-11-25',
    'from=2026-11-01',
    'from=yesterday&to=today',
  ])('falls back to the last 30 days on %s, and says so', (query) => {
    const { range, problem } = parseRange(params(query), TODAY);
    expect(range).toEqual(presetRange('30d', TODAY));
    expect(problem).toMatch(/Showing the last 30 days\.$/);
  });
});

describe('the URL and the query', () => {
  it('writes a preset or custom dates, keeping other parameters', () => {
    const current = params('from=2026-01-01&to=2026-01-02&tab=x');
    expect(rangeToSearch(presetRange('90d', TODAY), current).toString()).toBe('tab=x&range=90d');
    expect(
      rangeToSearch(
        { from: '2026-11-01', to: '2026-11-25', preset: null },
        params('range=7d'),
      ).toString(),
    ).toBe('from=2026-11-01&to=2026-11-25');
  });

  it('round-trips through the URL', () => {
    const range = { from: '2026-02-03', to: '2026-04-05', preset: null };
    expect(parseRange(rangeToSearch(range), TODAY).range).toEqual(range);
  });

  it('sends the day after the last one as the exclusive end', () => {
    expect(rangeVariables({ from: '2026-11-01', to: '2026-11-25', preset: null })).toEqual({
      from: '2026-11-01T00:00:00.000Z',
      to: '2026-11-26T00:00:00.000Z',
    });
    expect(rangeVariables({ from: '2026-12-31', to: '2026-12-31', preset: null }).to).toBe(
      '2027-01-01T00:00:00.000Z',
    );
  });

  it('describes the range in words', () => {
    expect(describeRange(presetRange('7d', TODAY))).toBe('Last 7 days (19 Nov 2026 – 25 Nov 2026)');
    expect(describeRange({ from: TODAY, to: TODAY, preset: null })).toBe('25 Nov 2026');
  });
});

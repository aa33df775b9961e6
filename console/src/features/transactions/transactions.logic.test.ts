import { describe, expect, it } from 'vitest';
import {
  DEFAULT_FILTERS,
  customerListPath,
  draftOf,
  isFiltered,
  pageRange,
  parseFilters,
  readDraft,
  serializeFilters,
  toFilterVariables,
  type TransactionFilters,
} from './transactions.logic';

const FULL: TransactionFilters = {
  userId: 'cust 42/é',
  decision: 'REVIEW',
  minScore: 30,
  maxScore: 85,
  from: '2026-11-01',
  to: '2026-11-30',
};

describe('filters in the URL', () => {
  it('round-trips every field, including ids that need escaping', () => {
    const query = serializeFilters(FULL).toString();
    expect(parseFilters(query)).toEqual(FULL);
    expect(parseFilters(`?${query}`)).toEqual(FULL);
  });

  it('leaves defaults out, so an unfiltered list has a bare URL', () => {
    expect(serializeFilters(DEFAULT_FILTERS).toString()).toBe('');
    expect(serializeFilters({ ...DEFAULT_FILTERS, minScore: 0 }).toString()).toBe('minScore=0');
    expect(isFiltered(DEFAULT_FILTERS)).toBe(false);
    expect(isFiltered({ ...DEFAULT_FILTERS, decision: 'BLOCK' })).toBe(true);
  });

  it('names the customer parameter `customer`', () => {
    expect(customerListPath('u-1')).toBe('/transactions?customer=u-1');
    expect(parseFilters('customer=%20u-1%20').userId).toBe('u-1');
  });

  it.each([
    ['decision=MAYBE', 'decision', null],
    ['decision=review', 'decision', null],
    ['minScore=-1', 'minScore', null],
    ['minScore=101', 'minScore', null],
    ['minScore=12.5', 'minScore', null],
    ['minScore=abc', 'minScore', null],
    ['maxScore=100', 'maxScore', 100],
    ['minScore=0', 'minScore', 0],
    ['from=2026-02-30', 'from', null],
    ['from=26-11-01', 'from', null],
    ['to=2026-13-01', 'to', null],
    ['to=2024-02-29', 'to', '2024-02-29'],
    [`customer=${'x'.repeat(201)}`, 'userId', ''],
  ] as const)('%s → %s falls back to %j', (query, field, expected) => {
    expect(parseFilters(query)[field]).toEqual(expected);
  });

  it('keeps min ≤ max and from ≤ to by dropping the contradicting upper bound', () => {
    expect(parseFilters('minScore=80&maxScore=20')).toMatchObject({ minScore: 80, maxScore: null });
    expect(parseFilters('minScore=50&maxScore=50')).toMatchObject({ minScore: 50, maxScore: 50 });
    expect(parseFilters('from=2026-11-02&to=2026-11-01')).toMatchObject({
      from: '2026-11-02',
      to: null,
    });
  });

  it('ignores unknown parameters', () => {
    expect(parseFilters('page=3&sort=amount')).toEqual(DEFAULT_FILTERS);
  });
});

describe('the filter form draft', () => {
  it('reads back what it shows', () => {
    expect(readDraft(draftOf(FULL))).toEqual({ filters: FULL, errors: {} });
  });

  it('says what is wrong with each field', () => {
    const { errors, filters } = readDraft({
      userId: '',
      decision: '',
      minScore: '90',
      maxScore: '10',
      from: 'yesterday',
      to: '',
    });
    expect(errors).toEqual({
      maxScore: 'Must not be below the minimum score',
      from: 'Enter a date as YYYY-MM-DD',
    });
    expect(filters).toMatchObject({ minScore: 90, maxScore: null, from: null });
  });
});

describe('API variables', () => {
  it('sends nulls for "any"', () => {
    expect(toFilterVariables(DEFAULT_FILTERS)).toEqual({
      userId: null,
      decision: null,
      minScore: null,
      maxScore: null,
      from: null,
      to: null,
    });
  });

  it('makes the inclusive "to" day the exclusive midnight after it, in local time', () => {
    const v = toFilterVariables(FULL);
    expect(v.from).toBe(new Date(2026, 10, 1).toISOString());
    expect(v.to).toBe(new Date(2026, 11, 1).toISOString());
    expect(v).toMatchObject({
      userId: 'cust 42/é',
      decision: 'REVIEW',
      minScore: 30,
      maxScore: 85,
    });
  });
});

describe('page range', () => {
  it('numbers rows across pages', () => {
    expect(pageRange(0, 25, 1234)).toBe('1–25 of 1,234');
    expect(pageRange(2, 7, 57)).toBe('51–57 of 57');
    expect(pageRange(0, 0, 0)).toBe('0 of 0');
  });
});

import { describe, expect, it } from 'vitest';
import {
  EMPTY_ENTRY,
  expiryToIso,
  formatExpiry,
  listEntryInput,
  listEntryProblems,
  listFilterFromSearch,
  listFilterToSearch,
  localDate,
  valueProblem,
  type ListKind,
} from './lists.logic';

describe('valueProblem', () => {
  it.each<[ListKind, string, boolean]>([
    ['EMAIL', 'someone@example.com', true],
    ['EMAIL', 'someone@example', false],
    ['EMAIL', 'no at sign', false],
    ['EMAIL_DOMAIN', 'example.co.uk', true],
    ['EMAIL_DOMAIN', '@example.com', false],
    ['PHONE', '+212 612-345-678', true],
    ['PHONE', '0612345678', false],
    ['IP', '203.0.113.7', true],
    ['IP', '255.255.255.255', true],
    ['IP', '256.0.0.1', false],
    ['IP', '2001:db8::1', true],
    ['IP', 'localhost', false],
    ['CIDR', '203.0.113.0/24', true],
    ['CIDR', '203.0.113.0/32', true],
    ['CIDR', '203.0.113.0/33', false],
    ['CIDR', '2001:db8::/128', true],
    ['CIDR', '2001:db8::/129', false],
    ['CIDR', '203.0.113.0', false],
    ['COUNTRY', 'fr', true],
    ['COUNTRY', 'FRA', false],
    ['USER', 'anything at all', true],
    ['DEVICE', 'fp_123', true],
    ['RECIPIENT', 'FR7630006000011234567890189', true],
  ])('%s %j → valid %s', (kind, value, valid) => {
    expect(valueProblem(kind, value) === null).toBe(valid);
  });

  it.each([
    ['blank', '   ', 'Enter a value.'],
    ['at the limit', 'x'.repeat(300), null],
    ['just over the limit', 'x'.repeat(301), 'At most 300 characters.'],
  ])('a USER value %s', (_name, value, expected) => {
    expect(valueProblem('USER', value)).toBe(expected);
  });
});

describe('expiry', () => {
  it('ends at the last millisecond of the chosen local day', () => {
    const iso = expiryToIso('2026-03-15')!;
    const end = new Date(iso);
    expect([end.getFullYear(), end.getMonth(), end.getDate()]).toEqual([2026, 2, 15]);
    expect([end.getHours(), end.getMinutes(), end.getSeconds(), end.getMilliseconds()]).toEqual([
      23, 59, 59, 999,
    ]);
  });

  it.each(['', '2026-02-31', '15/03/2026', '2026-3-5'])('refuses %j', (text) => {
    expect(expiryToIso(text)).toBeNull();
  });

  it('formats today as the input does', () => {
    expect(localDate(new Date(2026, 0, 5, 13))).toBe('2026-01-05');
  });

  it.each([
    ['no expiry', null, 'Never'],
    ['a past one', '2026-01-01T00:00:00.000Z', 'Expired'],
    ['exactly now', '2026-06-01T12:00:00.000Z', 'Expired'],
  ])('reads %s as %j', (_name, iso, text) => {
    expect(formatExpiry(iso, Date.parse('2026-06-01T12:00:00.000Z'))).toBe(text);
  });

  it('shows a future expiry as a date', () => {
    expect(formatExpiry('2026-07-01T12:00:00.000Z', Date.parse('2026-06-01T00:00:00Z'))).toMatch(
      /2026/,
    );
  });
});

describe('listEntryProblems', () => {
  const now = new Date(2026, 5, 10, 15, 0);
  const valid = { ...EMPTY_ENTRY, value: 'someone@example.com' };

  it.each([
    ['no expiry', '', undefined],
    ['today (it ends tonight)', '2026-06-10', undefined],
    ['tomorrow', '2026-06-11', undefined],
    ['yesterday', '2026-06-09', 'Choose today or a later day.'],
  ])('an expiry of %s', (_name, expiresOn, problem) => {
    expect(listEntryProblems({ ...valid, expiresOn }, now).expiresOn).toBe(problem);
  });

  it.each([
    [2000, undefined],
    [2001, 'At most 2,000 characters.'],
  ])('a reason of %i characters', (length, problem) => {
    expect(listEntryProblems({ ...valid, reason: 'x'.repeat(length) }, now).reason).toBe(problem);
  });

  it('sends trimmed values and null for what was left blank', () => {
    expect(listEntryInput({ ...valid, value: ' a@b.co ', reason: '  ' })).toEqual({
      list: 'DENY',
      kind: 'EMAIL',
      value: 'a@b.co',
      expiresAt: null,
      reason: null,
    });
    expect(listEntryInput({ ...valid, expiresOn: '2026-06-11' }).expiresAt).toBe(
      expiryToIso('2026-06-11'),
    );
  });
});

describe('list filter in the URL', () => {
  it('reads known values and ignores the rest', () => {
    expect(listFilterFromSearch(new URLSearchParams('list=DENY&kind=IP'))).toEqual({
      list: 'DENY',
      kind: 'IP',
    });
    expect(listFilterFromSearch(new URLSearchParams('list=deny&kind=SSN'))).toEqual({
      list: null,
      kind: null,
    });
  });

  it('writes the filter and keeps other parameters', () => {
    const next = listFilterToSearch(
      { list: 'WATCH', kind: null },
      new URLSearchParams('kind=IP&x=1'),
    );
    expect(next.toString()).toBe('x=1&list=WATCH');
  });
});

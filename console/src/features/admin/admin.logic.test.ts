import { describe, expect, it } from 'vitest';
import {
  describeLimit,
  importSummary,
  newTenantProblems,
  parseRateLimits,
  rateLimitsChanged,
  rateLimitsToDraft,
  slugFromName,
  tenantStatus,
  uploadProblem,
  type RateLimitsView,
} from './admin.logic';

const DEFAULTS = { scoringPerMinute: 1000, otherPerMinute: 1000 };
const LIMITS: RateLimitsView = {
  scoringPerMinute: 5000,
  otherPerMinute: 1000,
  tenantScoringPerMinute: 5000,
  tenantOtherPerMinute: null,
  defaults: DEFAULTS,
};

describe('newTenantProblems', () => {
  it('accepts a slug and a name', () => {
    expect(newTenantProblems({ slug: 'acme-pay', name: 'Acme' })).toEqual({});
  });

  it.each(['', 'a', '-acme', 'Acme', 'acme pay', 'ä-b', 'x'.repeat(64)])(
    'refuses the slug %j',
    (slug) => {
      expect(newTenantProblems({ slug, name: 'Acme' }).slug).toMatch(/2 to 63/);
    },
  );

  it('asks for a name, at most 255 characters', () => {
    expect(newTenantProblems({ slug: 'ok', name: '  ' }).name).toMatch(/Name the tenant/);
    expect(newTenantProblems({ slug: 'ok', name: 'x'.repeat(256) }).name).toBe(
      'At most 255 characters.',
    );
  });
});

describe('slugFromName', () => {
  it.each([
    ['Acme Payments Ltd', 'acme-payments-ltd'],
    ['  Zürich Bank & Co. ', 'zurich-bank-co'],
    ['--', ''],
  ])('%j → %j', (name, slug) => {
    expect(slugFromName(name)).toBe(slug);
  });

  it('never ends with a hyphen when cut at 63 characters', () => {
    const slug = slugFromName(`${'a'.repeat(62)} b`);
    expect(slug).toHaveLength(62);
  });
});

describe('rate limits', () => {
  it('prefills only the limits the tenant has set', () => {
    expect(rateLimitsToDraft(LIMITS)).toEqual({ scoringPerMinute: '5000', otherPerMinute: '' });
  });

  it('reads blank as the default and allows thousands separators', () => {
    expect(parseRateLimits({ scoringPerMinute: '12,500', otherPerMinute: ' ' })).toEqual({
      value: { scoringPerMinute: 12500, otherPerMinute: null },
      problems: {},
    });
  });

  it.each(['0', '-5', '1.5', 'ten', '10000001', '1e3'])('refuses %j', (text) => {
    const { value, problems } = parseRateLimits({ scoringPerMinute: text, otherPerMinute: '' });
    expect(value).toBeNull();
    expect(problems.scoringPerMinute).toMatch(/whole number from 1 to 10,000,000/);
  });

  it.each([
    ['1', 1],
    ['10000000', 10_000_000],
  ])('accepts the bound %s', (text, n) => {
    expect(parseRateLimits({ scoringPerMinute: text, otherPerMinute: '' }).value).toEqual({
      scoringPerMinute: n,
      otherPerMinute: null,
    });
  });

  it('knows when a value changes what the tenant has set', () => {
    expect(rateLimitsChanged({ scoringPerMinute: 5000, otherPerMinute: null }, LIMITS)).toBe(false);
    expect(rateLimitsChanged({ scoringPerMinute: null, otherPerMinute: null }, LIMITS)).toBe(true);
    expect(rateLimitsChanged({ scoringPerMinute: 5000, otherPerMinute: 1000 }, LIMITS)).toBe(true);
  });

  it('says whether a limit is the default', () => {
    expect(describeLimit(LIMITS, 'scoringPerMinute')).toBe('5,000 / min (own limit)');
    expect(describeLimit(LIMITS, 'otherPerMinute')).toBe('1,000 / min (server default)');
  });
});

describe('tenantStatus', () => {
  it('reads the flag', () => {
    expect(tenantStatus({ disabled: false })).toBe('Active');
    expect(tenantStatus({ disabled: true })).toBe('Disabled');
  });
});

describe('uploadProblem', () => {
  it('asks for a file, refuses an empty one, accepts a list', () => {
    expect(uploadProblem(null, null)).toBe('Choose a file to upload.');
    expect(uploadProblem(' \n', 'tor.txt')).toBe('tor.txt is empty.');
    expect(uploadProblem('192.0.2.1\n', 'tor.txt')).toBeNull();
  });

  it('refuses what would not fit in a 4 MB request, counting escaped line breaks', () => {
    // 1.5 M lines of "1\n": 3 MB as a file, 4.5 MB as a JSON string.
    const content = '1\n'.repeat(1_500_000);
    expect(uploadProblem(content, 'big.txt')).toMatch(/too large/);
    expect(uploadProblem('1'.repeat(3_000_000), 'ok.txt')).toBeNull();
  });
});

describe('importSummary', () => {
  it('says what was taken and refused', () => {
    expect(importSummary({ imported: 3, added: 2, removed: 0, rejectedCount: 1 })).toBe(
      '3 valid entries, 2 new, 1 line refused.',
    );
    expect(importSummary({ imported: 1, added: 0, removed: 4, rejectedCount: 0 })).toBe(
      '1 valid entry, 0 new, 4 removed.',
    );
  });
});

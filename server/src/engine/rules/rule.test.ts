import { describe, expect, it } from 'vitest';
import { amount, plural } from './rule.js';

describe('detail formatting', () => {
  it.each([
    [0, '0'],
    [5, '5'],
    [999.999, '1,000'],
    [1234.5, '1,234.5'],
    [12345.678, '12,345.68'],
    [1_000_000, '1,000,000'],
    [-2500.1, '-2,500.1'],
    [1e12, '1,000,000,000,000'],
  ])('amount(%d) = %s', (value, text) => {
    expect(amount(value)).toBe(text);
  });

  it('pluralizes', () => {
    expect(plural(1, 'day')).toBe('1 day');
    expect(plural(2, 'day')).toBe('2 days');
    expect(plural(0, 'day')).toBe('0 days');
  });
});

import { describe, expect, it } from 'vitest';
import { formatAgo, formatAmount, formatNumber, formatPercent, humanize } from './format';

describe('format', () => {
  it('shows a dash for what is missing, never NaN', () => {
    expect(formatNumber(null)).toBe('—');
    expect(formatNumber(Number.NaN)).toBe('—');
    expect(formatPercent(null)).toBe('—');
    expect(formatAmount(undefined, 'EUR')).toBe('—');
  });

  it('formats numbers, rates and amounts', () => {
    expect(formatNumber(1234567)).toBe('1,234,567');
    expect(formatNumber(0.456, 2)).toBe('0.46');
    expect(formatPercent(0.0512)).toBe('5.1 %');
    expect(formatPercent(1, 0)).toBe('100 %');
    expect(formatAmount(2500, 'EUR')).toBe('2,500.00 EUR');
    expect(formatAmount(12.5)).toBe('12.50');
  });

  it('says how long ago', () => {
    const now = Date.parse('2026-11-25T12:00:00Z');
    expect(formatAgo('2026-11-25T11:59:40Z', now)).toBe('just now');
    expect(formatAgo('2026-11-25T11:55:00Z', now)).toBe('5 min ago');
    expect(formatAgo('2026-11-25T09:00:00Z', now)).toBe('3 h ago');
    expect(formatAgo('2026-11-22T12:00:00Z', now)).toBe('3 d ago');
  });

  it('humanizes enum values', () => {
    expect(humanize('FALSE_POSITIVE')).toBe('False positive');
    expect(humanize('BLOCK')).toBe('Block');
  });
});

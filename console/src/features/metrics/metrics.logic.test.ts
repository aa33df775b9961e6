import { describe, expect, it } from 'vitest';
import {
  formatPsi,
  formatSigned,
  isAboveFalsePositiveTarget,
  plural,
  psiBand,
  thresholdGap,
  windowDays,
} from './metrics.logic';

describe('false-positive rate against the 5 % target', () => {
  it.each([
    [null, false],
    [0, false],
    [0.0499, false],
    [0.05, false],
    [0.0501, true],
    [0.5, true],
  ])('%s → above target: %s', (rate, above) => {
    expect(isAboveFalsePositiveTarget(rate)).toBe(above);
  });
});

describe('recommended threshold against the current one', () => {
  it.each([
    [60, 50, 10, false],
    [61, 50, 11, true],
    [40, 50, -10, false],
    [39, 50, -11, true],
    [50, 50, 0, false],
  ])('recommended %s, current %s → gap %s, flagged %s', (recommended, current, gap, flagged) => {
    expect(thresholdGap(recommended, current)).toEqual({ gap, flagged });
  });

  it('has no gap without a recommendation', () => {
    expect(thresholdGap(null, 50)).toEqual({ gap: null, flagged: false });
    expect(thresholdGap(undefined, 50)).toEqual({ gap: null, flagged: false });
  });
});

describe('PSI bands', () => {
  it.each([
    [null, 'NONE'],
    [0, 'STABLE'],
    [0.0999, 'STABLE'],
    [0.1, 'MODERATE'],
    [0.2499, 'MODERATE'],
    [0.25, 'SIGNIFICANT'],
    [3, 'SIGNIFICANT'],
  ] as const)('%s → %s', (psi, band) => {
    expect(psiBand(psi)).toBe(band);
  });
});

describe('formatting', () => {
  it.each([
    [3.21, '+3.2'],
    [-1, '−1.0'],
    [0, '0.0'],
    [-0.01, '0.0'],
    [null, '—'],
  ])('signed %s → %s', (value, text) => {
    expect(formatSigned(value)).toBe(text);
  });

  it('prints PSI to three decimals and counts with their noun', () => {
    expect(formatPsi(0.13249)).toBe('0.132');
    expect(formatPsi(null)).toBe('—');
    expect(plural(1, 'label')).toBe('1 label');
    expect(plural(1200, 'label')).toBe('1,200 labels');
  });

  it('shows a server window as the days it covers, the last one included', () => {
    expect(windowDays('2026-10-01T00:00:00.000Z', '2026-11-01T00:00:00.000Z')).toEqual({
      from: '2026-10-01',
      to: '2026-10-31',
    });
    expect(windowDays('2026-11-01T00:00:00.000Z', '2026-11-01T00:00:00.000Z')).toBeNull();
  });
});

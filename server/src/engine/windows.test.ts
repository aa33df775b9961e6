import { describe, expect, it } from 'vitest';
import {
  FAN_IN_MS,
  LINKAGE_MS,
  SMALL_AMOUNT_WINDOW_MS,
  VELOCITY_LONG_MS,
  VELOCITY_SHORT_MS,
  sqlInterval,
} from './windows.js';

describe('time windows', () => {
  it('render as exact SQL intervals, days as hours', () => {
    expect(sqlInterval(VELOCITY_SHORT_MS)).toBe("interval '1 hour'");
    expect(sqlInterval(VELOCITY_LONG_MS)).toBe("interval '24 hours'");
    expect(sqlInterval(SMALL_AMOUNT_WINDOW_MS)).toBe("interval '10 minutes'");
    expect(sqlInterval(LINKAGE_MS)).toBe("interval '720 hours'");
    expect(sqlInterval(FAN_IN_MS)).toBe("interval '24 hours'");
    expect(sqlInterval(1500)).toBe("interval '1.5 seconds'");
  });

  it('refuses a window that is not a positive whole number of milliseconds', () => {
    for (const bad of [0, -1, 1.5, Number.NaN]) expect(() => sqlInterval(bad)).toThrow();
  });
});

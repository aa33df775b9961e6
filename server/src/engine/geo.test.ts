import { describe, expect, it } from 'vitest';
import { distanceKm, travel } from './geo.js';

const PARIS = { lat: 48.8566, lon: 2.3522 };
const LONDON = { lat: 51.5074, lon: -0.1278 };
const NEW_YORK = { lat: 40.7128, lon: -74.006 };
const SYDNEY = { lat: -33.8688, lon: 151.2093 };
const TOKYO = { lat: 35.6762, lon: 139.6503 };

const T0 = new Date('2026-03-02T12:00:00Z');
const later = (hours: number) => new Date(T0.getTime() + hours * 3_600_000);

describe('distanceKm', () => {
  it.each([
    ['Paris–London', PARIS, LONDON, 344, 2],
    ['Paris–New York', PARIS, NEW_YORK, 5_837, 10],
    ['London–New York', LONDON, NEW_YORK, 5_570, 10],
    ['Sydney–Tokyo', SYDNEY, TOKYO, 7_823, 15],
    ['one degree of longitude on the equator', { lat: 0, lon: 0 }, { lat: 0, lon: 1 }, 111.2, 0.1],
    ['pole to pole', { lat: 90, lon: 0 }, { lat: -90, lon: 0 }, 20_015, 1],
    ['antipodes on the equator', { lat: 0, lon: 0 }, { lat: 0, lon: 180 }, 20_015, 1],
    ['across the antimeridian', { lat: 0, lon: 179.5 }, { lat: 0, lon: -179.5 }, 111.2, 0.1],
  ])('%s ≈ %s km', (_name, a, b, km, tolerance) => {
    expect(Math.abs(distanceKm(a, b) - km)).toBeLessThanOrEqual(tolerance);
  });

  it('is 0 for the same point and symmetric', () => {
    expect(distanceKm(PARIS, PARIS)).toBe(0);
    expect(distanceKm(PARIS, LONDON)).toBeCloseTo(distanceKm(LONDON, PARIS), 9);
  });

  it('never exceeds half the circumference', () => {
    for (const a of [PARIS, LONDON, NEW_YORK, SYDNEY, TOKYO]) {
      for (const b of [PARIS, LONDON, NEW_YORK, SYDNEY, TOKYO]) {
        expect(distanceKm(a, b)).toBeLessThanOrEqual(Math.PI * 6371.0088 + 1e-9);
      }
    }
  });
});

describe('travel', () => {
  it('gives the speed needed to cover the distance', () => {
    const t = travel({ ...PARIS, at: T0 }, { ...LONDON, at: later(2) });
    expect(t.distanceKm).toBeCloseTo(distanceKm(PARIS, LONDON), 9);
    expect(t.speedKmh).toBeCloseTo(t.distanceKm / 2, 9);
  });

  it('does not depend on the order of the events in time', () => {
    const forward = travel({ ...PARIS, at: T0 }, { ...NEW_YORK, at: later(1) });
    const backward = travel({ ...PARIS, at: later(1) }, { ...NEW_YORK, at: T0 });
    expect(backward).toEqual(forward);
  });

  it('Paris to New York in one hour is impossible travel speed', () => {
    expect(travel({ ...PARIS, at: T0 }, { ...NEW_YORK, at: later(1) }).speedKmh).toBeGreaterThan(
      900,
    );
  });

  it('zero time apart: Infinity when the places differ', () => {
    const t = travel({ ...PARIS, at: T0 }, { ...LONDON, at: new Date(T0) });
    expect(t.speedKmh).toBe(Infinity);
    expect(t.distanceKm).toBeGreaterThan(340);
  });

  it('zero time apart: 0 at the same place', () => {
    expect(travel({ ...PARIS, at: T0 }, { ...PARIS, at: new Date(T0) })).toEqual({
      distanceKm: 0,
      speedKmh: 0,
    });
  });

  it('same place some time later: speed 0', () => {
    expect(travel({ ...PARIS, at: T0 }, { ...PARIS, at: later(5) }).speedKmh).toBe(0);
  });
});

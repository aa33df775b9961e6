const EARTH_RADIUS_KM = 6371.0088;

/** Great-circle distance in kilometres (haversine). */
export function distanceKm(
  a: { lat: number; lon: number },
  b: { lat: number; lon: number },
): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/**
 * Distance and the speed needed to cover it between two located events. Events at the same
 * instant get a speed of Infinity when they are apart, 0 when they are not.
 */
export function travel(
  from: { lat: number; lon: number; at: Date },
  to: { lat: number; lon: number; at: Date },
): { distanceKm: number; speedKmh: number } {
  const km = distanceKm(from, to);
  const hours = Math.abs(to.at.getTime() - from.at.getTime()) / 3_600_000;
  return { distanceKm: km, speedKmh: hours > 0 ? km / hours : km > 0 ? Infinity : 0 };
}

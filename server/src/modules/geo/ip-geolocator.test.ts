import { describe, expect, it } from 'vitest';
import { IpGeolocator } from './ip-geolocator.js';

const geo = new IpGeolocator();

describe('IpGeolocator (DB-IP lite, offline)', () => {
  it.each([
    ['8.8.8.8', 'US'],
    ['196.200.1.10', 'ZA'],
    ['2a00:1450:4001:80b::200e', 'DE'],
  ])('locates %s in %s with coordinates', async (ip, country) => {
    const where = await geo.lookup(ip);
    expect(where?.country).toBe(country);
    expect(where?.latitude).toEqual(expect.any(Number));
  });

  it.each(['10.0.0.1', '127.0.0.1', '192.168.1.1'])('knows nothing of private %s', async (ip) => {
    expect(await geo.lookup(ip)).toBeNull();
  });
});

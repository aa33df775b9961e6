import { describe, expect, it } from 'vitest';
import { rng, shapeFor, syntheticEvent } from './history.js';

describe('synthetic history', () => {
  it('is deterministic for a seed', () => {
    const shape = shapeFor(10_000);
    const a = rng(1);
    const b = rng(1);
    for (let i = 0; i < 50; i++)
      expect(syntheticEvent(a, shape, null)).toEqual(syntheticEvent(b, shape, null));
  });

  it('is skewed: the busiest tenth of customers does about 40 % of the traffic', () => {
    const shape = shapeFor(20_000);
    const r = rng(3);
    const counts = new Map<string, number>();
    for (let i = 0; i < 20_000; i++) {
      const e = syntheticEvent(r, shape, null);
      counts.set(e.userId, (counts.get(e.userId) ?? 0) + 1);
    }
    const sorted = [...counts.values()].sort((x, y) => y - x);
    const top = sorted.slice(0, Math.ceil(shape.customers / 10)).reduce((s, n) => s + n, 0);
    expect(top / 20_000).toBeGreaterThan(0.3);
  });

  it('spreads over a production-sized population even for a short history', () => {
    const shape = shapeFor(10_000);
    const r = rng(5);
    const seen = { users: new Set<string>(), devices: new Set<string>(), ips: new Set<string>() };
    const merchants = new Set<string>();
    for (let i = 0; i < 100_000; i++) {
      const e = syntheticEvent(r, shape, null);
      seen.users.add(e.userId);
      seen.devices.add(e.device.id);
      seen.ips.add(e.ip);
      if (e.recipient?.type === 'MERCHANT') merchants.add(e.recipient.value);
    }
    expect(shape).toMatchObject({ customers: 5000, devices: 4000, merchants: 700, ips: 50_000 });
    expect(seen.users.size).toBeGreaterThan(2000);
    expect(seen.devices.size).toBeGreaterThan(2000);
    expect(seen.ips.size).toBeGreaterThan(15_000);
    expect(merchants.size).toBeGreaterThan(500);
  });
});

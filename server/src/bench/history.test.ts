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
});

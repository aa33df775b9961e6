import { describe, expect, it } from 'vitest';
import type { RateLimits } from './rate-limits.js';
import { TenantLimitsCache } from './tenant-limits.cache.js';

const DEFAULTS: RateLimits = { scoringPerMinute: 1000, otherPerMinute: 1000 };

function setup(rows: Map<string, RateLimits | null | Error>) {
  let now = 0;
  const reads: string[] = [];
  const cache = new TenantLimitsCache(
    async (id) => {
      reads.push(id);
      const row = rows.get(id);
      if (row instanceof Error) throw row;
      return row ?? null;
    },
    DEFAULTS,
    10_000,
    () => now,
  );
  return { cache, reads, advance: (ms: number) => (now += ms) };
}

describe('TenantLimitsCache', () => {
  it('reads a tenant once per TTL, concurrent misses included, then again after it', async () => {
    const rows = new Map([['a', { scoringPerMinute: 5, otherPerMinute: 7 }]]);
    const { cache, reads, advance } = setup(rows);
    expect(await Promise.all([cache.get('a'), cache.get('a')])).toEqual([
      { scoringPerMinute: 5, otherPerMinute: 7 },
      { scoringPerMinute: 5, otherPerMinute: 7 },
    ]);
    rows.set('a', { scoringPerMinute: 50, otherPerMinute: 70 });
    advance(9_999);
    expect(await cache.get('a')).toEqual({ scoringPerMinute: 5, otherPerMinute: 7 });
    advance(1);
    expect(await cache.get('a')).toEqual({ scoringPerMinute: 50, otherPerMinute: 70 });
    expect(reads).toEqual(['a', 'a']);
  });

  it('keeps tenants apart, and gives the defaults for a tenant it cannot find', async () => {
    const { cache } = setup(new Map([['a', { scoringPerMinute: 5, otherPerMinute: 7 }]]));
    expect(await cache.get('b')).toEqual(DEFAULTS);
    expect(await cache.get('a')).toEqual({ scoringPerMinute: 5, otherPerMinute: 7 });
  });

  it('serves what it knew when a read fails, and reads again on the next request', async () => {
    const rows = new Map<string, RateLimits | Error>([
      ['a', { scoringPerMinute: 5, otherPerMinute: 7 }],
    ]);
    const { cache, reads, advance } = setup(rows);
    await cache.get('a');
    advance(10_000);
    rows.set('a', new Error('database down'));
    expect(await cache.get('a')).toEqual({ scoringPerMinute: 5, otherPerMinute: 7 });
    rows.set('a', { scoringPerMinute: 9, otherPerMinute: 9 });
    expect(await cache.get('a')).toEqual({ scoringPerMinute: 9, otherPerMinute: 9 });
    expect(reads).toHaveLength(3);
  });
});

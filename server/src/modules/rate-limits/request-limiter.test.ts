import { describe, expect, it } from 'vitest';
import type { Viewer } from '../auth/viewer.js';
import type { Consumption } from './rate-limit.store.js';
import { RequestLimiter, type RequestWeight } from './request-limiter.js';

/** Fixed-window counters in a map: the bucket logic under test, not a store. */
function counters() {
  const used = new Map<string, number>();
  return {
    used,
    async consume(key: string, limit: number, weight: number): Promise<Consumption> {
      const total = (used.get(key) ?? 0) + weight;
      used.set(key, total);
      return {
        allowed: total <= limit,
        limit,
        remaining: Math.max(0, limit - total),
        resetSeconds: 60,
      };
    },
    async refund(key: string, _limit: number, weight: number): Promise<void> {
      used.set(key, (used.get(key) ?? 0) - weight);
    },
  };
}

const limits = { get: async () => ({ scoringPerMinute: 10, otherPerMinute: 3 }) };
const key: Viewer = {
  kind: 'API_KEY',
  tenantId: 't1',
  apiKeyId: 'k',
  prefix: 'pk_live_x',
  mode: 'LIVE',
};
const user: Viewer = { kind: 'USER', tenantId: 't1', userId: 'u', email: 'a@b.c', role: 'ANALYST' };
const weight = (w: Partial<RequestWeight>): RequestWeight => ({
  scoredEvents: 0,
  feedbackItems: 0,
  otherFields: 0,
  ...w,
});

describe('RequestLimiter', () => {
  it('charges scored events to the scoring bucket of the key’s tenant and mode', async () => {
    const c = counters();
    const verdict = await new RequestLimiter(c, limits, 5).charge(
      key,
      '1.2.3.4',
      weight({ scoredEvents: 4 }),
    );
    expect(verdict).toMatchObject({
      allowed: true,
      bucket: 'scoring',
      report: { limit: 10, remaining: 6 },
    });
    expect([...c.used]).toEqual([['scoring:LIVE:t1', 4]]);
  });

  it('charges feedback items, and anything else once, to the other bucket', async () => {
    const c = counters();
    const limiter = new RequestLimiter(c, limits, 5);
    await limiter.charge(key, 'ip', weight({ otherFields: 1, feedbackItems: 2 }));
    await limiter.charge(key, 'ip', weight({ otherFields: 3 }));
    expect([...c.used]).toEqual([['other:LIVE:t1', 3]]);
  });

  it('charges both buckets for an operation that scores and does more, and gives back the allowed one when the other refuses', async () => {
    const c = counters();
    const limiter = new RequestLimiter(c, limits, 5);
    const mixed = weight({ scoredEvents: 2, otherFields: 1, feedbackItems: 4 });
    const verdict = await limiter.charge(key, 'ip', mixed);
    expect(verdict).toMatchObject({ allowed: false, bucket: 'other' });
    expect(c.used.get('scoring:LIVE:t1')).toBe(0);
  });

  it('counts console users together in their tenant’s USER bucket, and anonymous traffic per address', async () => {
    const c = counters();
    const limiter = new RequestLimiter(c, limits, 5);
    await limiter.charge(user, 'ip', weight({ otherFields: 2 }));
    await limiter.charge(null, '1.2.3.4', weight({ scoredEvents: 1000 }));
    expect([...c.used]).toEqual([
      ['other:USER:t1', 1],
      ['ip:1.2.3.4', 1],
    ]);
  });
});

import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { storeDelta, storeSnapshot, type StoreSnapshot } from './store-stats.js';

let client: pg.Client;
beforeAll(async () => {
  client = new pg.Client({ connectionString: inject('databaseUrl') });
  await client.connect();
});
afterAll(async () => {
  await client?.end();
});

describe('store statistics of a replay slice', () => {
  it("counts scored_event's indexes under their partitioned index and the database's blocks", async () => {
    const snapshot = await storeSnapshot(client);
    // Partition indexes are summed under the parent's name, never listed on their own.
    expect(Object.keys(snapshot.indexes)).toContain('scored_event_user_index');
    expect(Object.keys(snapshot.indexes).filter((n) => /_y\d{4}m\d{2}_/.test(n))).toEqual([]);
    expect(snapshot.buffers.hit).toBeGreaterThan(0);
  });

  it('gives blocks per event and, per index used, entries read per scan', () => {
    const a: StoreSnapshot = {
      indexes: { i1: [10, 100], i2: [5, 5] },
      buffers: { hit: 1_000, read: 10 },
    };
    const b: StoreSnapshot = {
      indexes: { i1: [14, 180], i2: [5, 5] },
      buffers: { hit: 3_000, read: 50 },
    };
    expect(storeDelta(a, b, 100)).toEqual({
      blocksPerEvent: { hit: 20, read: 0.4 },
      indexes: { i1: { scans: 4, readPerScan: 20 } },
    });
  });
});

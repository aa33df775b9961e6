import { describe, expect, it } from 'vitest';
import type { UlbRow } from './dataset.js';
import { Lanes, laneOf } from './ulb-lanes.js';

const row = (i: number, customer: string): UlbRow => ({
  reference: String(i),
  occurredAt: new Date(1_500_000_000_000 + i * 1000),
  customer,
  terminal: 't',
  amount: 1,
  fraud: false,
});

describe('replay lanes', () => {
  it('one lane sends the data set in its order, in full batches and a last partial one', async () => {
    const sent: string[][] = [];
    let settled = 0;
    const lanes = new Lanes(
      1,
      3,
      async (rows) => {
        sent.push(rows.map((r) => r.reference));
        return rows.length;
      },
      async (n) => {
        settled += n;
      },
    );
    for (let i = 0; i < 7; i++) await lanes.add(row(i, String(i % 4)));
    await lanes.drain();
    expect(sent).toEqual([['0', '1', '2'], ['3', '4', '5'], ['6']]);
    expect(settled).toBe(7);
  });

  it("keeps each customer on one lane, in order, with at most two of a lane's batches in flight", async () => {
    const sent: UlbRow[][] = [];
    const inFlight = new Map<number, number>();
    let most = 0;
    const lanes = new Lanes(
      3,
      5,
      async (rows) => {
        const lane = laneOf(rows[0]!.customer, 3);
        expect(rows.every((r) => laneOf(r.customer, 3) === lane)).toBe(true);
        inFlight.set(lane, (inFlight.get(lane) ?? 0) + 1);
        most = Math.max(most, inFlight.get(lane)!);
        sent.push(rows);
        await new Promise((r) => setTimeout(r, 1));
        inFlight.set(lane, inFlight.get(lane)! - 1);
        return rows.length;
      },
      async () => undefined,
    );
    for (let i = 0; i < 200; i++) await lanes.add(row(i, `card-${(i * 7) % 23}`));
    await lanes.drain();
    const all = sent.flat();
    expect(all).toHaveLength(200);
    expect(new Set(all.map((r) => r.reference)).size).toBe(200);
    const byCustomer = new Map<string, number[]>();
    for (const r of all)
      byCustomer.set(r.customer, [...(byCustomer.get(r.customer) ?? []), +r.reference]);
    for (const refs of byCustomer.values()) expect(refs).toEqual([...refs].sort((a, b) => a - b));
    expect(most).toBeLessThanOrEqual(2);
    expect(new Set(all.map((r) => laneOf(r.customer, 3))).size).toBe(3);
  });
});

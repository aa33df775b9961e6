import type { UlbRow } from './dataset.js';

/**
 * The replay's send side: customers split over `count` lanes by a hash of their card, each lane
 * sending its customers' events in event-time order, in batches, two in flight (the server
 * parses one while the database works on the other).
 *
 * One lane is the data set's order exactly. Replaying a year in minutes squeezes hours of a
 * card's traffic into one batch, so consecutive batches share most of their customers and wait
 * on each other's customer locks; live traffic at the same rate spreads over seconds and
 * rarely does. Several lanes keep each customer's events in order (what velocity and profiles
 * need) and let batches of different customers run side by side, as an integrator sending
 * from several workers would; what a lane cannot order is events of different customers at the
 * same merchant, which may reach the server a few batches apart.
 */
export class Lanes {
  private readonly lanes: { batch: UlbRow[]; inFlight: Promise<number> | null }[];

  constructor(
    count: number,
    private readonly batchSize: number,
    private readonly send: (rows: UlbRow[]) => Promise<number>,
    /** Called with each batch's size once it is scored, in each lane's order. */
    private readonly settled: (events: number) => Promise<void>,
  ) {
    this.lanes = Array.from({ length: count }, () => ({ batch: [], inFlight: null }));
  }

  /** Queues `row` on its customer's lane; sends the lane's batch once it is full. */
  async add(row: UlbRow): Promise<void> {
    const lane = this.lanes[laneOf(row.customer, this.lanes.length)]!;
    lane.batch.push(row);
    if (lane.batch.length >= this.batchSize) await this.flush(lane);
  }

  /** Sends every lane's partial batch and waits until all are scored. */
  async drain(): Promise<void> {
    for (const lane of this.lanes) if (lane.batch.length) await this.flush(lane);
    for (const lane of this.lanes) await this.settle(lane);
  }

  private async flush(lane: (typeof this.lanes)[number]): Promise<void> {
    const rows = lane.batch;
    lane.batch = [];
    const next = this.send(rows);
    // Marked handled now: it is awaited below or by the next flush, and may fail meanwhile.
    next.catch(() => undefined);
    await this.settle(lane);
    lane.inFlight = next;
  }

  private async settle(lane: (typeof this.lanes)[number]): Promise<void> {
    if (!lane.inFlight) return;
    const scored = await lane.inFlight;
    lane.inFlight = null;
    await this.settled(scored);
  }
}

/** The lane of a customer: FNV-1a of its id, modulo the lane count. */
export function laneOf(customer: string, count: number): number {
  if (count === 1) return 0;
  let h = 0x811c9dc5;
  for (let i = 0; i < customer.length; i++) h = Math.imul(h ^ customer.charCodeAt(i), 0x01000193);
  return (h >>> 0) % count;
}

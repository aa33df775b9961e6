import { randomUUID } from 'node:crypto';
import { addAmount } from '../../engine/profile.js';
import type { AmountStats } from '../../engine/types.js';
import type { CustomerRow } from './enrichment.js';
import type { NormalizedTransaction } from './ingest.js';

/** A customer's running profile between scores (the mutable part of the customer row). */
export class Profile {
  constructor(
    readonly id: string,
    readonly stats: AmountStats,
    readonly histogram: number[],
    readonly patterns: { channels: Record<string, number>; countries: Record<string, number> },
    readonly recipientCount: number,
    readonly firstSeenAt: Date | null,
    readonly lastSeenAt: Date | null,
    readonly lastLocation: { lat: number; lon: number; at: Date } | null,
    readonly accountOpenedAt: Date | null,
    readonly country: string | null,
    readonly fraudCount: number,
  ) {}

  static fromRow(c: CustomerRow): Profile {
    return new Profile(
      c.id,
      {
        count: c.tx_count,
        mean: c.amount_mean,
        m2: c.amount_m2,
        max: c.amount_max,
        total: c.amount_total,
      },
      c.hour_histogram,
      c.patterns,
      c.recipient_count,
      c.first_seen_at ? new Date(c.first_seen_at) : null,
      c.last_seen_at ? new Date(c.last_seen_at) : null,
      c.last_latitude !== null && c.last_longitude !== null && c.last_located_at
        ? { lat: c.last_latitude, lon: c.last_longitude, at: new Date(c.last_located_at) }
        : null,
      c.account_opened_at ? new Date(c.account_opened_at) : null,
      c.country,
      c.fraud_count,
    );
  }
}

const bump = (counts: Record<string, number>, key: string | null) =>
  key ? { ...counts, [key]: (counts[key] ?? 0) + 1 } : counts;

/** The profile after one more event: O(1), whatever the history. Late events keep the latest times. */
export function nextProfile(
  p: Profile | null,
  t: NormalizedTransaction,
  amountBase: number,
  recipientKnown: boolean,
): Profile {
  const histogram = p ? [...p.histogram] : Array.from({ length: 24 }, () => 0);
  const hour = t.occurredAt.getUTCHours();
  histogram[hour] = (histogram[hour] ?? 0) + 1;
  const at = t.occurredAt;
  const located = t.latitude !== null && t.longitude !== null;
  const newer = located && (!p?.lastLocation || p.lastLocation.at.getTime() <= at.getTime());
  return new Profile(
    p?.id ?? randomUUID(),
    addAmount(p?.stats ?? { count: 0, mean: 0, m2: 0, max: 0, total: 0 }, amountBase),
    histogram,
    {
      channels: bump(p?.patterns.channels ?? {}, t.channel),
      countries: bump(p?.patterns.countries ?? {}, t.country),
    },
    (p?.recipientCount ?? 0) + (t.recipient && !recipientKnown ? 1 : 0),
    p?.firstSeenAt && p.firstSeenAt < at ? p.firstSeenAt : at,
    p?.lastSeenAt && p.lastSeenAt > at ? p.lastSeenAt : at,
    newer ? { lat: t.latitude!, lon: t.longitude!, at } : (p?.lastLocation ?? null),
    p?.accountOpenedAt ?? null,
    p?.country ?? null,
    p?.fraudCount ?? 0,
  );
}

/**
 * Synthetic but realistically skewed history for the benchmark: few customers do most of the
 * traffic (a power law), most customers keep one or two devices, some devices and IPs are shared
 * (families, offices, fraud farms), recipients concentrate on popular merchants and a long tail of
 * people. Deterministic for a seed.
 */
export interface HistoryShape {
  customers: number;
  devices: number;
  /** Merchants paid by card: a few popular ones take most of the payments. */
  merchants: number;
  /** Private recipients (IBANs) of transfers. */
  recipients: number;
  ips: number;
}

/**
 * The smallest population, whatever the history: a real tenant's thousands of customers and
 * tens of thousands of IPs make far more distinct index keys (and colder pages) than a few
 * hundred customers would, and that is what a score costs in production.
 */
export const MIN_POPULATION = { customers: 5000, devices: 4000, merchants: 700, ips: 50_000 };

/** Addresses one customer is seen from (home, work, mobile networks…). */
const IPS_PER_CUSTOMER = 10;

/** Mulberry32: a small, fast, seeded PRNG. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function shapeFor(events: number): HistoryShape {
  const customers = Math.max(MIN_POPULATION.customers, Math.round(events / 20));
  return {
    customers,
    // Fewer devices than customers: households and shops share them.
    devices: Math.max(MIN_POPULATION.devices, Math.round(customers * 0.8)),
    merchants: Math.max(MIN_POPULATION.merchants, Math.round(customers / 10)),
    recipients: Math.max(100, Math.round(customers / 2)),
    ips: Math.max(MIN_POPULATION.ips, customers * IPS_PER_CUSTOMER),
  };
}

/** Power-law pick in [0, n): small indexes are much more likely. */
const skewed = (r: () => number, n: number, power = 2) =>
  Math.min(n - 1, Math.floor(n * r() ** power));

export interface SyntheticEvent {
  userId: string;
  amount: number;
  currency: string;
  type: string;
  channel: string;
  occurredAt?: string;
  device: { id: string; sessionId: string };
  ip: string;
  recipient: { type: string; value: string } | null;
}

export function syntheticEvent(
  r: () => number,
  shape: HistoryShape,
  occurredAt: Date | null,
): SyntheticEvent {
  const customer = skewed(r, shape.customers);
  const ownDevice = (customer * 13 + (r() < 0.15 ? 1 : 0)) % shape.devices;
  const device = r() < 0.02 ? skewed(r, 50) : ownDevice;
  const ip =
    r() < 0.1
      ? skewed(r, 100)
      : (customer * IPS_PER_CUSTOMER + Math.floor(r() * IPS_PER_CUSTOMER)) % shape.ips;
  const merchant = r() < 0.6;
  const recipient =
    r() < 0.85
      ? merchant
        ? skewed(r, shape.merchants, 1.5)
        : skewed(r, shape.recipients, 1.2)
      : null;
  const amount = Math.round((merchant ? 5 + 120 * r() ** 2 : 20 + 900 * r() ** 3) * 100) / 100;
  return {
    userId: `c${customer}`,
    amount,
    currency: 'EUR',
    type: merchant ? 'CARD_PAYMENT' : 'P2P_TRANSFER',
    channel: r() < 0.7 ? 'app' : 'web',
    ...(occurredAt ? { occurredAt: occurredAt.toISOString() } : {}),
    device: { id: `d${device}`, sessionId: `s${customer}-${Math.floor(r() * 3)}` },
    ip: `10.${(ip >> 16) & 255}.${(ip >> 8) & 255}.${ip & 255}`,
    recipient:
      recipient === null
        ? null
        : merchant
          ? { type: 'MERCHANT', value: `m${recipient}` }
          : { type: 'IBAN', value: `FR76300060000112345${String(recipient).padStart(8, '0')}` },
  };
}

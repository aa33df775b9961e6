/**
 * Scoring snapshots: an event with the context it was scored with, in a compact JSON-able form,
 * so that a backtest can re-decide it under another policy exactly as it was seen then. The
 * acting model's verdict is kept without its contributions: a decision reads only the
 * probability. Each format starts with its version number; a new version gets its own reader
 * and the old ones stay, so that stored snapshots remain readable.
 */
import {
  SnapshotReader,
  SnapshotWriter,
  readListMatches,
  trimNulls,
  writeListMatches,
  type Slot,
} from './snapshot-codec.js';
import {
  RECIPIENT_TYPES,
  TRANSACTION_TYPES,
  type CustomerSnapshot,
  type HistoryWindow,
  type ModelOutput,
  type ScoringContext,
  type TransactionEvent,
  type Window,
} from './types.js';

/** The format written by encodeTransactionSnapshot. */
export const TRANSACTION_SNAPSHOT_VERSION = 1;

const HOURS = 24;
/** Bounds what a corrupt histogram can make the reader allocate. */
const MAX_HOURS = 1_000;

// ---- Transactions --------------------------------------------------------------------------------

function writeRecipient(w: SnapshotWriter, recipient: TransactionEvent['recipient']): Slot {
  if (recipient === null) return null;
  return trimNulls([
    w.choice(RECIPIENT_TYPES, recipient.type, 'recipient.type'),
    w.str(recipient.value),
    w.nstr(recipient.country),
  ]);
}

/** Slots are written in reading order: a repeated string refers to an earlier one. */
function writeTransaction(w: SnapshotWriter, e: TransactionEvent): Slot {
  return trimNulls([
    w.str(e.userId),
    w.num(e.amount),
    w.choice(TRANSACTION_TYPES, e.type, 'type'),
    w.instant(e.occurredAt),
    w.nstr(e.channel),
    w.nstr(e.deviceId),
    w.nstr(e.sessionId),
    w.nstr(e.ip),
    w.nstr(e.email),
    w.nstr(e.phone),
    w.nstr(e.country),
    writeRecipient(w, e.recipient),
    e.originalAmount === undefined ? null : w.num(e.originalAmount),
    // Absent and null differ here: `false` stands for an explicit null.
    e.currency === undefined ? null : e.currency === null ? false : w.str(e.currency),
  ]);
}

function readTransaction(r: SnapshotReader, v: unknown): TransactionEvent {
  const s = r.arr(v, 'event');
  const userId = r.str(s[0], 'userId');
  const amount = r.num(s[1], 'amount');
  const type = r.choice(TRANSACTION_TYPES, s[2], 'type');
  const occurredAt = r.instant(s[3], 'occurredAt');
  const event: TransactionEvent = {
    userId,
    amount,
    type,
    channel: r.nstr(s[4], 'channel'),
    occurredAt,
    deviceId: r.nstr(s[5], 'deviceId'),
    sessionId: r.nstr(s[6], 'sessionId'),
    ip: r.nstr(s[7], 'ip'),
    email: r.nstr(s[8], 'email'),
    phone: r.nstr(s[9], 'phone'),
    recipient: null,
    country: r.nstr(s[10], 'country'),
  };
  const recipient = r.narr(s[11], 'recipient');
  if (recipient) {
    event.recipient = {
      type: r.choice(RECIPIENT_TYPES, recipient[0], 'recipient.type'),
      value: r.str(recipient[1], 'recipient.value'),
      country: r.nstr(recipient[2], 'recipient.country'),
    };
  }
  if (s[12] !== undefined && s[12] !== null) event.originalAmount = r.num(s[12], 'originalAmount');
  if (s[13] === false) event.currency = null;
  else if (s[13] !== undefined && s[13] !== null) event.currency = r.str(s[13], 'currency');
  return event;
}

/** The hour histogram from its first to its last non-zero hour: [first hour, ...counts]. */
function writeHistogram(w: SnapshotWriter, hours: readonly number[]): Slot {
  let first = 0;
  while (first < hours.length && hours[first] === 0) first += 1;
  let end = hours.length;
  while (end > first && hours[end - 1] === 0) end -= 1;
  if (first === end) return hours.length === HOURS ? [] : [hours.length];
  return [first, ...hours.slice(first, end).map((h) => w.num(h))];
}

function readHistogram(r: SnapshotReader, v: unknown): number[] {
  const s = r.arr(v, 'hourHistogram');
  if (s.length === 1) {
    return new Array<number>(r.index(s[0], MAX_HOURS, 'hourHistogram.length')).fill(0);
  }
  const hours = new Array<number>(HOURS).fill(0);
  const first = s.length === 0 ? 0 : r.index(s[0], MAX_HOURS, 'hourHistogram.first');
  if (first + s.length - 1 > MAX_HOURS) r.fail('hourHistogram', `at most ${MAX_HOURS} hours`, s);
  for (let i = 1; i < s.length; i += 1) hours[first + i - 1] = r.num(s[i], 'hourHistogram');
  return hours;
}

function writeCustomer(w: SnapshotWriter, c: CustomerSnapshot | null): Slot {
  if (c === null) return null;
  const { stats } = c;
  return trimNulls([
    w.num(stats.count),
    w.num(stats.mean),
    w.num(stats.m2),
    w.num(stats.max),
    w.num(stats.total),
    w.num(c.fraudCount),
    writeHistogram(w, c.hourHistogram),
    w.ndate(c.firstSeenAt),
    w.ndate(c.lastSeenAt),
    w.ndate(c.accountOpenedAt),
    w.nstr(c.country),
  ]);
}

function readCustomer(r: SnapshotReader, v: unknown): CustomerSnapshot | null {
  const s = r.narr(v, 'customer');
  if (s === null) return null;
  return {
    stats: {
      count: r.num(s[0], 'stats.count'),
      mean: r.num(s[1], 'stats.mean'),
      m2: r.num(s[2], 'stats.m2'),
      max: r.num(s[3], 'stats.max'),
      total: r.num(s[4], 'stats.total'),
    },
    fraudCount: r.num(s[5], 'customer.fraudCount'),
    hourHistogram: readHistogram(r, s[6]),
    firstSeenAt: r.ndate(s[7], 'customer.firstSeenAt'),
    lastSeenAt: r.ndate(s[8], 'customer.lastSeenAt'),
    accountOpenedAt: r.ndate(s[9], 'customer.accountOpenedAt'),
    country: r.nstr(s[10], 'customer.country'),
  };
}

function writeWindow(w: SnapshotWriter, x: Window | null): Slot {
  return x && [w.num(x.count1h), w.num(x.sum1h), w.num(x.count24h), w.num(x.sum24h)];
}

function readWindow(r: SnapshotReader, v: unknown, field: string): Window | null {
  const s = r.narr(v, field);
  if (s === null) return null;
  return {
    count1h: r.num(s[0], field),
    sum1h: r.num(s[1], field),
    count24h: r.num(s[2], field),
    sum24h: r.num(s[3], field),
  };
}

function writeVelocity(w: SnapshotWriter, v: ScoringContext['velocity']): Slot {
  const { user } = v;
  return trimNulls([
    w.num(user.count1h),
    w.num(user.sum1h),
    w.num(user.count24h),
    w.num(user.sum24h),
    w.num(user.smallCount10m),
    w.nnum(user.secondsSinceLast),
    writeWindow(w, v.device),
    writeWindow(w, v.ip),
    writeWindow(w, v.recipient),
    // Last: usually null, then it costs nothing.
    w.nstr(user.previousSessionDevice),
  ]);
}

function readVelocity(r: SnapshotReader, v: unknown): ScoringContext['velocity'] {
  const s = r.arr(v, 'velocity');
  const velocity: ScoringContext['velocity'] = {
    user: {
      count1h: r.num(s[0], 'velocity.user'),
      sum1h: r.num(s[1], 'velocity.user'),
      count24h: r.num(s[2], 'velocity.user'),
      sum24h: r.num(s[3], 'velocity.user'),
      smallCount10m: r.num(s[4], 'velocity.user.smallCount10m'),
      secondsSinceLast: r.nnum(s[5], 'velocity.user.secondsSinceLast'),
      previousSessionDevice: null,
    },
    device: readWindow(r, s[6], 'velocity.device'),
    ip: readWindow(r, s[7], 'velocity.ip'),
    recipient: readWindow(r, s[8], 'velocity.recipient'),
  };
  velocity.user.previousSessionDevice = r.nstr(s[9], 'velocity.user.previousSessionDevice');
  return velocity;
}

function writeHistory(w: SnapshotWriter, h: HistoryWindow | null): Slot {
  if (h === null) return null;
  const { count7d, sum7d, count30d, sum30d, fraud30d, reports7d } = h;
  return [count7d, sum7d, count30d, sum30d, fraud30d, reports7d].map((x) => w.num(x));
}

function readHistory(r: SnapshotReader, v: unknown, field: string): HistoryWindow | null {
  const s = r.narr(v, field);
  if (s === null) return null;
  return {
    count7d: r.num(s[0], field),
    sum7d: r.num(s[1], field),
    count30d: r.num(s[2], field),
    sum30d: r.num(s[3], field),
    fraud30d: r.num(s[4], field),
    reports7d: r.num(s[5], field),
  };
}

function writeRecipientContext(w: SnapshotWriter, c: ScoringContext['recipient']): Slot {
  if (c === null) return null;
  return trimNulls([
    w.bool(c.isKnown),
    w.num(c.timesSent),
    w.num(c.fanIn24h),
    w.num(c.priorFraudCount),
    w.ndate(c.firstSentAt),
    w.ndate(c.lastSentAt),
  ]);
}

function readRecipientContext(r: SnapshotReader, v: unknown): ScoringContext['recipient'] {
  const s = r.narr(v, 'recipient');
  if (s === null) return null;
  return {
    isKnown: r.bool(s[0], 'recipient.isKnown'),
    timesSent: r.num(s[1], 'recipient.timesSent'),
    fanIn24h: r.num(s[2], 'recipient.fanIn24h'),
    priorFraudCount: r.num(s[3], 'recipient.priorFraudCount'),
    firstSentAt: r.ndate(s[4], 'recipient.firstSentAt'),
    lastSentAt: r.ndate(s[5], 'recipient.lastSentAt'),
  };
}

/** The acting model's verdict; absent and null differ: 0 stands for null. */
function writeModel(w: SnapshotWriter, m: ModelOutput | null | undefined): Slot {
  if (m === undefined) return null;
  return m === null ? 0 : [w.num(m.version), w.bool(m.shadow), w.num(m.probability)];
}

function readModel(r: SnapshotReader, v: unknown): ModelOutput | null {
  if (v === 0) return null;
  const s = r.arr(v, 'model');
  return {
    version: r.num(s[0], 'model.version'),
    shadow: r.bool(s[1], 'model.shadow'),
    probability: r.num(s[2], 'model.probability'),
    contributions: [],
  };
}

function writeContext(w: SnapshotWriter, c: ScoringContext): Slot {
  const { linkage, geo } = c;
  return trimNulls([
    writeCustomer(w, c.customer),
    writeVelocity(w, c.velocity),
    trimNulls([writeHistory(w, c.history.user), writeHistory(w, c.history.recipient)]),
    [linkage.usersPerDevice, linkage.usersPerIp, linkage.usersPerEmail, linkage.usersPerPhone].map(
      (x) => w.num(x),
    ),
    w.nbool(c.deviceKnown),
    w.bool(c.reputation.torExit),
    w.bool(c.reputation.hostingAsn),
    writeRecipientContext(w, c.recipient),
    trimNulls([w.nstr(geo.ipCountry), w.nnum(geo.distanceKm), w.nnum(geo.speedKmh)]),
    writeModel(w, c.model),
    writeListMatches(w, c.listMatches),
  ]);
}

function readContext(r: SnapshotReader, v: unknown): ScoringContext {
  const s = r.arr(v, 'context');
  const customer = readCustomer(r, s[0]);
  const velocity = readVelocity(r, s[1]);
  const history = r.arr(s[2], 'history');
  const userHistory = readHistory(r, history[0], 'history.user');
  const linkage = r.arr(s[3], 'linkage');
  const ctx: ScoringContext = {
    customer,
    velocity,
    history: {
      user: userHistory ?? r.fail('history.user', 'an array', history[0]),
      recipient: readHistory(r, history[1], 'history.recipient'),
    },
    linkage: {
      usersPerDevice: r.num(linkage[0], 'linkage'),
      usersPerIp: r.num(linkage[1], 'linkage'),
      usersPerEmail: r.num(linkage[2], 'linkage'),
      usersPerPhone: r.num(linkage[3], 'linkage'),
    },
    deviceKnown: r.nbool(s[4], 'deviceKnown'),
    recipient: null,
    geo: { ipCountry: null, distanceKm: null, speedKmh: null },
    listMatches: [],
    reputation: { torExit: r.bool(s[5], 'torExit'), hostingAsn: r.bool(s[6], 'hostingAsn') },
  };
  ctx.recipient = readRecipientContext(r, s[7]);
  const geo = r.arr(s[8], 'geo');
  ctx.geo = {
    ipCountry: r.nstr(geo[0], 'geo.ipCountry'),
    distanceKm: r.nnum(geo[1], 'geo.distanceKm'),
    speedKmh: r.nnum(geo[2], 'geo.speedKmh'),
  };
  if (s[9] !== undefined && s[9] !== null) ctx.model = readModel(r, s[9]);
  ctx.listMatches = readListMatches(r, s[10]);
  return ctx;
}

/**
 * A transaction and the context it was scored with, as a compact JSON-able value:
 * `[version, event, context]`. Pass the context the decision read, acting model included.
 */
export function encodeTransactionSnapshot(event: TransactionEvent, ctx: ScoringContext): unknown {
  const w = new SnapshotWriter(event.occurredAt);
  const encodedEvent = writeTransaction(w, event);
  return [TRANSACTION_SNAPSHOT_VERSION, encodedEvent, writeContext(w, ctx)];
}

/**
 * The inverse of encodeTransactionSnapshot, also after a JSON round trip (the model's
 * contributions come back empty). Throws an Error naming the field on an unknown version or a
 * malformed value.
 */
export function decodeTransactionSnapshot(value: unknown): {
  event: TransactionEvent;
  ctx: ScoringContext;
} {
  const r = new SnapshotReader('transaction');
  const s = r.version(value, TRANSACTION_SNAPSHOT_VERSION);
  const event = readTransaction(r, s[1]);
  return { event, ctx: readContext(r, s[2]) };
}

export {
  ACCOUNT_SNAPSHOT_VERSION,
  decodeAccountSnapshot,
  encodeAccountSnapshot,
} from './snapshot-account.js';

import { createReadStream, existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { ulbTransaction } from '../bench/dataset.js';

/**
 * The data sets `warden replay` reads, as one stream of events in event-time order. Each reader
 * streams its file (gunzipped when the name ends in .gz) and stops at `limit` events.
 */

export const FORMATS = ['ulb', 'ecom', 'warden'] as const;
export type Format = (typeof FORMATS)[number];

/** A data file that cannot be replayed: `warden replay` exits 2 with this message. */
export class DataFileError extends Error {}

export type ReplayEvent =
  | {
      kind: 'transaction';
      /** A TransactionInput with `occurredAt` as a Date, as the GraphQL scalar hands it over. */
      input: Record<string, unknown> & { reference: string; userId: string };
      at: number;
      fraud: boolean;
      /** Line of the file the event comes from. */
      line: number;
    }
  | {
      kind: 'account-event';
      input: Record<string, unknown> & { externalUserId: string; type: string };
      at: number;
      fraud: boolean;
      line: number;
    };

/** How far the reader got: compressed bytes read of `size`, for progress and ETA. */
export interface ReadProgress {
  bytesRead: number;
  size: number;
  /** Number of events when known in advance (a buffered file), else null. */
  total: number | null;
}

interface Lines {
  lines: AsyncIterable<string>;
  close(): void;
}

function openLines(file: string, progress: ReadProgress): Lines {
  if (!existsSync(file)) throw new DataFileError(`${file}: no such file`);
  progress.size = statSync(file).size;
  const raw = createReadStream(file);
  raw.on('data', (chunk) => (progress.bytesRead += chunk.length));
  const input: Readable = file.endsWith('.gz') ? raw.pipe(createGunzip()) : raw;
  const fail = (error: Error) => {
    throw new DataFileError(`${file}: cannot read (${error.message})`);
  };
  const lines = createInterface({ input, crlfDelay: Infinity });
  async function* wrapped() {
    try {
      for await (const line of lines) yield line;
    } catch (error) {
      fail(error as Error);
    }
  }
  return {
    lines: wrapped(),
    close: () => {
      lines.close();
      raw.destroy();
    },
  };
}

/** Column positions by name; a missing column is named in the error. */
function columnsOf(file: string, header: string | undefined, needed: readonly string[]) {
  const names = (header ?? '').trim().split(',');
  const at = new Map(names.map((n, i) => [n.trim(), i]));
  const missing = needed.filter((n) => !at.has(n));
  if (missing.length) {
    throw new DataFileError(
      `${file}: missing column${missing.length > 1 ? 's' : ''} ${missing.join(', ')} in the header line`,
    );
  }
  return (name: string) => at.get(name)!;
}

function lineError(file: string, line: number, problem: string): DataFileError {
  return new DataFileError(`${file}, line ${line}: ${problem}`);
}

const ULB_COLUMNS = [
  'TRANSACTION_ID',
  'TX_DATETIME',
  'CUSTOMER_ID',
  'TERMINAL_ID',
  'TX_AMOUNT',
  'TX_FRAUD',
] as const;

/** The smallest amount scoring accepts; the ULB data set has a few zero-euro payments. */
const MIN_AMOUNT = 0.01;

async function* readUlbEvents(
  file: string,
  progress: ReadProgress,
): AsyncGenerator<ReplayEvent, void, undefined> {
  const { lines, close } = openLines(file, progress);
  try {
    let col: ((name: string) => number) | null = null;
    let n = 0;
    for await (const line of lines) {
      n++;
      if (!col) {
        col = columnsOf(file, line, ULB_COLUMNS);
        continue;
      }
      if (!line.trim()) continue;
      const f = line.split(',');
      const get = (name: string) => f[col!(name)]?.trim() ?? '';
      const occurredAt = new Date(`${get('TX_DATETIME').replace(' ', 'T')}Z`);
      const amount = Number(get('TX_AMOUNT'));
      const fraud = get('TX_FRAUD');
      const problems = [
        ...(Number.isNaN(occurredAt.getTime()) ? ['TX_DATETIME is not a date-time'] : []),
        ...(get('TX_AMOUNT') === '' || !Number.isFinite(amount)
          ? ['TX_AMOUNT is not a number']
          : []),
        ...(fraud !== '0' && fraud !== '1' ? ['TX_FRAUD is not 0 or 1'] : []),
        ...(!get('TRANSACTION_ID') || !get('CUSTOMER_ID') || !get('TERMINAL_ID')
          ? ['TRANSACTION_ID, CUSTOMER_ID and TERMINAL_ID must not be empty']
          : []),
      ];
      if (problems.length) throw lineError(file, n, problems.join('; '));
      const input = ulbTransaction({
        reference: get('TRANSACTION_ID'),
        occurredAt,
        customer: get('CUSTOMER_ID'),
        terminal: get('TERMINAL_ID'),
        amount: Math.max(MIN_AMOUNT, Math.round(amount * 100) / 100),
        fraud: fraud === '1',
      });
      yield {
        kind: 'transaction',
        input: { ...input, reference: input.reference!, occurredAt },
        at: occurredAt.getTime(),
        fraud: fraud === '1',
        line: n,
      };
    }
    if (!col) throw new DataFileError(`${file}: empty file (no header line)`);
  } finally {
    close();
  }
}

/** `1/1/2015 0:12` (month/day/year, UTC). */
function ecomTime(text: string): Date | null {
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4}) (\d{1,2}):(\d{2})(?::(\d{2}))?$/.exec(text.trim());
  if (!m) return null;
  const [, mo, d, y, h, mi, s] = m;
  const date = new Date(Date.UTC(+y!, +mo! - 1, +d!, +h!, +mi!, s ? +s : 0));
  return Number.isNaN(date.getTime()) ? null : date;
}

function ipv4Of(value: number): string {
  return [24, 16, 8, 0].map((shift) => (value >>> shift) & 255).join('.');
}

/** Names ip_country.csv.gz spells differently from the English region names of Intl. */
const COUNTRY_ALIASES: Record<string, string> = {
  'russian federation': 'RU',
  'czech republic': 'CZ',
  'korea republic of': 'KR',
  turkey: 'TR',
  'hong kong': 'HK',
  'iran (islamic republic of)': 'IR',
  'taiwan; republic of china (roc)': 'TW',
  'slovakia (slovak republic)': 'SK',
  'viet nam': 'VN',
  'croatia (local name: hrvatska)': 'HR',
  'moldova republic of': 'MD',
  'bosnia and herzegowina': 'BA',
  'tanzania united republic of': 'TZ',
  'palestinian territory occupied': 'PS',
  macedonia: 'MK',
  'syrian arab republic': 'SY',
  'congo the democratic republic of the': 'CD',
  congo: 'CG',
  "cote d'ivoire": 'CI',
  'virgin islands (british)': 'VG',
  'virgin islands (u.s.)': 'VI',
  'libyan arab jamahiriya': 'LY',
  macau: 'MO',
  'brunei darussalam': 'BN',
  swaziland: 'SZ',
  "lao people's democratic republic": 'LA',
  myanmar: 'MM',
  'micronesia federated states of': 'FM',
};

/** Lower case, no accents, `&` and `St.` spelled out: how names are compared. */
function countryKey(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, 'and')
    .replace(/\bst\. /g, 'saint ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Country names (as ip_country.csv.gz spells them, by {@link countryKey}) to ISO 3166-1 codes. */
function countryCodes(): Map<string, string> {
  const names = new Intl.DisplayNames(['en'], { type: 'region' });
  const codes = new Map<string, string>(Object.entries(COUNTRY_ALIASES));
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  for (const a of letters)
    for (const b of letters) {
      const code = a + b;
      const name = names.of(code);
      if (name && name !== code && !codes.has(countryKey(name))) codes.set(countryKey(name), code);
    }
  return codes;
}

/** IPv4 integer ranges to countries, for binary search. */
interface IpCountries {
  lower: Float64Array;
  upper: Float64Array;
  country: string[];
}

async function readIpCountries(file: string): Promise<IpCountries> {
  const lower: number[] = [];
  const upper: number[] = [];
  const country: string[] = [];
  const { lines, close } = openLines(file, { bytesRead: 0, size: 0, total: null });
  try {
    let col: ((name: string) => number) | null = null;
    let n = 0;
    for await (const line of lines) {
      n++;
      if (!col) {
        col = columnsOf(file, line, [
          'lower_bound_ip_address',
          'upper_bound_ip_address',
          'country',
        ]);
        continue;
      }
      if (!line.trim()) continue;
      const f = line.split(',');
      const lo = Number(f[col('lower_bound_ip_address')]);
      const hi = Number(f[col('upper_bound_ip_address')]);
      if (!Number.isFinite(lo) || !Number.isFinite(hi))
        throw lineError(file, n, 'IP bounds are not numbers');
      lower.push(lo);
      upper.push(hi);
      // Names with commas are quoted in some copies; keep the text after the bounds.
      country.push(f.slice(col('country')).join(',').replace(/^"|"$/g, '').trim());
    }
  } finally {
    close();
  }
  const order = lower.map((_, i) => i).sort((a, b) => lower[a]! - lower[b]!);
  return {
    lower: Float64Array.from(order.map((i) => lower[i]!)),
    upper: Float64Array.from(order.map((i) => upper[i]!)),
    country: order.map((i) => country[i]!),
  };
}

function countryOf(table: IpCountries, ip: number): string | null {
  let lo = 0;
  let hi = table.lower.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (table.lower[mid]! > ip) hi = mid - 1;
    else if (table.upper[mid]! < ip) lo = mid + 1;
    else return table.country[mid]!;
  }
  return null;
}

const ECOM_COLUMNS = [
  'user_id',
  'signup_time',
  'purchase_time',
  'purchase_value',
  'device_id',
  'ip_address',
  'class',
] as const;

/**
 * The e-commerce signups: each row is a SIGNUP account event then a purchase. The file is not in
 * time order, so its events are read whole and sorted (15,094 rows: a few MB).
 */
async function* readEcomEvents(
  file: string,
  progress: ReadProgress,
): AsyncGenerator<ReplayEvent, void, undefined> {
  const ipFile = path.join(path.dirname(file), 'ip_country.csv.gz');
  const ips = existsSync(ipFile) ? await readIpCountries(ipFile) : null;
  const codes = ips ? countryCodes() : null;
  const events: ReplayEvent[] = [];
  const { lines, close } = openLines(file, progress);
  try {
    let col: ((name: string) => number) | null = null;
    let n = 0;
    for await (const line of lines) {
      n++;
      if (!col) {
        col = columnsOf(file, line, ECOM_COLUMNS);
        continue;
      }
      if (!line.trim()) continue;
      const f = line.split(',');
      const get = (name: string) => f[col!(name)]?.trim() ?? '';
      const signup = ecomTime(get('signup_time'));
      const purchase = ecomTime(get('purchase_time'));
      const value = Number(get('purchase_value'));
      const ipNumber = Math.floor(Number(get('ip_address')));
      const label = get('class');
      const problems = [
        ...(!get('user_id') ? ['user_id is empty'] : []),
        ...(!signup ? ['signup_time is not a date like 1/31/2015 13:05'] : []),
        ...(!purchase ? ['purchase_time is not a date like 1/31/2015 13:05'] : []),
        ...(get('purchase_value') === '' || !Number.isFinite(value) || value <= 0
          ? ['purchase_value is not a positive number']
          : []),
        ...(get('ip_address') === '' ||
        !Number.isFinite(ipNumber) ||
        ipNumber < 0 ||
        ipNumber > 0xffffffff
          ? ['ip_address is not an IPv4 integer']
          : []),
        ...(label !== '0' && label !== '1' ? ['class is not 0 or 1'] : []),
      ];
      if (problems.length) throw lineError(file, n, problems.join('; '));
      const userId = get('user_id');
      const fraud = label === '1';
      const ip = ipv4Of(ipNumber);
      const countryName = ips ? countryOf(ips, ipNumber) : null;
      const country = countryName ? (codes!.get(countryKey(countryName)) ?? null) : null;
      const device = get('device_id') || null;
      events.push({
        kind: 'account-event',
        input: {
          type: 'SIGNUP',
          externalUserId: userId,
          ip,
          occurredAt: signup!,
          ...(device ? { device: { clientFingerprint: device } } : {}),
          ...(countryName ? { metadata: { ipCountry: countryName } } : {}),
        },
        at: signup!.getTime(),
        fraud,
        line: n,
      });
      events.push({
        kind: 'transaction',
        input: {
          userId,
          amount: value,
          currency: 'USD',
          type: 'CARD_PAYMENT',
          channel: 'web',
          occurredAt: purchase!,
          reference: `ecom-${userId}`,
          ip,
          ...(device ? { device: { id: device } } : {}),
          ...(country ? { location: { country } } : {}),
        },
        at: purchase!.getTime(),
        fraud,
        line: n,
      });
    }
    if (!col) throw new DataFileError(`${file}: empty file (no header line)`);
  } finally {
    close();
  }
  // Stable: a signup and its purchase in the same minute stay in that order.
  events.sort((a, b) => a.at - b.at);
  progress.total = events.length;
  yield* events;
}

/** `warden` format: JSON lines `{ "kind": "transaction" | "account-event", "input": …, "fraud" }`. */
async function* readWardenEvents(
  file: string,
  progress: ReadProgress,
): AsyncGenerator<ReplayEvent, void, undefined> {
  const { lines, close } = openLines(file, progress);
  try {
    let n = 0;
    for await (const line of lines) {
      n++;
      if (!line.trim()) continue;
      let value: unknown;
      try {
        value = JSON.parse(line);
      } catch (error) {
        throw lineError(file, n, `not JSON (${(error as Error).message})`);
      }
      const obj = value as { kind?: unknown; input?: unknown; fraud?: unknown };
      if (!obj || typeof obj !== 'object' || Array.isArray(obj))
        throw lineError(file, n, 'not a JSON object');
      if (obj.kind !== 'transaction' && obj.kind !== 'account-event')
        throw lineError(file, n, 'kind must be "transaction" or "account-event"');
      if (!obj.input || typeof obj.input !== 'object' || Array.isArray(obj.input))
        throw lineError(file, n, 'input must be an object');
      if (obj.fraud !== undefined && typeof obj.fraud !== 'boolean')
        throw lineError(file, n, 'fraud must be true or false');
      const input = { ...(obj.input as Record<string, unknown>) };
      const occurredAt = new Date(String(input.occurredAt ?? ''));
      if (typeof input.occurredAt !== 'string' || Number.isNaN(occurredAt.getTime()))
        throw lineError(file, n, 'input.occurredAt must be an ISO date-time');
      input.occurredAt = occurredAt;
      const fraud = obj.fraud === true;
      if (obj.kind === 'transaction') {
        if (typeof input.userId !== 'string') throw lineError(file, n, 'input.userId is required');
        if (input.reference == null) input.reference = `line-${n}`;
        if (typeof input.reference !== 'string')
          throw lineError(file, n, 'input.reference must be a string');
        yield {
          kind: 'transaction',
          input: input as ReplayEvent['input'] & { reference: string; userId: string },
          at: occurredAt.getTime(),
          fraud,
          line: n,
        };
      } else {
        if (typeof input.externalUserId !== 'string' || typeof input.type !== 'string')
          throw lineError(file, n, 'input.externalUserId and input.type are required');
        yield {
          kind: 'account-event',
          input: input as ReplayEvent['input'] & { externalUserId: string; type: string },
          at: occurredAt.getTime(),
          fraud,
          line: n,
        };
      }
    }
  } finally {
    close();
  }
}

/**
 * The events of `file` in file order, checked to be in event-time order (a replay that went back
 * in time would let earlier events see later ones). Stops after `limit` events.
 */
export async function* readEvents(
  format: Format,
  file: string,
  limit: number,
  progress: ReadProgress,
): AsyncGenerator<ReplayEvent, void, undefined> {
  const source =
    format === 'ulb'
      ? readUlbEvents(file, progress)
      : format === 'ecom'
        ? readEcomEvents(file, progress)
        : readWardenEvents(file, progress);
  let count = 0;
  let last = -Infinity;
  for await (const event of source) {
    if (count >= limit) break;
    if (event.at < last) {
      throw new DataFileError(
        `${file}, line ${event.line}: the event (${new Date(event.at).toISOString()}) is earlier than the one before it; replay needs the events in time order`,
      );
    }
    last = event.at;
    count++;
    yield event;
  }
  if (progress.total !== null) progress.total = Math.min(progress.total, limit);
}

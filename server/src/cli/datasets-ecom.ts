import { existsSync } from 'node:fs';
import path from 'node:path';
import {
  columnsOf,
  csvRows,
  lineError,
  openLines,
  type ReadProgress,
  type ReplayEvent,
} from './data-files.js';

/**
 * The e-commerce signups data set for `warden replay --format ecom`: each row is a SIGNUP
 * account event, then a purchase, merged in time order; the IP's country from ip_country.csv.gz
 * next to the file when it is there.
 */

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
export async function* readEcomEvents(
  file: string,
  progress: ReadProgress,
): AsyncGenerator<ReplayEvent, void, undefined> {
  const ipFile = path.join(path.dirname(file), 'ip_country.csv.gz');
  const ips = existsSync(ipFile) ? await readIpCountries(ipFile) : null;
  const codes = ips ? countryCodes() : null;
  const events: ReplayEvent[] = [];
  for await (const { n, get } of csvRows(file, progress, ECOM_COLUMNS)) {
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
  // Stable: a signup and its purchase in the same minute stay in that order.
  events.sort((a, b) => a.at - b.at);
  progress.total = events.length;
  yield* events;
}

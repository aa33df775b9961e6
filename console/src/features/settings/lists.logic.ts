/**
 * Allow, deny and watch list entries: the form's checks (a light mirror of the server's
 * normalization, which has the last word), expiry dates and the URL filter. Pure.
 */
import { formatDateTime } from '../../lib/format';

/** The lists an entry can be on (ListName in the schema). */
export const LIST_NAMES = ['ALLOW', 'DENY', 'WATCH'] as const;
export type ListName = (typeof LIST_NAMES)[number];

/** What an entry matches (ListKind in the schema), most used first. */
export const LIST_KINDS = [
  'USER',
  'EMAIL',
  'EMAIL_DOMAIN',
  'PHONE',
  'IP',
  'CIDR',
  'COUNTRY',
  'DEVICE',
  'RECIPIENT',
] as const;
export type ListKind = (typeof LIST_KINDS)[number];

/** What being on each list does, for the list picker's hint. */
export const LIST_TEXT: Record<ListName, string> = {
  ALLOW: 'Allow: what matches is allowed',
  DENY: 'Deny: what matches is blocked',
  WATCH: 'Watch: what matches adds risk',
};

/** An example per kind, shown as the value's placeholder. */
export const LIST_KIND_EXAMPLES: Record<ListKind, string> = {
  USER: 'customer-1234',
  EMAIL: 'someone@example.com',
  EMAIL_DOMAIN: 'example.com',
  PHONE: '+212612345678',
  IP: '203.0.113.7',
  CIDR: '203.0.113.0/24',
  COUNTRY: 'FR',
  DEVICE: 'device or fingerprint id',
  RECIPIENT: 'IBAN, account, e-mail or +phone',
};

/** The server's limits. */
export const MAX_VALUE = 300;
export const MAX_REASON = 2000;

/** What the add-entry form holds. */
export interface ListEntryDraft {
  list: ListName;
  kind: ListKind;
  value: string;
  /** `YYYY-MM-DD` from a date input, or empty for no expiry. */
  expiresOn: string;
  reason: string;
}

export const EMPTY_ENTRY: ListEntryDraft = {
  list: 'DENY',
  kind: 'EMAIL',
  value: '',
  expiresOn: '',
  reason: '',
};

const IPV4 = /^(25[0-5]|2[0-4]\d|1?\d?\d)(\.(25[0-5]|2[0-4]\d|1?\d?\d)){3}$/;
const IPV6 = /^[0-9a-f:.]+$/i;

function isIp(value: string): 4 | 6 | null {
  if (IPV4.test(value)) return 4;
  if (value.includes(':') && IPV6.test(value) && value.split(':').length >= 3) return 6;
  return null;
}

/** Why a value cannot name an entry of this kind, or null. */
export function valueProblem(kind: ListKind, raw: string): string | null {
  const value = raw.trim();
  if (value === '') return 'Enter a value.';
  if (value.length > MAX_VALUE) return `At most ${MAX_VALUE} characters.`;
  switch (kind) {
    case 'EMAIL':
      return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value) ? null : 'Enter an e-mail address.';
    case 'EMAIL_DOMAIN':
      return /^[a-z0-9.-]+\.[a-z]{2,}$/i.test(value)
        ? null
        : 'Enter a domain without the @, e.g. example.com.';
    case 'PHONE':
      return /^\+\d[\d\s().-]{5,}$/.test(value)
        ? null
        : 'Enter the number in international format, starting with +.';
    case 'IP':
      return isIp(value) ? null : 'Enter an IPv4 or IPv6 address.';
    case 'CIDR': {
      const [address = '', bits = '', ...rest] = value.split('/');
      const version = isIp(address);
      const ok =
        rest.length === 0 &&
        version !== null &&
        /^\d{1,3}$/.test(bits) &&
        Number(bits) <= (version === 4 ? 32 : 128);
      return ok ? null : 'Enter a network as address/bits, e.g. 203.0.113.0/24.';
    }
    case 'COUNTRY':
      return /^[a-z]{2}$/i.test(value) ? null : 'Enter a two-letter country code, e.g. FR.';
    default:
      return null;
  }
}

/** The instant a date input's day ends in the browser's time zone, as ISO 8601. */
export function expiryToIso(date: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return null;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const end = new Date(y, m - 1, d, 23, 59, 59, 999);
  // Rejects rolled-over dates such as 2026-02-31.
  return end.getMonth() === m - 1 && end.getDate() === d ? end.toISOString() : null;
}

/** Today in the browser's time zone as `YYYY-MM-DD`: the earliest expiry a date input offers. */
export function localDate(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export type ListEntryProblems = Partial<Record<'value' | 'expiresOn' | 'reason', string>>;

/** What stops a draft from being added (`now` decides whether the expiry is past). */
export function listEntryProblems(draft: ListEntryDraft, now: Date): ListEntryProblems {
  const problems: ListEntryProblems = {};
  const value = valueProblem(draft.kind, draft.value);
  if (value) problems.value = value;
  if (draft.expiresOn !== '') {
    const iso = expiryToIso(draft.expiresOn);
    if (iso === null) problems.expiresOn = 'Enter a date.';
    else if (Date.parse(iso) <= now.getTime()) problems.expiresOn = 'Choose today or a later day.';
  }
  if (draft.reason.trim().length > MAX_REASON)
    problems.reason = `At most ${MAX_REASON.toLocaleString('en-GB')} characters.`;
  return problems;
}

/** The ListEntryInput for a valid draft. */
export function listEntryInput(draft: ListEntryDraft): {
  list: ListName;
  kind: ListKind;
  value: string;
  expiresAt: string | null;
  reason: string | null;
} {
  return {
    list: draft.list,
    kind: draft.kind,
    value: draft.value.trim(),
    expiresAt: draft.expiresOn ? expiryToIso(draft.expiresOn) : null,
    reason: draft.reason.trim() || null,
  };
}

/** "Never", "Expired", or when the entry stops matching. */
export function formatExpiry(iso: string | null, now: number): string {
  if (!iso) return 'Never';
  return Date.parse(iso) <= now ? 'Expired' : formatDateTime(iso);
}

/** Which entries the table shows; null means any. */
export interface ListFilter {
  list: ListName | null;
  kind: ListKind | null;
}

/** The list filter from the URL (`?list=DENY&kind=EMAIL`); unknown values are ignored. */
export function listFilterFromSearch(params: URLSearchParams): ListFilter {
  const list = params.get('list');
  const kind = params.get('kind');
  return {
    list: (LIST_NAMES as readonly string[]).includes(list ?? '') ? (list as ListName) : null,
    kind: (LIST_KINDS as readonly string[]).includes(kind ?? '') ? (kind as ListKind) : null,
  };
}

/** The URL parameters for a filter, keeping any others already there. */
export function listFilterToSearch(filter: ListFilter, params: URLSearchParams): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const key of ['list', 'kind'] as const) {
    const value = filter[key];
    if (value) next.set(key, value);
    else next.delete(key);
  }
  return next;
}

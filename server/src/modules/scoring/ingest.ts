import { createHash } from 'node:crypto';
import { isIP } from 'node:net';
import { parsePhoneNumberFromString } from 'libphonenumber-js';
import { z } from 'zod';
import { BadUserInputError, type FieldProblem } from '../../domain/errors.js';
import { MAX_FREE_TEXT_LENGTH, MAX_IDENTIFIER_LENGTH } from '../../domain/strings.js';
import { parseInput, storableJson, storableString } from '../../domain/validation.js';
import {
  RECIPIENT_TYPES,
  TRANSACTION_TYPES,
  type RecipientType,
  type TransactionEvent,
  type TransactionType,
} from '../../engine/types.js';
import { isCurrency } from './currency.js';

/**
 * An identifier: at most 255 characters as sent, storable, no control or bidi-override
 * characters; trimmed, not empty. Every string of a transaction is checked here, not only by the
 * request guards: inside a batch they leave the items to this schema, so one bad item fails alone.
 */
export const id = (what = 'identifier') =>
  z
    .string()
    .max(MAX_IDENTIFIER_LENGTH, `${what} must be at most ${MAX_IDENTIFIER_LENGTH} characters`)
    .superRefine(storableString(Infinity, 'identifier'))
    .transform((v) => v.trim())
    .refine((v) => v.length > 0, 'must not be empty');

/** An optional identifier with its own (lower) bound, trimmed. */
const shortText = (max: number) =>
  z
    .string()
    .superRefine(storableString(max, 'identifier'))
    .transform((v) => v.trim());
const MAX_AMOUNT = 1e12;
export const EARLIEST = Date.parse('2000-01-01T00:00:00Z');
export const FUTURE_SLACK_MS = 5 * 60_000;

export function normalizePhone(value: string, ctx: z.RefinementCtx): string {
  const phone = parsePhoneNumberFromString(value);
  if (!phone || !phone.isPossible()) {
    ctx.addIssue({
      code: 'custom',
      message: 'must be a phone number in international format, e.g. +212612345678',
    });
    return z.NEVER;
  }
  return phone.number;
}

export function normalizeIp(value: string, ctx: z.RefinementCtx): string {
  const trimmed = value.trim().toLowerCase();
  const bare =
    trimmed.startsWith('::ffff:') && isIP(trimmed.slice(7)) === 4 ? trimmed.slice(7) : trimmed;
  // Zone ids (fe80::1%eth0) mean nothing off the host and PostgreSQL's inet refuses them.
  if (bare.includes('%') || isIP(bare) === 0) {
    ctx.addIssue({ code: 'custom', message: 'must be an IPv4 or IPv6 address' });
    return z.NEVER;
  }
  return bare;
}

const country = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 country code, e.g. MA');

export const email = z
  .string()
  .trim()
  .toLowerCase()
  .max(255, 'must be at most 255 characters')
  .email('must be an e-mail address');

function recipientValue(type: RecipientType, value: string, ctx: z.RefinementCtx): string {
  switch (type) {
    case 'PHONE': {
      const phone = parsePhoneNumberFromString(value);
      if (!phone || !phone.isPossible()) {
        ctx.addIssue({
          code: 'custom',
          path: ['value'],
          message: 'must be a phone number in international format for type PHONE',
        });
        return z.NEVER;
      }
      return phone.number;
    }
    case 'EMAIL': {
      const parsed = email.safeParse(value);
      if (!parsed.success) {
        ctx.addIssue({
          code: 'custom',
          message: 'must be an e-mail address for type EMAIL',
          path: ['value'],
        });
        return z.NEVER;
      }
      return parsed.data;
    }
    case 'IBAN':
    case 'CARD':
    case 'ACCOUNT':
      return value.replace(/[\s-]/g, '').toUpperCase();
    default:
      return value.trim();
  }
}

/** Built once: constructing zod schemas costs more than validating with them. */
export const transactionInputSchema = z.object({
  userId: id(),
  amount: z
    .number({ invalid_type_error: 'must be a number' })
    .refine(Number.isFinite, 'must be finite')
    .refine((v) => v > 0, 'must be greater than 0')
    .refine((v) => v <= MAX_AMOUNT, 'must be at most 10^12'),
  currency: z
    .string()
    .trim()
    .toUpperCase()
    .refine(isCurrency, 'must be an ISO 4217 currency code, e.g. EUR')
    .nullish(),
  type: z.enum(TRANSACTION_TYPES).nullish(),
  channel: shortText(64).nullish(),
  // The range (2000-01-01 .. now + 5 min) is checked in ingestTransaction, which knows `now`.
  occurredAt: z.date().nullish(),
  reference: id('reference').nullish(),
  device: z
    .object({
      id: id().nullish(),
      sessionId: id().nullish(),
      fingerprint: id().nullish(),
      userAgent: z.string().superRefine(storableString(MAX_FREE_TEXT_LENGTH, 'freeText')).nullish(),
    })
    .nullish(),
  ip: z.string().max(64, 'must be an IP address').transform(normalizeIp).nullish(),
  email: email.nullish(),
  phone: z
    .string()
    .max(32, 'must be a phone number')
    .superRefine(storableString(Infinity, 'identifier'))
    .transform(normalizePhone)
    .nullish(),
  recipient: z
    .object({
      type: z.enum(RECIPIENT_TYPES),
      value: id(),
      name: shortText(MAX_IDENTIFIER_LENGTH).nullish(),
      country: country.nullish(),
    })
    .transform((r, ctx) => ({ ...r, value: recipientValue(r.type, r.value, ctx) }))
    .nullish(),
  location: z
    .object({
      country: country.nullish(),
      latitude: z
        .number()
        .min(-90, 'must be from -90 to 90')
        .max(90, 'must be from -90 to 90')
        .nullish(),
      longitude: z
        .number()
        .min(-180, 'must be from -180 to 180')
        .max(180, 'must be from -180 to 180')
        .nullish(),
    })
    .refine(
      (l) => (l.latitude == null) === (l.longitude == null),
      'latitude and longitude go together',
    )
    .nullish(),
  metadata: z
    .record(z.unknown())
    .superRefine(storableJson)
    .refine((m) => JSON.stringify(m).length <= 8192, 'must be at most 8 KB of JSON')
    .nullish(),
});

export type TransactionInputData = z.input<typeof transactionInputSchema>;

/** A validated, normalized transaction ready for enrichment. */
export interface NormalizedTransaction {
  userId: string;
  amount: number;
  currency: string | null;
  type: TransactionType;
  channel: string | null;
  /** Event time: the given `occurredAt`, else the time of receipt (see `occurredAtGiven`). */
  occurredAt: Date;
  /** False when `occurredAt` was omitted: scoring then stamps the event once it holds the lock. */
  occurredAtGiven: boolean;
  reference: string | null;
  deviceId: string | null;
  sessionId: string | null;
  fingerprint: string | null;
  userAgent: string | null;
  ip: string | null;
  email: string | null;
  emailDomain: string | null;
  phone: string | null;
  recipient: {
    type: RecipientType;
    value: string;
    key: string;
    name: string | null;
    country: string | null;
  } | null;
  country: string | null;
  /** Where the event happened: the given location, else the IP's (set by enrichment). */
  latitude: number | null;
  longitude: number | null;
  locationSource: 'INPUT' | 'IP' | null;
  /** Country of the IP address per the offline database (set by enrichment). */
  ipCountry: string | null;
  ipCity: string | null;
  metadata: Record<string, unknown> | null;
  /** SHA-256 of the canonical form, to tell a retry from a different payload. */
  payloadHash: string;
  /** Echo of the normalized input, stored with the event. */
  input: Record<string, unknown>;
}

/**
 * Stage 1: validates every field (one BAD_USER_INPUT lists them all) and normalizes: currency
 * upper-case, phone E.164, e-mail lower-case, IP canonical, recipient values per type.
 * `occurredAt` defaults to `now`.
 */
export function ingestTransaction(raw: unknown, now: Date, root = 'input'): NormalizedTransaction {
  const timeProblems = checkEventTime(
    (raw as { occurredAt?: unknown } | null)?.occurredAt,
    now,
    root,
  );
  let v: z.output<typeof transactionInputSchema>;
  try {
    v = parseInput(transactionInputSchema, raw, root);
  } catch (error) {
    if (error instanceof BadUserInputError && timeProblems.length) {
      throw new BadUserInputError([...(error.details ?? []), ...timeProblems]);
    }
    throw error;
  }
  if (timeProblems.length) throw new BadUserInputError(timeProblems);
  const occurredAt = v.occurredAt ?? now;
  const deviceId = v.device?.id ?? v.device?.fingerprint ?? null;
  const recipient = v.recipient
    ? {
        type: v.recipient.type,
        value: v.recipient.value,
        key: `${v.recipient.type}:${v.recipient.value}`,
        name: v.recipient.name ?? null,
        country: v.recipient.country ?? null,
      }
    : null;
  const canonical = {
    userId: v.userId,
    amount: v.amount,
    currency: v.currency ?? null,
    type: v.type ?? 'OTHER',
    channel: v.channel ?? null,
    occurredAt: v.occurredAt ? occurredAt.toISOString() : null,
    reference: v.reference ?? null,
    device: v.device ?? null,
    ip: v.ip ?? null,
    email: v.email ?? null,
    phone: v.phone ?? null,
    recipient: v.recipient ?? null,
    location: v.location ?? null,
    metadata: v.metadata ?? null,
  };
  return {
    userId: v.userId,
    amount: v.amount,
    currency: v.currency ?? null,
    type: v.type ?? 'OTHER',
    channel: v.channel ?? null,
    occurredAt,
    occurredAtGiven: Boolean(v.occurredAt),
    reference: v.reference ?? null,
    deviceId,
    sessionId: v.device?.sessionId ?? null,
    fingerprint: v.device?.fingerprint ?? null,
    userAgent: v.device?.userAgent ?? null,
    ip: v.ip ?? null,
    email: v.email ?? null,
    emailDomain: v.email ? (v.email.split('@')[1] ?? null) : null,
    phone: v.phone ?? null,
    recipient,
    country: v.location?.country ?? null,
    latitude: v.location?.latitude ?? null,
    longitude: v.location?.longitude ?? null,
    locationSource: v.location?.latitude != null ? 'INPUT' : null,
    ipCountry: null,
    ipCity: null,
    metadata: v.metadata ?? null,
    payloadHash: createHash('sha256').update(stableStringify(canonical)).digest('hex'),
    input: { ...canonical, occurredAt: occurredAt.toISOString() },
  };
}

function checkEventTime(value: unknown, now: Date, root: string): FieldProblem[] {
  if (!(value instanceof Date)) return [];
  const field = `${root}.occurredAt`;
  if (value.getTime() < EARLIEST) return [{ field, message: 'must be on or after 2000-01-01' }];
  if (value.getTime() > now.getTime() + FUTURE_SLACK_MS) {
    return [{ field, message: 'must not be more than 5 minutes in the future' }];
  }
  return [];
}

/** JSON with sorted keys, so equal payloads hash equally whatever the key order. */
export function stableStringify(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(stableStringify).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : 1));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableStringify(v)}`).join(',')}}`;
}

/** The engine's view of a normalized transaction, with the amount in base currency. */
export function toEngineEvent(
  t: NormalizedTransaction,
  amountBase: number,
  currency: string,
): TransactionEvent {
  return {
    userId: t.userId,
    amount: amountBase,
    originalAmount: t.amount,
    currency,
    type: t.type,
    channel: t.channel,
    occurredAt: t.occurredAt,
    deviceId: t.deviceId,
    sessionId: t.sessionId,
    ip: t.ip,
    email: t.email,
    phone: t.phone,
    recipient: t.recipient
      ? { type: t.recipient.type, value: t.recipient.value, country: t.recipient.country }
      : null,
    country: t.country,
  };
}

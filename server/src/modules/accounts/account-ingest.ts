import { createRequire } from 'node:module';
import UAParser from 'ua-parser-js';
import { z } from 'zod';
import { BadUserInputError } from '../../domain/errors.js';
import { parseInput, storableString } from '../../domain/validation.js';
import {
  ACCOUNT_EVENT_TYPES,
  type AccountEvent,
  type BehaviorMeasures,
} from '../../engine/account/types.js';
import {
  EARLIEST,
  FUTURE_SLACK_MS,
  email,
  id,
  normalizeIp,
  normalizePhone,
} from '../scoring/ingest.js';

/** Strings of the browser payload: at most 1 KB each (issue "Signup and login risk"). */
const text = (max = 1024) => z.string().superRefine(storableString(max, 'freeText'));
const bounded = (min: number, max: number) =>
  z
    .number({ invalid_type_error: 'must be a number' })
    .finite()
    .min(min, `must be at least ${min}`)
    .max(max, `must be at most ${max}`);

/** Milliseconds since the epoch, as the browser's Date.now() gives them. */
const epochMs = bounded(EARLIEST, 4_102_444_800_000);

export const MAX_MOUSE_POINTS = 300;

const accountEventSchema = z.object({
  type: z.enum(ACCOUNT_EVENT_TYPES, {
    errorMap: () => ({ message: `must be one of ${ACCOUNT_EVENT_TYPES.join(', ')}` }),
  }),
  externalUserId: id('externalUserId'),
  email: email.nullish(),
  phone: z.string().trim().transform(normalizePhone).nullish(),
  ip: z.string().transform(normalizeIp).nullish(),
  occurredAt: z.date().nullish(),
  sessionId: id('sessionId').nullish(),
  device: z
    .object({
      userAgent: text().nullish(),
      screen: z
        .object({
          width: bounded(0, 100_000),
          height: bounded(0, 100_000),
          pixelRatio: bounded(0, 100).nullish(),
        })
        .nullish(),
      timezone: text(64).nullish(),
      language: text(64).nullish(),
      webglVendor: text(256).nullish(),
      webglRenderer: text(256).nullish(),
      hardwareConcurrency: bounded(0, 4096).int('must be a whole number').nullish(),
      deviceMemory: bounded(0, 4096).nullish(),
      platform: text(64).nullish(),
      clientFingerprint: id('clientFingerprint').nullish(),
    })
    .nullish(),
  behavior: z
    .object({
      formStartedAt: epochMs.nullish(),
      formSubmittedAt: epochMs.nullish(),
      mousePath: z
        .array(z.object({ x: bounded(-1e6, 1e6), y: bounded(-1e6, 1e6), t: bounded(0, 1e13) }))
        .max(MAX_MOUSE_POINTS, `at most ${MAX_MOUSE_POINTS} points`)
        .nullish(),
      keystrokeCount: bounded(0, 1e6).int('must be a whole number').nullish(),
      pasteCount: bounded(0, 1e6).int('must be a whole number').nullish(),
    })
    .nullish(),
  metadata: z
    .record(z.unknown())
    .refine((m) => JSON.stringify(m).length <= 4096, 'must be at most 4 KB of JSON')
    .nullish(),
});

export type AccountEventInputData = z.input<typeof accountEventSchema>;

export interface NormalizedAccountEvent {
  event: AccountEvent;
  occurredAtGiven: boolean;
  phone: string | null;
  sessionId: string | null;
  /** The input as validated (stored and shown back). */
  input: Record<string, unknown>;
  /** What was derived, for `derivedSignals`. */
  derived: Record<string, unknown>;
}

const HEADLESS =
  /HeadlessChrome|PhantomJS|Puppeteer|Playwright|Selenium|WebDriver|python-requests|curl\/|wget\/|Go-http-client|\bbot\b|crawler|spider/i;

export function behaviorMeasures(
  b: NonNullable<z.output<typeof accountEventSchema>['behavior']>,
): BehaviorMeasures {
  const path = b.mousePath ?? [];
  let length = 0;
  for (let i = 1; i < path.length; i++)
    length += Math.hypot(path[i]!.x - path[i - 1]!.x, path[i]!.y - path[i - 1]!.y);
  const first = path[0];
  const last = path.at(-1);
  const direct = first && last ? Math.hypot(last.x - first.x, last.y - first.y) : 0;
  return {
    completionMs:
      b.formStartedAt != null && b.formSubmittedAt != null
        ? Math.max(0, Math.round(b.formSubmittedAt - b.formStartedAt))
        : null,
    pointerPoints: path.length,
    pathLength: Math.round(length),
    straightness:
      path.length >= 3 && length > 0 ? Math.round((direct / length) * 1000) / 1000 : null,
    keystrokes: b.keystrokeCount ?? null,
    pastes: b.pasteCount ?? null,
  };
}

/** Stage 1 for an account event: validation listing every bad field, normalization, derivation. */
export function ingestAccountEvent(
  raw: unknown,
  now: Date,
  root = 'input',
): NormalizedAccountEvent {
  const v = parseInput(accountEventSchema, raw, root);
  if (v.occurredAt) {
    const t = v.occurredAt.getTime();
    if (t < EARLIEST || t > now.getTime() + FUTURE_SLACK_MS) {
      throw new BadUserInputError([
        {
          field: `${root}.occurredAt`,
          message: 'must be from 2000-01-01 to five minutes from now',
        },
      ]);
    }
  }
  const ua = v.device?.userAgent ? new UAParser(v.device.userAgent).getResult() : null;
  const userAgent = v.device?.userAgent
    ? {
        browser: ua?.browser.name ?? null,
        os: ua?.os.name ?? null,
        headless: HEADLESS.test(v.device.userAgent),
      }
    : null;
  const behavior = v.behavior ? behaviorMeasures(v.behavior) : null;
  const emailDomain = v.email ? v.email.slice(v.email.lastIndexOf('@') + 1) : null;
  const event: AccountEvent = {
    type: v.type,
    userId: v.externalUserId,
    occurredAt: v.occurredAt ?? now,
    email: v.email ?? null,
    emailDomain,
    ip: v.ip ?? null,
    deviceId: v.device?.clientFingerprint ?? null,
    userAgent,
    deviceTimezone: v.device?.timezone ?? null,
    behavior,
  };
  return {
    event,
    occurredAtGiven: Boolean(v.occurredAt),
    phone: v.phone ?? null,
    sessionId: v.sessionId ?? null,
    input: JSON.parse(JSON.stringify(v)) as Record<string, unknown>,
    derived: {
      emailDomain,
      browser: userAgent
        ? { name: userAgent.browser, os: userAgent.os, headless: userAgent.headless }
        : null,
      behavior,
    },
  };
}

/** UTC offset of an IANA zone at an instant, in hours; null for an unknown zone. */
export function utcOffsetHours(timeZone: string, at: Date): number | null {
  try {
    const parts = new Intl.DateTimeFormat('en-US', {
      timeZone,
      timeZoneName: 'longOffset',
    }).formatToParts(at);
    const name = parts.find((p) => p.type === 'timeZoneName')?.value ?? '';
    const m = /GMT(?:([+-])(\d{1,2})(?::(\d{2}))?)?/.exec(name);
    if (!m) return null;
    if (!m[1]) return 0;
    const hours = Number(m[2]) + Number(m[3] ?? 0) / 60;
    return m[1] === '-' ? -hours : hours;
  } catch {
    return null;
  }
}

/** Hours between two offsets around the clock (at most 12). */
export function offsetGapHours(a: number, b: number): number {
  const gap = Math.abs(a - b) % 24;
  return Math.min(gap, 24 - gap);
}

const require = createRequire(import.meta.url);
let disposable: ReadonlySet<string> | null = null;

/** Disposable-mail domains from the `disposable-email-domains` package (loaded once). */
export function isDisposableDomain(domain: string): boolean {
  disposable ??= new Set(require('disposable-email-domains') as string[]);
  const parts = domain.toLowerCase().split('.');
  // A subdomain of a listed domain counts too (x.mailinator.com).
  for (let i = 0; i < parts.length - 1; i++)
    if (disposable.has(parts.slice(i).join('.'))) return true;
  return false;
}

/**
 * Scoring snapshots of account events (signup, login…): the same scheme as the transactions'
 * in snapshot.ts, which re-exports these.
 */
import {
  ACCOUNT_EVENT_TYPES,
  type AccountContext,
  type AccountEvent,
  type BehaviorMeasures,
} from './account/types.js';
import {
  SnapshotReader,
  SnapshotWriter,
  readListMatches,
  trimNulls,
  writeListMatches,
  type Slot,
} from './snapshot-codec.js';

/** The format written by encodeAccountSnapshot. */
export const ACCOUNT_SNAPSHOT_VERSION = 1;

function writeBehavior(w: SnapshotWriter, b: BehaviorMeasures | null): Slot {
  if (b === null) return null;
  return trimNulls([
    w.num(b.pointerPoints),
    w.num(b.pathLength),
    w.nnum(b.completionMs),
    w.nnum(b.straightness),
    w.nnum(b.keystrokes),
    w.nnum(b.pastes),
  ]);
}

function readBehavior(r: SnapshotReader, v: unknown): BehaviorMeasures | null {
  const s = r.narr(v, 'behavior');
  if (s === null) return null;
  return {
    pointerPoints: r.num(s[0], 'behavior.pointerPoints'),
    pathLength: r.num(s[1], 'behavior.pathLength'),
    completionMs: r.nnum(s[2], 'behavior.completionMs'),
    straightness: r.nnum(s[3], 'behavior.straightness'),
    keystrokes: r.nnum(s[4], 'behavior.keystrokes'),
    pastes: r.nnum(s[5], 'behavior.pastes'),
  };
}

function writeAccountEvent(w: SnapshotWriter, e: AccountEvent): Slot {
  const ua = e.userAgent;
  return trimNulls([
    w.choice(ACCOUNT_EVENT_TYPES, e.type, 'type'),
    w.str(e.userId),
    w.instant(e.occurredAt),
    w.nstr(e.email),
    w.nstr(e.emailDomain),
    w.nstr(e.ip),
    w.nstr(e.deviceId),
    ua && trimNulls([w.bool(ua.headless), w.nstr(ua.browser), w.nstr(ua.os)]),
    w.nstr(e.deviceTimezone),
    writeBehavior(w, e.behavior),
  ]);
}

function readAccountEvent(r: SnapshotReader, v: unknown): AccountEvent {
  const s = r.arr(v, 'event');
  const type = r.choice(ACCOUNT_EVENT_TYPES, s[0], 'type');
  const userId = r.str(s[1], 'userId');
  const occurredAt = r.instant(s[2], 'occurredAt');
  const email = r.nstr(s[3], 'email');
  const emailDomain = r.nstr(s[4], 'emailDomain');
  const ip = r.nstr(s[5], 'ip');
  const deviceId = r.nstr(s[6], 'deviceId');
  const ua = r.narr(s[7], 'userAgent');
  return {
    type,
    userId,
    occurredAt,
    email,
    emailDomain,
    ip,
    deviceId,
    userAgent: ua && {
      headless: r.bool(ua[0], 'userAgent.headless'),
      browser: r.nstr(ua[1], 'userAgent.browser'),
      os: r.nstr(ua[2], 'userAgent.os'),
    },
    deviceTimezone: r.nstr(s[8], 'deviceTimezone'),
    behavior: readBehavior(r, s[9]),
  };
}

function writeAccountContext(w: SnapshotWriter, c: AccountContext): Slot {
  const { location: here, previousLogin: before } = c;
  return trimNulls([
    w.bool(c.disposableEmail),
    w.bool(c.torExit),
    w.bool(c.hostingAsn),
    w.num(c.accountsOnDevice),
    w.num(c.accountsOnIp),
    w.num(c.accountsWithEmail),
    w.num(c.signupsFromIp1h),
    w.num(c.signupsFromDevice1h),
    w.num(c.failedLoginsAccount1h),
    w.num(c.failedLoginsIp1h),
    w.nbool(c.deviceKnownForAccount),
    w.nnum(c.timezoneGapHours),
    here && [w.num(here.latitude), w.num(here.longitude)],
    before && [w.num(before.latitude), w.num(before.longitude), w.ndate(before.at)],
    writeListMatches(w, c.listMatches),
  ]);
}

function readLocation(r: SnapshotReader, v: unknown, field: string) {
  const s = r.narr(v, field);
  return s && { latitude: r.num(s[0], field), longitude: r.num(s[1], field), rest: s };
}

function readAccountContext(r: SnapshotReader, v: unknown): AccountContext {
  const s = r.arr(v, 'context');
  const ctx: AccountContext = {
    disposableEmail: r.bool(s[0], 'disposableEmail'),
    torExit: r.bool(s[1], 'torExit'),
    hostingAsn: r.bool(s[2], 'hostingAsn'),
    accountsOnDevice: r.num(s[3], 'accountsOnDevice'),
    accountsOnIp: r.num(s[4], 'accountsOnIp'),
    accountsWithEmail: r.num(s[5], 'accountsWithEmail'),
    signupsFromIp1h: r.num(s[6], 'signupsFromIp1h'),
    signupsFromDevice1h: r.num(s[7], 'signupsFromDevice1h'),
    failedLoginsAccount1h: r.num(s[8], 'failedLoginsAccount1h'),
    failedLoginsIp1h: r.num(s[9], 'failedLoginsIp1h'),
    deviceKnownForAccount: r.nbool(s[10], 'deviceKnownForAccount'),
    timezoneGapHours: r.nnum(s[11], 'timezoneGapHours'),
    location: null,
    previousLogin: null,
    listMatches: [],
  };
  const here = readLocation(r, s[12], 'location');
  if (here) ctx.location = { latitude: here.latitude, longitude: here.longitude };
  const before = readLocation(r, s[13], 'previousLogin');
  if (before) {
    const at = r.ndate(before.rest[2], 'previousLogin.at');
    ctx.previousLogin = {
      latitude: before.latitude,
      longitude: before.longitude,
      at: at ?? r.fail('previousLogin.at', 'a date', before.rest[2]),
    };
  }
  ctx.listMatches = readListMatches(r, s[14]);
  return ctx;
}

/** An account event and the context it was scored with: `[version, event, context]`. */
export function encodeAccountSnapshot(event: AccountEvent, ctx: AccountContext): unknown {
  const w = new SnapshotWriter(event.occurredAt);
  const encodedEvent = writeAccountEvent(w, event);
  return [ACCOUNT_SNAPSHOT_VERSION, encodedEvent, writeAccountContext(w, ctx)];
}

/**
 * The inverse of encodeAccountSnapshot, also after a JSON round trip. Throws an Error naming
 * the field on an unknown version or a malformed value.
 */
export function decodeAccountSnapshot(value: unknown): {
  event: AccountEvent;
  ctx: AccountContext;
} {
  const r = new SnapshotReader('account');
  const s = r.version(value, ACCOUNT_SNAPSHOT_VERSION);
  const event = readAccountEvent(r, s[1]);
  return { event, ctx: readAccountContext(r, s[2]) };
}

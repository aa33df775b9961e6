import { travel } from '../../engine/geo.js';
import type { HistoryWindow, ScoringContext, Window } from '../../engine/types.js';
import {
  FAN_IN_MS,
  HISTORY_LONG_MS,
  HISTORY_SHORT_MS,
  LINKAGE_MS,
  SMALL_AMOUNT_WINDOW_MS,
  VELOCITY_LONG_MS,
  VELOCITY_SHORT_MS,
} from '../../engine/windows.js';
import type { CustomerRow, HistoryRow, StoredFacts, WindowRow } from './enrichment.js';
import type { NormalizedTransaction } from './ingest.js';
import { Profile, nextProfile } from './profile-update.js';

/** An event of the batch already scored, as later events of the batch must see it. */
interface Prior {
  t: NormalizedTransaction;
  at: number;
  amountBase: number;
}

function toWindow(row: WindowRow): Window {
  return {
    count1h: Number(row.c1h),
    sum1h: Number(row.s1h),
    count24h: Number(row.c24h),
    sum24h: Number(row.s24h),
  };
}

/** A stored history plus the batch's earlier events in its windows (not known as fraud yet). */
function history(
  row: HistoryRow,
  reports: number,
  priors: readonly Prior[] | undefined,
  at: number,
): HistoryWindow {
  const h: HistoryWindow = {
    count7d: Number(row.c7),
    sum7d: Number(row.s7),
    count30d: Number(row.c30),
    sum30d: Number(row.s30),
    fraud30d: Number(row.f30),
    reports7d: Number(reports),
  };
  for (const p of priors ?? []) {
    if (p.at > at || p.at <= at - HISTORY_LONG_MS) continue;
    h.count30d += 1;
    h.sum30d += p.amountBase;
    if (p.at > at - HISTORY_SHORT_MS) {
      h.count7d += 1;
      h.sum7d += p.amountBase;
    }
  }
  return h;
}

function push<K, V>(map: Map<K, V[]>, key: K | null, value: V): void {
  if (key === null) return;
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Adds the batch's earlier events within the short / long velocity windows of `at`. */
function addPriors(base: Window, priors: readonly Prior[] | undefined, at: number): Window {
  const w = { ...base };
  for (const p of priors ?? []) {
    if (p.at > at || p.at <= at - VELOCITY_LONG_MS) continue;
    w.count24h += 1;
    w.sum24h += p.amountBase;
    if (p.at > at - VELOCITY_SHORT_MS) {
      w.count1h += 1;
      w.sum1h += p.amountBase;
    }
  }
  return w;
}

/** Distinct other users: the stored ones plus the batch's earlier ones within `span` ms. */
function distinctOthers(
  stored: readonly string[],
  priors: readonly Prior[] | undefined,
  self: string,
  at: number,
  span: number,
): number {
  const users = new Set(stored);
  for (const p of priors ?? []) {
    if (p.at <= at && p.at > at - span && p.t.userId !== self) users.add(p.t.userId);
  }
  return users.size;
}

/**
 * Makes a batch score "as if each event were sent alone, in order": the database facts read
 * once for the whole batch, plus what the batch's earlier events changed (windows, linkage,
 * profiles, relationships, devices, sessions). With one event it adds nothing.
 */
export class BatchOverlay {
  private readonly byUser = new Map<string, Prior[]>();
  private readonly byDevice = new Map<string, Prior[]>();
  private readonly byIp = new Map<string, Prior[]>();
  private readonly byEmail = new Map<string, Prior[]>();
  private readonly byPhone = new Map<string, Prior[]>();
  private readonly byRecipient = new Map<string, Prior[]>();
  /** Latest profile per user after the batch's events so far. */
  readonly profiles = new Map<string, Profile>();

  constructor(private readonly smallAmount: number) {}

  /** The profile this event starts from: the batch's latest, else the stored one. */
  profileBefore(t: NormalizedTransaction, stored: CustomerRow | null): Profile | null {
    return this.profiles.get(t.userId) ?? (stored ? Profile.fromRow(stored) : null);
  }

  context(t: NormalizedTransaction, facts: StoredFacts, profile: Profile | null): ScoringContext {
    const at = t.occurredAt.getTime();
    const userPriors = this.byUser.get(t.userId);
    const user = addPriors(toWindow(facts.user_w), userPriors, at);
    let smallCount10m = Number(facts.user_w.small10m ?? 0);
    let sessionDevice = facts.session_device;
    let deviceKnown = facts.device_known;
    let relationship = facts.relationship
      ? {
          timesSent: facts.relationship.times_sent,
          first: Date.parse(facts.relationship.first_sent_at),
          last: Date.parse(facts.relationship.last_sent_at),
        }
      : null;
    for (const p of userPriors ?? []) {
      if (p.at > at) continue;
      if (p.at > at - SMALL_AMOUNT_WINDOW_MS && p.amountBase <= this.smallAmount)
        smallCount10m += 1;
      if (t.sessionId && p.t.sessionId === t.sessionId && p.t.deviceId)
        sessionDevice = p.t.deviceId;
      if (t.deviceId && p.t.deviceId === t.deviceId) deviceKnown = true;
      if (t.recipient && p.t.recipient?.key === t.recipient.key) {
        relationship = relationship
          ? {
              timesSent: relationship.timesSent + 1,
              first: Math.min(relationship.first, p.at),
              last: Math.max(relationship.last, p.at),
            }
          : { timesSent: 1, first: p.at, last: p.at };
      }
    }

    let distanceKm: number | null = null;
    let speedKmh: number | null = null;
    if (t.latitude !== null && t.longitude !== null && profile?.lastLocation) {
      const moved = travel(profile.lastLocation, {
        lat: t.latitude,
        lon: t.longitude,
        at: t.occurredAt,
      });
      distanceKm = moved.distanceKm;
      speedKmh = moved.speedKmh;
    }
    const lastSeen = profile?.lastSeenAt ?? null;

    return {
      customer: profile
        ? {
            stats: profile.stats,
            firstSeenAt: profile.firstSeenAt,
            lastSeenAt: lastSeen,
            hourHistogram: profile.histogram,
            accountOpenedAt: profile.accountOpenedAt,
            country: profile.country,
            // Fraud known by the event's time (the profile's counter is what is known now).
            fraudCount: Number(facts.user_reports.all),
          }
        : null,
      velocity: {
        user: {
          ...user,
          smallCount10m,
          secondsSinceLast:
            lastSeen && lastSeen.getTime() <= at ? (at - lastSeen.getTime()) / 1000 : null,
          previousSessionDevice: sessionDevice,
        },
        device:
          t.deviceId && facts.device_w
            ? addPriors(toWindow(facts.device_w), this.byDevice.get(t.deviceId), at)
            : null,
        ip: t.ip && facts.ip_w ? addPriors(toWindow(facts.ip_w), this.byIp.get(t.ip), at) : null,
        recipient:
          t.recipient && facts.recipient_w
            ? addPriors(toWindow(facts.recipient_w), this.byRecipient.get(t.recipient.key), at)
            : null,
      },
      history: {
        user: history(facts.user_h, facts.user_reports.r7, userPriors, at),
        recipient:
          t.recipient && facts.recipient_h
            ? history(
                facts.recipient_h,
                facts.recipient_reports?.r7 ?? 0,
                this.byRecipient.get(t.recipient.key),
                at,
              )
            : null,
      },
      // Counts include this user.
      linkage: {
        usersPerDevice: t.deviceId
          ? distinctOthers(
              facts.device_users,
              this.byDevice.get(t.deviceId),
              t.userId,
              at,
              LINKAGE_MS,
            ) + 1
          : 0,
        usersPerIp: t.ip
          ? distinctOthers(facts.ip_users, this.byIp.get(t.ip), t.userId, at, LINKAGE_MS) + 1
          : 0,
        usersPerEmail: t.email
          ? distinctOthers(facts.email_users, this.byEmail.get(t.email), t.userId, at, LINKAGE_MS) +
            1
          : 0,
        usersPerPhone: t.phone
          ? distinctOthers(facts.phone_users, this.byPhone.get(t.phone), t.userId, at, LINKAGE_MS) +
            1
          : 0,
      },
      deviceKnown,
      recipient: t.recipient
        ? {
            isKnown: relationship !== null,
            timesSent: relationship?.timesSent ?? 0,
            firstSentAt: relationship ? new Date(relationship.first) : null,
            lastSentAt: relationship ? new Date(relationship.last) : null,
            fanIn24h:
              distinctOthers(
                facts.fan_in_users,
                this.byRecipient.get(t.recipient.key),
                t.userId,
                at,
                FAN_IN_MS,
              ) + 1,
            priorFraudCount: Number(facts.recipient_reports?.all ?? 0),
          }
        : null,
      geo: { ipCountry: t.ipCountry, distanceKm, speedKmh },
      listMatches: facts.lists,
      reputation: { torExit: facts.tor_exit, hostingAsn: facts.hosting },
    };
  }

  /** Records a scored event so the batch's later events see it. */
  record(
    t: NormalizedTransaction,
    amountBase: number,
    profile: Profile | null,
    recipientKnown: boolean,
  ): Profile {
    const prior: Prior = { t, at: t.occurredAt.getTime(), amountBase };
    push(this.byUser, t.userId, prior);
    push(this.byDevice, t.deviceId, prior);
    push(this.byIp, t.ip, prior);
    push(this.byEmail, t.email, prior);
    push(this.byPhone, t.phone, prior);
    push(this.byRecipient, t.recipient?.key ?? null, prior);
    const next = nextProfile(profile, t, amountBase, recipientKnown);
    this.profiles.set(t.userId, next);
    return next;
  }
}

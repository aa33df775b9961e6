import { travel } from '../geo.js';
import type { Decision, Dimension, RuleParams } from '../types.js';
import { LIST_OF_RULE, LIST_RULES, listOutcome } from '../rules/lists.js';
import { fired, num, pass, plural, type RuleOutcome } from '../rules/rule.js';

import type { AccountContext, AccountEvent } from './types.js';

/** A default account-event rule; same shape as the transaction pack's, other inputs. */
export interface AccountRuleDefinition {
  code: string;
  label: string;
  dimension: Dimension;
  weight: number;
  action: Decision | null;
  priority: number;
  params: RuleParams;
  description: string;
  evaluate: (event: AccountEvent, ctx: AccountContext, params: RuleParams) => RuleOutcome;
}

const isSignup = (e: AccountEvent) => e.type === 'SIGNUP';
const isLogin = (e: AccountEvent) => e.type === 'LOGIN' || e.type === 'LOGIN_FAILED';

/** The global default pack for account events. */
const SIGNAL_RULES: readonly AccountRuleDefinition[] = [
  {
    code: 'DISPOSABLE_EMAIL',
    label: 'Disposable e-mail address',
    dimension: 'USER_AUTH',
    weight: 35,
    action: null,
    priority: 0,
    params: {},
    description: "Fires when the e-mail's domain is a known disposable-mail provider.",
    evaluate: (e, ctx) => {
      if (!e.emailDomain) return pass('no e-mail');
      return ctx.disposableEmail
        ? fired(`${e.emailDomain} is a disposable-mail domain`)
        : pass(`${e.emailDomain} is not a known disposable-mail domain`);
    },
  },
  {
    code: 'EMAIL_REUSED',
    label: 'E-mail used by other accounts',
    dimension: 'USER_AUTH',
    weight: 25,
    action: null,
    priority: 0,
    params: { maxAccounts: 1 },
    description: 'Fires when more than maxAccounts other accounts used the e-mail in 30 days.',
    evaluate: (e, ctx, p) => {
      if (!e.email) return pass('no e-mail');
      const text = `${plural(ctx.accountsWithEmail, 'other account')} with this e-mail in 30 days, limit ${num(p, 'maxAccounts')}`;
      return ctx.accountsWithEmail > num(p, 'maxAccounts') ? fired(text) : pass(text);
    },
  },
  {
    code: 'DEVICE_REUSED',
    label: 'Device shared by many accounts',
    dimension: 'DEVICE_NETWORK',
    weight: 30,
    action: null,
    priority: 0,
    params: { maxAccounts: 3 },
    description:
      'Fires when the device fingerprint was used by more than maxAccounts other accounts in 30 days.',
    evaluate: (e, ctx, p) => {
      if (!e.deviceId) return pass('no device fingerprint');
      const text = `${plural(ctx.accountsOnDevice, 'other account')} on this device in 30 days, limit ${num(p, 'maxAccounts')}`;
      return ctx.accountsOnDevice > num(p, 'maxAccounts') ? fired(text) : pass(text);
    },
  },
  {
    code: 'SIGNUP_VELOCITY_IP',
    label: 'Many signups from one IP',
    dimension: 'DEVICE_NETWORK',
    weight: 25,
    action: null,
    priority: 0,
    params: { maxPerHour: 5 },
    description: 'Fires on a signup when the IP already made maxPerHour signups in the last hour.',
    evaluate: (e, ctx, p) => {
      if (!isSignup(e) || !e.ip) return pass('not a signup with an IP');
      const text = `${plural(ctx.signupsFromIp1h, 'signup')} from this IP in the last hour, limit ${num(p, 'maxPerHour')}`;
      return ctx.signupsFromIp1h >= num(p, 'maxPerHour') ? fired(text) : pass(text);
    },
  },
  {
    code: 'SIGNUP_VELOCITY_DEVICE',
    label: 'Many signups from one device',
    dimension: 'DEVICE_NETWORK',
    weight: 30,
    action: null,
    priority: 0,
    params: { maxPerHour: 2 },
    description:
      'Fires on a signup when the device already made maxPerHour signups in the last hour.',
    evaluate: (e, ctx, p) => {
      if (!isSignup(e) || !e.deviceId) return pass('not a signup with a device');
      const text = `${plural(ctx.signupsFromDevice1h, 'signup')} from this device in the last hour, limit ${num(p, 'maxPerHour')}`;
      return ctx.signupsFromDevice1h >= num(p, 'maxPerHour') ? fired(text) : pass(text);
    },
  },
  {
    code: 'LOGIN_FAILURES',
    label: 'Repeated failed logins',
    dimension: 'USER_AUTH',
    weight: 30,
    action: null,
    priority: 0,
    params: { maxPerAccount: 3, maxPerIp: 10 },
    description:
      'Fires on a login when the account or the IP failed to log in too often in the last hour.',
    evaluate: (e, ctx, p) => {
      if (!isLogin(e)) return pass('not a login');
      const text = `${plural(ctx.failedLoginsAccount1h, 'failed login')} for the account and ${ctx.failedLoginsIp1h} from the IP in the last hour, limits ${num(p, 'maxPerAccount')} and ${num(p, 'maxPerIp')}`;
      return ctx.failedLoginsAccount1h >= num(p, 'maxPerAccount') ||
        ctx.failedLoginsIp1h >= num(p, 'maxPerIp')
        ? fired(text)
        : pass(text);
    },
  },
  {
    code: 'NEW_DEVICE_LOGIN',
    label: 'Login from a new device',
    dimension: 'USER_AUTH',
    weight: 15,
    action: null,
    priority: 0,
    params: {},
    description: 'Fires when an account with earlier logins logs in from a device it never used.',
    evaluate: (e, ctx) => {
      if (e.type !== 'LOGIN' || ctx.deviceKnownForAccount === null)
        return pass('no earlier login to compare with');
      return ctx.deviceKnownForAccount
        ? pass('device used by this account before')
        : fired('first login from this device');
    },
  },
  {
    code: 'IMPOSSIBLE_TRAVEL',
    label: 'Impossible travel between logins',
    dimension: 'GEO',
    weight: 35,
    action: null,
    priority: 0,
    params: { maxSpeedKmh: 900, minDistanceKm: 300 },
    description:
      'Fires when reaching this login from the previous one needs more than maxSpeedKmh.',
    evaluate: (e, ctx, p) => {
      if (!isLogin(e) || !ctx.location || !ctx.previousLogin) return pass('no two located logins');
      const { distanceKm: km, speedKmh: speed } = travel(
        {
          lat: ctx.previousLogin.latitude,
          lon: ctx.previousLogin.longitude,
          at: ctx.previousLogin.at,
        },
        { lat: ctx.location.latitude, lon: ctx.location.longitude, at: e.occurredAt },
      );
      const text = `${Math.round(km)} km since the previous login, ${Math.round(speed)} km/h, limit ${num(p, 'maxSpeedKmh')}`;
      return km >= num(p, 'minDistanceKm') && speed > num(p, 'maxSpeedKmh')
        ? fired(text)
        : pass(text);
    },
  },
  {
    code: 'TIMEZONE_MISMATCH',
    label: "Device time zone far from the IP's",
    dimension: 'GEO',
    weight: 15,
    action: null,
    priority: 0,
    params: { maxGapHours: 3 },
    description:
      "Fires when the browser's UTC offset is more than maxGapHours from the one the IP's location implies.",
    evaluate: (_e, ctx, p) => {
      if (ctx.timezoneGapHours === null) return pass('time zone or IP location unknown');
      const text = `device and IP ${Math.round(ctx.timezoneGapHours * 10) / 10} h apart, limit ${num(p, 'maxGapHours')}`;
      return ctx.timezoneGapHours > num(p, 'maxGapHours') ? fired(text) : pass(text);
    },
  },
  {
    code: 'TOR_EXIT',
    label: 'TOR exit node',
    dimension: 'DEVICE_NETWORK',
    weight: 40,
    action: null,
    priority: 0,
    params: {},
    description: 'Fires when the IP is a listed TOR exit node.',
    evaluate: (e, ctx) => {
      if (!e.ip) return pass('no IP');
      return ctx.torExit ? fired(`${e.ip} is a TOR exit node`) : pass('not a listed TOR exit');
    },
  },
  {
    code: 'HOSTING_ASN',
    label: 'Hosting or data-centre network',
    dimension: 'DEVICE_NETWORK',
    weight: 20,
    action: null,
    priority: 0,
    params: {},
    description: 'Fires when the IP belongs to a listed hosting or high-risk network.',
    evaluate: (e, ctx) => {
      if (!e.ip) return pass('no IP');
      return ctx.hostingAsn
        ? fired('IP in a hosting or high-risk network')
        : pass('not a listed hosting network');
    },
  },
  {
    code: 'BOT_BEHAVIOR',
    label: 'Automated form filling',
    dimension: 'DEVICE_NETWORK',
    weight: 40,
    action: null,
    priority: 0,
    params: { minCompletionMs: 2000, minPointerPoints: 1, maxStraightness: 0.99, minKeystrokes: 3 },
    description:
      'Fires on a headless browser, a form completed faster than minCompletionMs, no pointer movement, a perfectly straight pointer path, or fewer keystrokes than minKeystrokes without pasting.',
    evaluate: (e, _ctx, p) => {
      const reasons: string[] = [];
      if (e.userAgent?.headless) reasons.push('headless browser');
      const b = e.behavior;
      if (b) {
        if (b.completionMs !== null && b.completionMs < num(p, 'minCompletionMs'))
          reasons.push(
            `form completed in ${b.completionMs} ms (minimum ${num(p, 'minCompletionMs')})`,
          );
        if (b.pointerPoints < num(p, 'minPointerPoints')) reasons.push('no pointer movement');
        else if (b.straightness !== null && b.straightness > num(p, 'maxStraightness'))
          reasons.push('perfectly straight pointer path');
        if (b.keystrokes !== null && b.keystrokes < num(p, 'minKeystrokes') && !b.pastes)
          reasons.push(`${plural(b.keystrokes, 'keystroke')} (minimum ${num(p, 'minKeystrokes')})`);
      }
      if (reasons.length) return fired(reasons.join('; '));
      return pass(b || e.userAgent ? 'human-like behaviour' : 'no behaviour collected');
    },
  },
];

/** The tenant's lists apply to account events as to transactions (same codes and actions). */
const ACCOUNT_LIST_RULES: AccountRuleDefinition[] = LIST_RULES.map((r) => ({
  code: r.code,
  label: r.label,
  dimension: r.dimension,
  weight: r.weight,
  action: r.action,
  priority: r.priority,
  params: r.params,
  description: r.description,
  evaluate: (_e, ctx) => listOutcome(ctx.listMatches, LIST_OF_RULE[r.code]!),
}));

/** The global default pack for account events: the signal rules, then the list rules. */
export const DEFAULT_ACCOUNT_RULES: readonly AccountRuleDefinition[] = [
  ...SIGNAL_RULES,
  ...ACCOUNT_LIST_RULES,
];

export const ACCOUNT_RULES_BY_CODE: ReadonlyMap<string, AccountRuleDefinition> = new Map(
  DEFAULT_ACCOUNT_RULES.map((r) => [r.code, r]),
);

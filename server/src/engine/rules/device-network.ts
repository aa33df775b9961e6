import { fired, num, pass, plural, type RuleDefinition } from './rule.js';

export const DEVICE_NETWORK_RULES: RuleDefinition[] = [
  {
    code: 'NEW_DEVICE',
    label: 'New device',
    dimension: 'DEVICE_NETWORK',
    weight: 10,
    action: null,
    priority: 0,
    params: {},
    description: 'Fires when a customer with history uses a device never seen for them.',
    evaluate: (e, ctx) => {
      if (!e.deviceId) return pass('no device sent');
      if (!ctx.customer || ctx.customer.stats.count === 0)
        return pass('first event of this customer');
      return ctx.deviceKnown === false
        ? fired('device never seen for this customer')
        : pass('device seen before');
    },
  },
  {
    code: 'DEVICE_REUSED',
    label: 'Device shared by many accounts',
    dimension: 'DEVICE_NETWORK',
    weight: 20,
    action: null,
    priority: 0,
    params: { limit: 3 },
    description:
      'Fires when the device was used by at least `limit` distinct customers over 30 days.',
    evaluate: (e, ctx, p) => {
      if (!e.deviceId) return pass('no device sent');
      const n = ctx.linkage.usersPerDevice;
      const text = `device used by ${plural(n, 'customer')} in 30 days, limit ${num(p, 'limit')}`;
      return n >= num(p, 'limit') ? fired(text) : pass(text);
    },
  },
  {
    code: 'IP_VELOCITY',
    label: 'Many transactions from one IP',
    dimension: 'DEVICE_NETWORK',
    weight: 15,
    action: null,
    priority: 0,
    params: { limit: 20 },
    description:
      'Fires when transactions from the IP address in the last hour, this one included, reach the limit.',
    evaluate: (e, ctx, p) => {
      if (!e.ip || !ctx.velocity.ip) return pass('no IP sent');
      const n = ctx.velocity.ip.count1h + 1;
      const text = `${plural(n, 'transaction')} from this IP in the last hour, limit ${num(p, 'limit')}`;
      return n >= num(p, 'limit') ? fired(text) : pass(text);
    },
  },
  {
    code: 'TOR_EXIT',
    label: 'TOR exit node',
    dimension: 'DEVICE_NETWORK',
    weight: 30,
    action: null,
    priority: 0,
    params: {},
    description: 'Fires when the IP address is a known TOR exit node.',
    evaluate: (e, ctx) => {
      if (!e.ip) return pass('no IP sent');
      return ctx.reputation.torExit
        ? fired(`${e.ip} is a TOR exit node`)
        : pass('not a known TOR exit');
    },
  },
  {
    code: 'HOSTING_ASN',
    label: 'Hosting or proxy network',
    dimension: 'DEVICE_NETWORK',
    weight: 15,
    action: null,
    priority: 0,
    params: {},
    description: 'Fires when the IP address belongs to a hosting provider or high-risk network.',
    evaluate: (e, ctx) => {
      if (!e.ip) return pass('no IP sent');
      return ctx.reputation.hostingAsn
        ? fired(`${e.ip} is on a hosting network`)
        : pass('not a hosting network');
    },
  },
];

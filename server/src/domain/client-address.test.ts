import { describe, expect, it } from 'vitest';
import { clientKeyOf } from './client-address.js';

describe('clientKeyOf: what per-address limits count under', () => {
  it.each([
    ['203.0.113.7', '203.0.113.7'],
    ['::ffff:203.0.113.7', '203.0.113.7'],
    ['::ffff:cb00:7107', '203.0.113.7'],
    ['2001:db8:1:2:aaaa:bbbb:cccc:dddd', '2001:db8:1:2::/64'],
    ['2001:db8:1:2::1', '2001:db8:1:2::/64'],
    ['2001:0db8:0001:0002:ffff::9', '2001:db8:1:2::/64'],
    ['::1', '0:0:0:0::/64'],
    ['unknown', 'unknown'],
  ])('%s counts as %s', (address, key) => {
    expect(clientKeyOf(address)).toBe(key);
  });

  it('puts two addresses of one /64 together and neighbouring /64s apart', () => {
    expect(clientKeyOf('2001:db8:0:1::a')).toBe(clientKeyOf('2001:db8:0:1:ffff::b'));
    expect(clientKeyOf('2001:db8:0:1::a')).not.toBe(clientKeyOf('2001:db8:0:2::a'));
  });
});

import { describe, expect, it } from 'vitest';
import { isAllowedHost, isLocalName, judgeAddress } from './destination.js';

describe('webhook address policy', () => {
  it.each([
    ['127.0.0.1', 'loopback'],
    ['127.255.255.254', 'loopback'],
    ['0.0.0.0', 'unspecified'],
    ['0.1.2.3', 'unspecified'],
    ['10.0.0.1', 'private'],
    ['172.16.0.1', 'private'],
    ['172.31.255.255', 'private'],
    ['192.168.1.1', 'private'],
    ['169.254.169.254', 'linkLocal'],
    ['169.254.0.1', 'linkLocal'],
    ['100.64.0.1', 'carrierGradeNat'],
    ['100.127.255.255', 'carrierGradeNat'],
    ['224.0.0.1', 'multicast'],
    ['239.255.255.250', 'multicast'],
    ['255.255.255.255', 'broadcast'],
    ['240.0.0.1', 'reserved'],
    ['192.0.0.8', 'reserved'],
    ['198.18.0.1', 'reserved'], // benchmarking
    ['198.19.255.255', 'reserved'], // benchmarking
    ['192.0.2.1', 'reserved'], // documentation
    ['198.51.100.7', 'reserved'], // documentation
    ['203.0.113.9', 'reserved'], // documentation
    ['::1', 'loopback'],
    ['::', 'unspecified'],
    ['fc00::1', 'uniqueLocal'],
    ['fd12:3456:789a::1', 'uniqueLocal'],
    ['fe80::1', 'linkLocal'],
    ['fe80::1%eth0', 'linkLocal'],
    ['fec0::1', 'deprecatedSiteLocal'],
    ['ff02::1', 'multicast'],
    ['2001:db8::1', 'reserved'], // documentation
    ['2001:2::1', 'benchmarking'],
    ['3fff::1', 'reserved'], // documentation (RFC 9637)
    ['100::1', 'discard'],
    // IPv4-mapped forms are judged as the IPv4 address they carry.
    ['::ffff:127.0.0.1', 'loopback'],
    ['::ffff:7f00:1', 'loopback'],
    ['::ffff:169.254.169.254', 'linkLocal'],
    ['::ffff:10.0.0.1', 'private'],
    ['::ffff:0.0.0.0', 'unspecified'],
    // IPv4-compatible, IPv4-translated, NAT64, 6to4 and Teredo embed an IPv4 address.
    ['::127.0.0.1', 'ipv4Compatible'],
    ['::7f00:1', 'ipv4Compatible'],
    ['::a9fe:a9fe', 'ipv4Compatible'],
    ['::1.1.1.1', 'ipv4Compatible'],
    ['::ffff:0:7f00:1', 'rfc6145'],
    ['64:ff9b::7f00:1', 'rfc6052'],
    ['64:ff9b::127.0.0.1', 'rfc6052'],
    ['64:ff9b::a9fe:a9fe', 'rfc6052'],
    ['64:ff9b:1::a00:1', 'rfc6052'],
    ['2002:7f00:1::1', '6to4'],
    ['2002:a9fe:a9fe::', '6to4'],
    ['2001:0:4136:e378:8000:63bf:80ff:fffe', 'teredo'], // client 127.0.0.1
    // Not in 2000::/3: unassigned, whatever ipaddr.js calls it.
    ['4000::1', 'reserved'],
    ['not-an-address', 'invalid'],
    ['2130706433', 'invalid'],
    ['0x7f.1', 'invalid'],
  ])('%s is refused (%s)', (address, range) => {
    expect(judgeAddress(address)).toMatchObject({ allowed: false, range });
  });

  it.each(['1.1.1.1', '8.8.8.8', '93.184.216.34', '2606:4700:4700::1111', '2a00:1450:4001::200e'])(
    '%s is a public address',
    (address) => {
      expect(judgeAddress(address)).toEqual({ allowed: true, address });
    },
  );

  it('names the IPv4 address a mapped one carries', () => {
    expect(judgeAddress('::ffff:127.0.0.1')).toMatchObject({ address: '127.0.0.1' });
    expect(judgeAddress('::ffff:a9fe:a9fe')).toMatchObject({ address: '169.254.169.254' });
    expect(judgeAddress('::ffff:1.1.1.1')).toEqual({ allowed: true, address: '1.1.1.1' });
  });

  it.each([
    ['localhost', true],
    ['LOCALHOST.', true],
    ['api.localhost', true],
    ['printer.local', true],
    ['metadata.google.internal', true],
    ['router.home.arpa', true],
    ['nas.lan', true],
    ['intranet', true],
    ['hooks.example.com', false],
    ['example.com.', false],
    ['localhost.example.com', false],
  ])('%s is a local name: %s', (name, local) => {
    expect(isLocalName(name)).toBe(local);
  });

  it.each([
    ['https://1.1.1.1/h', true],
    ['https://[2606:4700:4700::1111]/h', true],
    ['https://93.184.216.34:8443/h', true],
    ['https://hooks.example.com/h', true],
    ['https://127.0.0.1/h', false],
    ['https://2130706433/h', false], // the URL parser makes it 127.0.0.1
    ['https://0x7f.1/h', false],
    ['https://[::ffff:127.0.0.1]:8443/h', false],
    ['https://[::ffff:169.254.169.254]/h', false],
    ['https://[::127.0.0.1]/h', false],
    ['https://[64:ff9b::7f00:1]/h', false],
    ['https://[fe80::1]/h', false],
    ['https://localhost:8443/h', false],
    ['https://a.b.localhost/h', false],
  ])('%s is accepted at creation: %s', (url, allowed) => {
    expect(isAllowedHost(new URL(url))).toBe(allowed);
  });
});

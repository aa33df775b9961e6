import { isIP } from 'node:net';
import ipaddr from 'ipaddr.js';

/**
 * Where webhooks may be sent. Warden posts to URLs its tenants choose, so without a policy a
 * tenant could make the server call its own loopback, the cloud metadata service or the private
 * network behind it. Only public unicast addresses pass; the same judgement is applied to a
 * literal address when an endpoint is created and to every address a name resolves to when a
 * delivery connects (names can change their answer after creation).
 */

/** Verdict on one IP address. `range` names the refusing range (ipaddr.js names, plus ours). */
export type AddressVerdict =
  { allowed: true; address: string } | { allowed: false; address: string; range: string };

/** IANA's global unicast block for IPv6; everything outside it is special or unassigned. */
const GLOBAL_UNICAST_V6 = ipaddr.IPv6.parseCIDR('2000::/3');
/** Deprecated IPv4-compatible addresses (`::a.b.c.d`); ipaddr.js calls them unicast. */
const IPV4_COMPATIBLE = ipaddr.IPv6.parseCIDR('::/96');

/**
 * Judges one IP address (v4 or v6, without brackets). IPv4-mapped IPv6 (`::ffff:a.b.c.d`) is
 * judged as the IPv4 address it maps. Refused: everything ipaddr.js does not call `unicast`
 * (loopback, unspecified, RFC 1918, link-local, CGNAT, multicast, broadcast, reserved,
 * benchmarking, documentation, unique-local, NAT64, 6to4, Teredo, …), IPv6 outside 2000::/3
 * (site-local, IPv4-compatible and other unassigned space), and anything that does not parse.
 */
export function judgeAddress(input: string): AddressVerdict {
  let ip = parseStrict(input);
  if (!ip) return { allowed: false, address: input, range: 'invalid' };
  if (ip.kind() === 'ipv6' && (ip as ipaddr.IPv6).isIPv4MappedAddress())
    ip = (ip as ipaddr.IPv6).toIPv4Address();
  const address = ip.toString();
  const range = ip.range();
  if (range !== 'unicast') return { allowed: false, address, range };
  if (ip.kind() === 'ipv6') {
    if (ip.match(IPV4_COMPATIBLE)) return { allowed: false, address, range: 'ipv4Compatible' };
    if (!ip.match(GLOBAL_UNICAST_V6)) return { allowed: false, address, range: 'reserved' };
  }
  return { allowed: true, address };
}

/**
 * Parses what Node (and the URL parser) call an IP address, nothing more: ipaddr.js also takes
 * `0x7f.1` or `2130706433`, and reads `::a.b.c.d` as IPv4-mapped, so a trailing dotted quad of
 * an IPv6 address is rewritten as two hex groups first.
 */
function parseStrict(input: string): ipaddr.IPv4 | ipaddr.IPv6 | null {
  const kind = isIP(input);
  if (kind === 0) return null;
  const text =
    kind === 4
      ? input
      : input.replace(/(\d+)\.(\d+)\.(\d+)\.(\d+)(%.*)?$/, (_, a, b, c, d, zone = '') => {
          const hex = (hi: string, lo: string) => ((Number(hi) << 8) | Number(lo)).toString(16);
          return `${hex(a, b)}:${hex(c, d)}${zone}`;
        });
  try {
    return ipaddr.parse(text);
  } catch {
    return null;
  }
}

/** Suffixes of names that only mean something inside a host or a private network. */
const LOCAL_SUFFIXES = ['.localhost', '.local', '.internal', '.home.arpa', '.lan'];

/**
 * Whether a host name is local by convention (`localhost`, `*.localhost`, `*.local`,
 * `*.internal`, `*.home.arpa`, `*.lan`) or a single label, which the resolver completes with
 * the server's own search domains. Such names are refused when an endpoint is created.
 */
export function isLocalName(hostname: string): boolean {
  const name = hostname.toLowerCase().replace(/\.+$/, '');
  if (name === 'localhost' || !name.includes('.')) return true;
  return LOCAL_SUFFIXES.some((suffix) => name.endsWith(suffix));
}

/**
 * Whether a URL's host may be accepted when an endpoint is created: a literal address must
 * pass {@link judgeAddress}, a name must not be {@link isLocalName}. Other names pass here and
 * are judged by what they resolve to when each delivery connects.
 */
export function isAllowedHost(url: URL): boolean {
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (isIP(host)) return judgeAddress(host).allowed;
  return !isLocalName(host);
}

/** A delivery's destination was refused by the address policy; retrying cannot help. */
export class DestinationRefusedError extends Error {
  constructor(
    readonly address: string,
    readonly range: string,
    how: 'is' | 'resolves to',
  ) {
    super(`destination ${how} a private address (${address})`);
    this.name = 'DestinationRefusedError';
  }
}

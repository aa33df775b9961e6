import ipaddr from 'ipaddr.js';

/**
 * The key that per-address limits count under. An IPv4 address is itself (an IPv4-mapped IPv6
 * address counts as the IPv4 it carries); an IPv6 address counts as its /64, since one
 * subscriber usually holds a whole /64 and could otherwise take a fresh limit for every address
 * in it. Anything unparseable (e.g. `unknown`) is kept as it is.
 */
export function clientKeyOf(address: string): string {
  if (!ipaddr.isValid(address)) return address;
  let parsed = ipaddr.parse(address);
  if (parsed.kind() === 'ipv6' && (parsed as ipaddr.IPv6).isIPv4MappedAddress()) {
    parsed = (parsed as ipaddr.IPv6).toIPv4Address();
  }
  if (parsed.kind() === 'ipv4') return parsed.toString();
  const parts = (parsed as ipaddr.IPv6).parts.slice(0, 4);
  return `${parts.map((p) => p.toString(16)).join(':')}::/64`;
}

import { isIPv4, isIPv6 } from 'node:net';

/** The bucket of callers whose address the gateway did not know (platform work, unconfigured proxies). */
export const UNKNOWN_ADDRESS = '';

/** The eight 16-bit groups of an IPv6 address, expanded ("::" filled, embedded IPv4 split in two). */
function ipv6Groups(address: string): number[] {
  const [head, tail] = address.includes('::') ? address.split('::') : [address, null];
  const parse = (part: string | null): number[] => {
    if (!part) return [];
    return part.split(':').flatMap((group) => {
      if (!group.includes('.')) return [parseInt(group, 16)];
      const [a, b, c, d] = group.split('.').map(Number);
      return [(a << 8) | b, (c << 8) | d];
    });
  };
  const front = parse(head);
  const back = parse(tail);
  return [...front, ...Array<number>(8 - front.length - back.length).fill(0), ...back];
}

/**
 * The throttling bucket of a client address: IPv4 as is (IPv4-mapped IPv6 unwrapped), IPv6 by its
 * /64 prefix, since one end site routinely holds a whole /64 and could otherwise rotate through
 * 2^64 addresses; no address is one shared bucket. Anything else (the gateway sends IPs) is trimmed
 * and lower-cased, a bucket of its own.
 */
export function throttleAddressKey(address: string | null | undefined): string {
  const raw = (address ?? '').trim().toLowerCase();
  if (raw === '') return UNKNOWN_ADDRESS;
  const unzoned = raw.split('%')[0];
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/.exec(unzoned);
  if (mapped && isIPv4(mapped[1])) return mapped[1];
  if (isIPv4(unzoned)) return unzoned;
  if (isIPv6(unzoned)) {
    const prefix = ipv6Groups(unzoned)
      .slice(0, 4)
      .map((group) => group.toString(16))
      .join(':');
    return `${prefix}::/64`;
  }
  return raw.slice(0, 100);
}

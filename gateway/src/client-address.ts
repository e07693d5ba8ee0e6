import type { IncomingMessage } from 'node:http';
import { isIP } from 'node:net';

/** `::ffff:10.0.0.1` and `10.0.0.1` are one client: throttles must see one address. */
function normalized(address: string | undefined): string | null {
  if (!address) return null;
  const trimmed = address.trim();
  const unmapped =
    trimmed.toLowerCase().startsWith('::ffff:') && isIP(trimmed.slice(7)) === 4 ? trimmed.slice(7) : trimmed;
  return isIP(unmapped) ? unmapped.toLowerCase() : null;
}

/**
 * The address of the client a request came from, as throttles should see it. Without trusted
 * proxies it is the socket's peer: X-Forwarded-For is whatever the client wrote. Behind
 * `trustedProxyCount` proxies, each appends the address it received the request from, so the client
 * is the entry that many places from the right; entries further left are the client's own claims. A
 * header shorter than the proxy chain (the request skipped a proxy) or unreadable falls back to the
 * socket peer, which is never the attacker's choice.
 */
export function clientAddressOf(req: IncomingMessage, trustedProxyCount: number): string | null {
  const peer = normalized(req.socket.remoteAddress);
  if (trustedProxyCount <= 0) return peer;
  const header = req.headers['x-forwarded-for'];
  const entries = (Array.isArray(header) ? header.join(',') : (header ?? ''))
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry.length > 0);
  if (entries.length < trustedProxyCount) return peer;
  return normalized(entries[entries.length - trustedProxyCount]) ?? peer;
}

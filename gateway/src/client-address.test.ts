import type { IncomingMessage } from 'node:http';
import { clientAddressOf } from './client-address';

function request(remoteAddress: string | undefined, forwardedFor?: string | string[]): IncomingMessage {
  return {
    socket: { remoteAddress },
    headers: forwardedFor === undefined ? {} : { 'x-forwarded-for': forwardedFor },
  } as unknown as IncomingMessage;
}

describe('the client address throttles see', () => {
  it('is the socket peer when no proxy is trusted, whatever X-Forwarded-For claims', () => {
    expect(clientAddressOf(request('203.0.113.7', '198.51.100.1'), 0)).toBe('203.0.113.7');
  });

  it('is one address for an IPv4 client seen through an IPv6 socket', () => {
    expect(clientAddressOf(request('::ffff:203.0.113.7'), 0)).toBe('203.0.113.7');
    expect(clientAddressOf(request('2001:DB8::1'), 0)).toBe('2001:db8::1');
  });

  it('is the entry the trusted proxies appended, not what the client wrote further left', () => {
    // The client claims 10.0.0.1; the one trusted proxy appended the address it really saw.
    expect(clientAddressOf(request('192.0.2.10', '10.0.0.1, 198.51.100.23'), 1)).toBe('198.51.100.23');
    expect(clientAddressOf(request('192.0.2.10', ['10.0.0.1, 198.51.100.23', '192.0.2.99']), 2)).toBe(
      '198.51.100.23',
    );
  });

  it('falls back to the socket peer when the header is shorter than the proxy chain or unreadable', () => {
    expect(clientAddressOf(request('192.0.2.10', '198.51.100.23'), 2)).toBe('192.0.2.10');
    expect(clientAddressOf(request('192.0.2.10'), 1)).toBe('192.0.2.10');
    expect(clientAddressOf(request('192.0.2.10', 'not-an-address'), 1)).toBe('192.0.2.10');
  });

  it('is null only when the socket has no address either', () => {
    expect(clientAddressOf(request(undefined), 0)).toBeNull();
  });
});

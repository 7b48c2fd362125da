import dns from 'node:dns';
import { BlockList, isIP } from 'node:net';
import type { LookupFunction } from 'node:net';

/** Addresses a webhook must never reach: this host, the private networks, link-local (cloud metadata). */
const FORBIDDEN = new BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const) {
  FORBIDDEN.addSubnet(network, prefix, 'ipv4');
}
// Besides loopback, ULA, link-local and multicast: the forms that carry an IPv4 address inside (IPv4-compatible,
// SIIT, NAT64, 6to4, Teredo), which could lead to a private IPv4 host, and the reserved or documentation blocks.
for (const [network, prefix] of [
  ['::ffff:0:0:0', 96],
  ['64:ff9b::', 96],
  ['64:ff9b:1::', 48],
  ['100::', 64],
  ['2001::', 32],
  ['2001:db8::', 32],
  ['2002::', 16],
  ['fc00::', 7],
  ['fe80::', 10],
  ['fec0::', 10],
  ['ff00::', 8],
] as const) {
  FORBIDDEN.addSubnet(network, prefix, 'ipv6');
}
// IPv4-compatible addresses (::a.b.c.d): kept apart because BlockList matches IPv4 addresses against IPv6 rules
// in this form, and every IPv4 address would fall in it.
const IPV4_COMPATIBLE = new BlockList();
IPV4_COMPATIBLE.addSubnet('::', 96, 'ipv6');

export function isForbiddenAddress(address: string): boolean {
  // IPv4-mapped IPv6 (::ffff:127.0.0.1) is judged as the IPv4 address it carries.
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  const candidate = mapped ? mapped[1] : address;
  const family = isIP(candidate);
  if (family === 0) return true;
  if (family === 6 && IPV4_COMPATIBLE.check(candidate, 'ipv6')) return true;
  return FORBIDDEN.check(candidate, family === 4 ? 'ipv4' : 'ipv6');
}

export class ForbiddenTargetError extends Error {
  constructor(readonly reason: string) {
    super(reason);
  }
}

/** Checks a URL's form (the address is checked when connecting, see safeLookup). */
export function assertAcceptableUrl(url: string): URL {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new ForbiddenTargetError('is not a URL');
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')
    throw new ForbiddenTargetError('must be http or https');
  if (parsed.username || parsed.password) throw new ForbiddenTargetError('must not carry credentials');
  return parsed;
}

/**
 * Resolves a host and refuses it if any address is forbidden, unless the host is explicitly allowed
 * (WEBHOOK_ALLOWED_HOSTS, for an internal system on purpose). Used both when subscribing and as the socket's
 * own DNS lookup when delivering, so a name that later re-resolves to an internal address (DNS rebinding)
 * is still refused.
 */
export async function assertPublicHost(hostname: string, allowedHosts: readonly string[]): Promise<void> {
  const bare = hostname.replace(/^\[|\]$/g, '');
  if (allowedHosts.includes(bare)) return;
  const addresses = isIP(bare)
    ? [{ address: bare }]
    : await dns.promises.lookup(bare, { all: true }).catch(() => []);
  if (addresses.length === 0) throw new ForbiddenTargetError(`host ${bare} does not resolve`);
  const forbidden = addresses.find((entry) => isForbiddenAddress(entry.address));
  if (forbidden)
    throw new ForbiddenTargetError(`resolves to ${forbidden.address}, a private or local address`);
}

export function safeLookup(allowedHosts: readonly string[]): LookupFunction {
  return (hostname, options, callback) => {
    dns.lookup(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error, '', 0);
      const list = addresses as dns.LookupAddress[];
      const forbidden =
        !allowedHosts.includes(hostname) && list.find((entry) => isForbiddenAddress(entry.address));
      if (forbidden) return callback(new ForbiddenTargetError(`resolves to ${forbidden.address}`), '', 0);
      if (options.all) return (callback as unknown as (e: null, a: dns.LookupAddress[]) => void)(null, list);
      return callback(null, list[0].address, list[0].family);
    });
  };
}

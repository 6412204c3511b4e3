// Which addresses ingest may fetch from. By default only public unicast addresses: loopback,
// private, link-local, shared (carrier-grade NAT), unique-local, multicast, documentation and
// reserved ranges are refused, for IPv4 and IPv6 alike, including IPv6 forms that carry an IPv4
// address (IPv4-mapped `::ffff:a.b.c.d`, IPv4-compatible `::a.b.c.d`, NAT64 `64:ff9b::/96`, 6to4
// `2002::/16`). A host name is resolved first and every address it resolves to is checked; the
// connection then uses exactly the checked addresses (no second look-up to be raced).
import { lookup as dnsLookup } from 'node:dns/promises';
import { isIP } from 'node:net';

export interface ResolvedAddress {
  address: string;
  family: 4 | 6;
}

export type Resolver = (hostname: string) => Promise<ResolvedAddress[]>;

/** The system resolver (what the connection would use): every address, in its order. */
export const systemResolver: Resolver = async (hostname) => {
  const all = await dnsLookup(hostname, { all: true, verbatim: true });
  return all.map((a) => ({ address: a.address, family: a.family === 6 ? 6 : 4 }));
};

interface Range {
  bytes: number[];
  bits: number;
  why: string;
}

const V4: Range[] = [
  r4('0.0.0.0', 8, 'unspecified ("this network")'),
  r4('10.0.0.0', 8, 'private'),
  r4('100.64.0.0', 10, 'shared (carrier-grade NAT)'),
  r4('127.0.0.0', 8, 'loopback'),
  r4('169.254.0.0', 16, 'link-local'),
  r4('172.16.0.0', 12, 'private'),
  r4('192.0.0.0', 24, 'reserved (protocol assignments)'),
  r4('192.0.2.0', 24, 'documentation'),
  r4('192.88.99.0', 24, 'reserved (6to4 relay)'),
  r4('192.168.0.0', 16, 'private'),
  r4('198.18.0.0', 15, 'reserved (benchmarking)'),
  r4('198.51.100.0', 24, 'documentation'),
  r4('203.0.113.0', 24, 'documentation'),
  r4('224.0.0.0', 4, 'multicast'),
  r4('240.0.0.0', 4, 'reserved'),
];

const V6: Range[] = [
  r6('::', 128, 'unspecified'),
  r6('::1', 128, 'loopback'),
  r6('100::', 64, 'reserved (discard)'),
  r6('2001::', 32, 'reserved (Teredo)'),
  r6('2001:2::', 48, 'reserved (benchmarking)'),
  r6('2001:10::', 28, 'reserved (ORCHID)'),
  r6('2001:20::', 28, 'reserved (ORCHIDv2)'),
  r6('2001:db8::', 32, 'documentation'),
  r6('3fff::', 20, 'documentation'),
  r6('5f00::', 16, 'reserved (segment routing)'),
  r6('fc00::', 7, 'unique-local (private)'),
  r6('fe80::', 10, 'link-local'),
  r6('fec0::', 10, 'site-local (private)'),
  r6('ff00::', 8, 'multicast'),
];

/**
 * Why an address may not be fetched from (e.g. "loopback"), or undefined when it is a public
 * unicast address. Anything that is not an IP address at all is refused too.
 */
export function blockedReason(address: string): string | undefined {
  return judge(address)?.why;
}

/** "a loopback address", "a private address (IPv4 10.0.0.1 inside IPv6)"; undefined when allowed. */
export function explainBlocked(address: string): string | undefined {
  const j = judge(address);
  if (!j) return undefined;
  return `${/^([aeio]|u(?!ni))/i.test(j.why) ? 'an' : 'a'} ${j.why.replace(/^(\S+)/, '$1 address')}${j.inside ? ` (IPv4 ${j.inside} inside IPv6)` : ''}`;
}

function judge(address: string): { why: string; inside?: string } | undefined {
  const ip = address.replace(/^\[|\]$/g, '').replace(/%.*$/, '');
  const kind = isIP(ip);
  if (kind === 4) return wrap(matchRange(parseV4(ip)!, V4));
  if (kind !== 6) return { why: 'invalid (not an IP address)' };
  const b = parseV6(ip);
  if (!b) return { why: 'invalid (not an IP address)' };
  // IPv6 forms that carry an IPv4 address are judged by that address.
  const embedded = embeddedV4(b);
  if (embedded) {
    const why = matchRange(embedded, V4);
    return why ? { why, inside: embedded.join('.') } : undefined;
  }
  return wrap(matchRange(b, V6));
}

function wrap(why: string | undefined): { why: string } | undefined {
  return why ? { why } : undefined;
}

export function isBlockedAddress(address: string): boolean {
  return blockedReason(address) !== undefined;
}

/** The IPv4 address inside an IPv6 one (mapped, compatible, NAT64, 6to4), if it carries one. */
function embeddedV4(b: number[]): number[] | undefined {
  const zero = (from: number, to: number) => b.slice(from, to).every((x) => x === 0);
  // ::ffff:a.b.c.d (IPv4-mapped) and ::ffff:0:a.b.c.d (IPv4-translated)
  if (zero(0, 10) && b[10] === 0xff && b[11] === 0xff) return b.slice(12);
  if (zero(0, 8) && b[8] === 0xff && b[9] === 0xff && b[10] === 0 && b[11] === 0) return b.slice(12);
  // ::a.b.c.d (IPv4-compatible, deprecated), but not :: and ::1 themselves
  if (zero(0, 12) && !(zero(12, 15) && b[15] <= 1)) return b.slice(12);
  // 64:ff9b::/96 (NAT64 well-known prefix) and 64:ff9b:1::/48 (local-use NAT64)
  if (b[0] === 0 && b[1] === 0x64 && b[2] === 0xff && b[3] === 0x9b) {
    if (zero(4, 12)) return b.slice(12);
    if (b[4] === 0 && b[5] === 1) return b.slice(12);
  }
  // 2002:AABB:CCDD::/48 (6to4)
  if (b[0] === 0x20 && b[1] === 0x02) return b.slice(2, 6);
  return undefined;
}

function matchRange(bytes: number[], ranges: Range[]): string | undefined {
  for (const r of ranges) if (inRange(bytes, r)) return r.why;
  return undefined;
}

function inRange(bytes: number[], r: Range): boolean {
  let bits = r.bits;
  for (let i = 0; bits > 0; i++, bits -= 8) {
    const mask = bits >= 8 ? 0xff : (0xff << (8 - bits)) & 0xff;
    if ((bytes[i] & mask) !== (r.bytes[i] & mask)) return false;
  }
  return true;
}

function parseV4(s: string): number[] | undefined {
  const parts = s.split('.');
  if (parts.length !== 4) return undefined;
  const out = parts.map((p) => (/^\d{1,3}$/.test(p) ? Number(p) : NaN));
  return out.every((n) => n >= 0 && n <= 255) ? out : undefined;
}

/** Sixteen bytes of an IPv6 address (with `::` and a trailing dotted IPv4 part). */
export function parseV6(s: string): number[] | undefined {
  let text = s.toLowerCase();
  let tail: number[] = [];
  const dotted = /(\d{1,3}(?:\.\d{1,3}){3})$/.exec(text);
  if (dotted) {
    const v4 = parseV4(dotted[1]);
    if (!v4) return undefined;
    tail = v4;
    text = `${text.slice(0, dotted.index)}0:0`;
  }
  const halves = text.split('::');
  if (halves.length > 2) return undefined;
  const groups = (h: string) => (h ? h.split(':') : []);
  const head = groups(halves[0]);
  const rest = halves.length === 2 ? groups(halves[1]) : [];
  const fill = 8 - head.length - rest.length;
  if (halves.length === 1 ? fill !== 0 : fill < 0) return undefined;
  const all = [...head, ...Array<string>(halves.length === 2 ? fill : 0).fill('0'), ...rest];
  if (all.length !== 8 || !all.every((g) => /^[0-9a-f]{1,4}$/.test(g))) return undefined;
  const bytes = all.flatMap((g) => {
    const n = parseInt(g, 16);
    return [n >> 8, n & 0xff];
  });
  if (tail.length) bytes.splice(12, 4, ...tail);
  return bytes;
}

function r4(ip: string, bits: number, why: string): Range {
  return { bytes: parseV4(ip)!, bits, why };
}

function r6(ip: string, bits: number, why: string): Range {
  return { bytes: parseV6(ip)!, bits, why };
}

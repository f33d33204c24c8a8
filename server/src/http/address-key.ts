// The key per-address limits count by. An IPv4 address as is (IPv4-mapped IPv6 unwrapped, so a
// dual-stack listener counts a client once); an IPv6 address by its /64, the block one subscriber
// usually gets, so rotating through it buys a client nothing.
import { isIPv4, isIPv6 } from 'node:net';

export function addressKey(ip: string | undefined): string {
  if (!ip) return 'unknown';
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(ip);
  if (mapped) return mapped[1]!;
  if (isIPv4(ip)) return ip;
  const bare = ip.split('%')[0]!; // a zone id (fe80::1%eth0) names an interface, not a host
  if (!isIPv6(bare)) return ip;
  return `${firstFourGroups(bare).join(':')}::/64`;
}

function firstFourGroups(ip: string): string[] {
  const [head, tail] = ip.split('::');
  const groups = (part: string | undefined) => (part ? part.split(':') : []);
  // A trailing dotted quad stands for two groups; it never reaches the first four unless all else is zero.
  const width = (parts: string[]) => parts.reduce((n, g) => n + (g.includes('.') ? 2 : 1), 0);
  const left = groups(head);
  const right = tail === undefined ? [] : groups(tail);
  const all = tail === undefined ? left : [...left, ...Array<string>(8 - width(left) - width(right)).fill('0'), ...right];
  return all.slice(0, 4).map((g) => (g.includes('.') ? '0' : parseInt(g, 16).toString(16)));
}

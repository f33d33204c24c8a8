// Which Host headers a loopback server answers: only its own address and `localhost`, with its port.
// A web page on another name that resolves to 127.0.0.1 (DNS rebinding) sends that name in Host; a
// plain allow-list of exact strings leaves no parsing for an attacker to play with.

/** The Host values naming this listener (`host` as it was bound: '127.0.0.1' or '::1'). */
export function ownHosts(host: string, port: number): ReadonlySet<string> {
  const literal = host.includes(':') ? `[${host}]` : host;
  return new Set([`${literal}:${port}`, `localhost:${port}`]);
}

/** Host names are case-insensitive, so `LOCALHOST:port` is still us; anything else is compared exactly. */
export function isOwnHost(header: string | string[] | undefined, own: ReadonlySet<string>): boolean {
  if (typeof header !== 'string' || header.length > 64) return false;
  return own.has(header.toLowerCase());
}

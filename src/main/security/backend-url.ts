// Which backend the console may talk to. The session token and every customer's data travel over it, so
// plain http is allowed only where nothing crosses a network: this computer (127.0.0.0/8, ::1, localhost).
// Anything else must be https. Pure, so it is tested against hostile input (look-alike hosts, credentials,
// other schemes, odd encodings).

export type BackendUrlVerdict =
  | { ok: true; url: string }
  | { ok: false; code: 'invalid_backend_url' | 'insecure_backend_url'; reason: string };

export interface BackendUrlPolicy {
  /** Development only: plain http to any host (CONSOLE_ALLOW_INSECURE_BACKEND=1, never when packaged). */
  allowPlainHttpAnywhere: boolean;
}

/** The packaged app ignores the developer switch: an environment variable must not downgrade it. */
export function backendUrlPolicy(packaged: boolean, env: Record<string, string | undefined>): BackendUrlPolicy {
  return { allowPlainHttpAnywhere: !packaged && env.CONSOLE_ALLOW_INSECURE_BACKEND === '1' };
}

export function checkBackendUrl(raw: string, policy: BackendUrlPolicy): BackendUrlVerdict {
  const invalid = (why: string): BackendUrlVerdict => ({ ok: false, code: 'invalid_backend_url', reason: `The server address is not usable: ${why}.` });
  // Characters the URL parser would silently drop or reinterpret are refused before it sees them.
  if (typeof raw !== 'string' || raw.length === 0 || raw.length > 2000 || hasOddCharacter(raw)) return invalid('it is empty, too long or has spaces, control characters or backslashes');
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return invalid('it is not an absolute URL');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return invalid('it must start with https://');
  if (url.username || url.password) return invalid('it must not carry a user name or password');
  if (url.search || url.hash || raw.includes('?') || raw.includes('#')) return invalid('it must not have a query or fragment');
  if (!url.hostname) return invalid('it names no host');
  if (url.protocol === 'https:' || policy.allowPlainHttpAnywhere || isLoopback(url.hostname)) return { ok: true, url: raw };
  return {
    ok: false,
    code: 'insecure_backend_url',
    reason: `The console will not connect to ${url.origin}: plain http would send the session and customer data unencrypted. Use an https:// address (plain http only to this computer: 127.0.0.1, ::1, localhost).`,
  };
}

/** `hostname` as the URL parser normalised it: IPv4 in dotted decimal, IPv6 compressed in brackets, lower case. */
function isLoopback(hostname: string): boolean {
  return hostname === 'localhost' || hostname === '[::1]' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(hostname);
}

function hasOddCharacter(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c <= 0x20 || c === 0x7f || c === 0x5c) return true;
  }
  return false;
}

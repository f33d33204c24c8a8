// The Content Security Policy sent with every page the console serves: no inline or remote script, and
// connections only to itself (plus the loopback bridge in the browser edition).
export function contentSecurityPolicy(opts: { connect?: string[] } = {}): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    // The sync worker: our own bundle only.
    "worker-src 'self'",
    "style-src 'self'",
    `connect-src 'self'${opts.connect?.length ? ` ${opts.connect.join(' ')}` : ''}`,
    "img-src 'self' data:",
    "font-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}

export const SECURITY_HEADERS: Record<string, string> = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
  'permissions-policy': 'camera=(), microphone=(), geolocation=()',
};

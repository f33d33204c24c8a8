// Which links may leave the console for the OS browser: plain http(s) web pages only. Pure, so it can be
// tested against hostile input (javascript:, file:, custom schemes, credentials, control characters).
export function isTrustedExternalUrl(raw: string): boolean {
  if (typeof raw !== 'string' || raw.length > 2000 || hasControlOrSpace(raw)) return false;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return false;
  if (url.username || url.password) return false;
  if (!url.hostname) return false;
  return true;
}

function hasControlOrSpace(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c <= 0x20 || c === 0x7f) return true;
  }
  return false;
}

// UUIDv7 (RFC 9562): 48-bit Unix milliseconds, then random bits. Made on the client, so ids sort by
// creation time but ordering on the server never relies on them.
export function uuidv7(nowMs: number = Date.now(), random: (bytes: Uint8Array<ArrayBuffer>) => void = fill): string {
  const b = new Uint8Array(16);
  random(b);
  const ms = BigInt(Math.max(0, Math.floor(nowMs)));
  for (let i = 0; i < 6; i++) b[i] = Number((ms >> BigInt(8 * (5 - i))) & 0xffn);
  b[6] = (b[6]! & 0x0f) | 0x70;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const hex = Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

function fill(bytes: Uint8Array<ArrayBuffer>): void {
  globalThis.crypto.getRandomValues(bytes);
}

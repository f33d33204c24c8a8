// The bridge's per-install secret and port, kept in the edition's data dir so an open page reconnects to
// a restarted edition (same origin, same secret in its sessionStorage) without a reload.
import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { readPrivate, writePrivate } from './file-store';

const FILE = 'bridge.json';
const Identity = z.object({ secret: z.string().regex(/^[A-Za-z0-9_-]{32,128}$/), port: z.number().int().min(1).max(65535).nullable() });
export type BridgeIdentity = z.infer<typeof Identity>;

/** The stored identity, or a fresh secret (no port yet) when there is none or it is unreadable. */
export async function loadBridgeIdentity(dir: string): Promise<BridgeIdentity> {
  const text = await readPrivate(dir, FILE);
  if (text !== null) {
    try {
      const parsed = Identity.safeParse(JSON.parse(text));
      if (parsed.success) return parsed.data;
    } catch {
      // Unreadable: start over with a new secret (an open page then needs the new address once).
    }
    console.warn(`browser edition: ${FILE} is unreadable; a new access key is made`);
  }
  return { secret: randomBytes(24).toString('base64url'), port: null };
}

export function saveBridgeIdentity(dir: string, id: BridgeIdentity): Promise<void> {
  return writePrivate(dir, FILE, JSON.stringify(id));
}

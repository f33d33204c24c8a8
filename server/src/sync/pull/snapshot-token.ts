// The continuation of a first sync: which snapshot (its version), whose, where the walk stands, and the
// total counted when it began. Opaque to the client; a token that does not parse, or is another agent's,
// is treated as no snapshot to continue (the client is told to refetch and starts again).
import { z } from 'zod';

const Token = z.object({
  /** The organisation's version when the snapshot began: the catch-up starts there. */
  v: z.number().int().nonnegative(),
  /** The agent it was started for. */
  a: z.string().max(64),
  /** The walk's position: the last (customer, ticket) sent; '' before the first. */
  c: z.string().max(64),
  t: z.string().max(64),
  /** Rows the first sync sends, counted at its start, and rows sent so far. */
  n: z.number().int().nonnegative(),
  s: z.number().int().nonnegative(),
});
export type SnapshotPosition = z.infer<typeof Token>;

export function encodeSnapshot(p: SnapshotPosition): string {
  return Buffer.from(JSON.stringify(p)).toString('base64url');
}

export function decodeSnapshot(token: string, agentId: string): SnapshotPosition | null {
  try {
    const p = Token.safeParse(JSON.parse(Buffer.from(token, 'base64url').toString('utf8')));
    return p.success && p.data.a === agentId ? p.data : null;
  } catch {
    return null;
  }
}

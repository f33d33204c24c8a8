// Frames of the browser edition's loopback WebSocket bridge, which carries the same renderer↔main
// contract as Electron IPC. The page authenticates with the per-launch secret in the socket URL (?k=).
import { z } from 'zod';
import { BridgeError } from './api';

export const BRIDGE_PATH = '/bridge';

export const BridgeClientFrame = z.object({
  t: z.literal('req'),
  id: z.number().int().nonnegative(),
  name: z.string().max(64),
  input: z.unknown(),
});
export type BridgeClientFrame = z.infer<typeof BridgeClientFrame>;

export const BridgeServerFrame = z.union([
  z.object({ t: z.literal('res'), id: z.number(), ok: z.literal(true), value: z.unknown() }),
  z.object({ t: z.literal('res'), id: z.number(), ok: z.literal(false), error: BridgeError }),
  z.object({ t: z.literal('evt'), name: z.string(), payload: z.unknown() }),
]);
export type BridgeServerFrame = z.infer<typeof BridgeServerFrame>;

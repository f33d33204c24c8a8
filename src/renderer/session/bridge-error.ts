// Errors that crossed the bridge carry a BridgeError code; anything else is unknown.
import { BridgeError } from '../../shared/api';

export function bridgeErrorCode(err: unknown): BridgeError['code'] | null {
  if (typeof err !== 'object' || err === null) return null;
  const direct = BridgeError.shape.code.safeParse((err as { code?: unknown }).code);
  if (direct.success) return direct.data;
  const nested = (err as { error?: unknown }).error;
  if (typeof nested === 'object' && nested !== null) {
    const inner = BridgeError.shape.code.safeParse((nested as { code?: unknown }).code);
    if (inner.success) return inner.data;
  }
  return null;
}

// Fastify's options for the timeouts in HttpLimits. Node checks the request and header timeouts on a
// timer (30 s by default), so the check runs often enough for the shortest of them to be kept.
import type { HttpLimits } from '../config';

export function serverTimeoutOptions(limits: HttpLimits) {
  const shortest = Math.min(limits.requestTimeoutMs, limits.headersTimeoutMs);
  return {
    requestTimeout: limits.requestTimeoutMs,
    connectionTimeout: limits.connectionTimeoutMs,
    keepAliveTimeout: limits.keepAliveTimeoutMs,
    http: {
      headersTimeout: limits.headersTimeoutMs,
      requestTimeout: limits.requestTimeoutMs,
      connectionsCheckingInterval: Math.max(50, Math.min(30_000, Math.floor(shortest / 4))),
    },
  };
}

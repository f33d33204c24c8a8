// 2,000 edits made while the backend is unreachable, then the time from the link's return until the
// server holds every one of them — asked of the server through its HTTP API (a supervisor's pull of the
// ticket's history), never of the page.
import type { Page } from '@playwright/test';
import type { HistoryEntry } from '../../src/shared/index';
import { call, login, pull, type Session } from '../../tests/support/api-client';
import type { TcpProxy } from '../../tests/support/tcp-proxy';
import { keyboardEdits } from './in-page-actions';

/** The tenant's version now: the highest cursor the server does not answer with refetch. */
async function currentVersion(base: string, s: Session): Promise<number> {
  const ok = async (cursor: number) => 'cursor' in (await call<object>(base, '/sync/pull', { clientId: s.clientId, cursor, ackedMutationId: 0 }, s.token)).body;
  let hi = 1;
  while (await ok(hi)) hi *= 2;
  let lo = hi / 2;
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (await ok(mid)) lo = mid;
    else hi = mid;
  }
  return lo;
}

/**
 * The ticket's priority changes by `agentId` the server holds since `from` (following every page), and
 * the cursor after them: the next ask reads only what came since, so asking often does not hold up the
 * pushes it waits for (each ask of everything since `from` took the server ~100 ms at 2,000 edits).
 */
async function priorityChanges(base: string, s: Session, from: number, ticketId: string, agentId: string): Promise<{ n: number; cursor: number }> {
  let cursor = from;
  let n = 0;
  for (;;) {
    const r = await pull(base, s, cursor);
    if (!('changes' in r)) throw new Error('refetch while counting');
    for (const c of r.changes) {
      if (c.entity !== 'history') continue;
      const h = c.value as HistoryEntry;
      if (h.ticketId === ticketId && h.field === 'priority' && h.byAgentId === agentId) n++;
    }
    cursor = r.cursor;
    if (!r.more) return { n, cursor };
  }
}

export interface OutageFigures {
  editsMs: number;
  paints: number[];
  /** From the link's return until the server held all edits. */
  drainMs: number;
  /** How often the server was asked meanwhile (the figure is at most one ask late). */
  asks: number;
}

export async function offlineEdits(page: Page, base: string, proxy: TcpProxy, o: { ticketId: string; agentId: string; count: number }): Promise<OutageFigures> {
  const sup = await login(base, 'supervisor@demo.local');
  const from = await currentVersion(base, sup);
  proxy.cut();
  await page.waitForFunction(() => document.querySelector('[data-testid="sync-indicator"]')?.getAttribute('data-state') === 'offline', undefined, { timeout: 30_000 });
  const edits = await page.evaluate(keyboardEdits, { count: o.count, menuKey: 'p' as const, values: ['high', 'low'] as [string, string] });
  const before = await priorityChanges(base, sup, from, o.ticketId, o.agentId);
  if (before.n !== 0) throw new Error(`the server got ${before.n} edits while the link was cut`);
  proxy.restore();
  const t0 = performance.now();
  let asks = 0;
  let seen = 0;
  let cursor = before.cursor;
  for (;;) {
    const got = await priorityChanges(base, sup, cursor, o.ticketId, o.agentId);
    seen += got.n;
    cursor = got.cursor;
    if (seen >= o.count) break;
    asks++;
    if (performance.now() - t0 > 300_000) throw new Error('the edits did not reach the server in 5 minutes');
  }
  return { editsMs: edits.totalMs, paints: edits.paints, drainMs: performance.now() - t0, asks: asks + 1 };
}

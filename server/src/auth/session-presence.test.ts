// Signing in makes an offline agent available, and the last sign-out makes them offline, seen by another
// agent's pull (the supervisor's), on SQLite and PostgreSQL. A break chosen before signing in stays a break.
import { describe, expect, it } from 'vitest';
import type { Presence } from '../../../src/shared/domain';
import { login, pull, push, type Session } from '../../../tests/support/api-client';
import type { ServerHandle } from '../../../tests/support/server-process';
import type { OpenedDb } from '../db/database';
import { withDemoServer } from '../testing/demo-server';

describe.each(['sqlite', 'postgres'] as const)('presence at sign-in and sign-out on %s', (db) => {
  let server: ServerHandle;
  let direct: OpenedDb;
  let sup: Session;
  withDemoServer(db, (d) => ({ server, direct, sup } = d));

  /** The agent's presence as another agent's workstation is told it: a full pull, as the supervisor. */
  const seenBySupervisor = async (email: string): Promise<Presence | undefined> => {
    let found: Presence | undefined;
    for (let cursor: number | null = null; ; ) {
      const r = await pull(server.url, sup, cursor);
      if (!('changes' in r)) throw new Error('refetch');
      for (const c of r.changes) if (c.entity === 'agent' && c.value.email === email) found = c.value.presence;
      if (!r.more) return found;
      cursor = r.cursor;
    }
  };
  const stored = async (email: string) => (await direct.db.selectFrom('agents').select('presence').where('email', '=', email).executeTakeFirstOrThrow()).presence;
  const logout = (s: Session) => fetch(`${server.url}/api/v1/auth/logout`, { method: 'POST', headers: { authorization: `Bearer ${s.token}` } });

  it('makes an offline agent available at sign-in and offline at the last sign-out', async () => {
    expect(await stored('agent1@demo.local')).toBe('offline');
    const first = await login(server.url, 'agent1@demo.local');
    expect(first.agent.presence).toBe('available');
    expect(await seenBySupervisor('agent1@demo.local')).toBe('available');
    // A second workstation: signing out of one leaves her present.
    const second = await login(server.url, 'agent1@demo.local');
    expect((await logout(first)).status).toBe(200);
    expect(await stored('agent1@demo.local')).toBe('available');
    expect((await logout(second)).status).toBe(200);
    expect(await seenBySupervisor('agent1@demo.local')).toBe('offline');
  });

  it('leaves a presence the agent chose as it is at the next sign-in', async () => {
    const s = await login(server.url, 'agent1b@demo.local');
    expect((await push(server.url, s, [{ name: 'setPresence', args: { presence: 'break' } }])).refused).toEqual([]);
    const again = await login(server.url, 'agent1b@demo.local');
    expect(again.agent.presence).toBe('break');
    expect(await stored('agent1b@demo.local')).toBe('break');
  });
});

// The agent's own status/priority edit shows before its local write has committed, and gives way to the
// replica's row: kept when the write is saved, taken back when it is refused.
import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { agent, customer, ticket } from '../test-support/builders';
import { renderConsole, stubLayoutInSuite } from '../test-support/render-console';
import { ticketById } from '../db/queries';
import type { Replica } from '../db';
import { useAheadStore } from './ahead';

stubLayoutInSuite();

const me = agent(1, { name: 'Anna Kovács' });

async function openFirst() {
  const tc = await renderConsole(me, { agents: [me], customers: [customer(1)], tickets: [ticket(1)] });
  await tc.user.keyboard('gu');
  await waitFor(() => expect(screen.getAllByTestId('queue-row')[0]?.dataset.ticketNumber).toBe('1'));
  await tc.user.keyboard('{Enter}');
  await screen.findByTestId('ticket-view');
  return tc;
}

/** Holds every local write until release(); refuse: the write then answers as a refusal instead. */
function gateWrites(replica: Replica, refuse = false) {
  const real = replica.mutate.bind(replica);
  let release: () => void = () => undefined;
  const gate = new Promise<void>((ok) => (release = ok));
  replica.mutate = (async (name: never, args: never) => {
    await gate;
    return refuse ? { ok: false, code: 'invalid', reason: 'console_failed', params: {} } : real(name, args);
  }) as Replica['mutate'];
  return { release: () => release() };
}

const status = () => screen.getByTestId('ticket-status').dataset.value;

describe('an own edit shown ahead of its write', () => {
  it('shows the new status while the write has not committed, and keeps it once the replica has it', async () => {
    const tc = await openFirst();
    const gate = gateWrites(tc.replica);
    await tc.user.keyboard('s');
    await screen.findByTestId('status-menu');
    await tc.user.keyboard('3');
    await waitFor(() => expect(status()).toBe('pending'));
    // The oracle: the replica itself, which has not been written yet.
    expect((await ticketById(tc.replica.db, ticket(1).id))?.status).toBe('new');
    gate.release();
    await waitFor(async () => expect((await ticketById(tc.replica.db, ticket(1).id))?.status).toBe('pending'));
    expect(status()).toBe('pending');
  });

  it('takes the edit back when the write is refused', async () => {
    const tc = await openFirst();
    const gate = gateWrites(tc.replica, true);
    await tc.user.keyboard('p');
    await screen.findByTestId('priority-menu');
    await tc.user.keyboard('{ArrowDown}{ArrowDown}{Enter}');
    await waitFor(() => expect(screen.getByTestId('ticket-priority').dataset.value).toBe('urgent'));
    gate.release();
    await waitFor(() => expect(screen.getByTestId('ticket-priority').dataset.value).toBe(ticket(1).priority));
    expect((await ticketById(tc.replica.db, ticket(1).id))?.priority).toBe(ticket(1).priority);
  });

  it('quick edits made one after another: the last shows throughout, and every write lands in order', async () => {
    const tc = await openFirst();
    const real = tc.replica.mutate.bind(tc.replica);
    const gates: (() => void)[] = [];
    const writes: Promise<unknown>[] = [];
    tc.replica.mutate = ((name: never, args: never) => {
      const w = new Promise<void>((ok) => gates.push(ok)).then(() => real(name, args));
      writes.push(w);
      return w;
    }) as Replica['mutate'];
    const priority = () => screen.getByTestId('ticket-priority').dataset.value;
    const choose = async (arrows: string) => {
      await tc.user.keyboard('p');
      await screen.findByTestId('priority-menu');
      await tc.user.keyboard(`${arrows}{Enter}`);
    };
    await choose('{ArrowDown}{ArrowDown}'); // normal → urgent
    await waitFor(() => expect(priority()).toBe('urgent'));
    await choose('{ArrowUp}{ArrowUp}{ArrowUp}'); // urgent → low
    await waitFor(() => expect(priority()).toBe('low'));
    // The first write lands: the replica says urgent, the screen still the later edit.
    gates[0]!();
    await writes[0];
    await waitFor(async () => expect((await ticketById(tc.replica.db, ticket(1).id))?.priority).toBe('urgent'));
    // The view has read the row again after the first write: only the later edit is still laid over it.
    await waitFor(() => expect(useAheadStore.getState().byTicket[ticket(1).id]?.length).toBe(1));
    expect(priority()).toBe('low');
    gates[1]!();
    await writes[1];
    await waitFor(async () => expect((await ticketById(tc.replica.db, ticket(1).id))?.priority).toBe('low'));
    expect(priority()).toBe('low');
    await waitFor(async () => expect((await tc.api.pushed()).filter((m) => m.name === 'setPriority').length).toBe(2));
    expect((await tc.api.pushed()).filter((m) => m.name === 'setPriority').map((m) => (m.args as { priority: string }).priority)).toEqual(['urgent', 'low']);
  });
});

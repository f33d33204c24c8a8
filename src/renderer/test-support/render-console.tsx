// Renders the signed-in console over a real replica on fake-indexeddb, fed by the fake bridge with one
// pulled batch, as main would after a first sync.
import { render, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, beforeAll, expect, onTestFinished } from 'vitest';
import type { Agent, Customer, Ticket } from '../../shared/domain';
import { ConsoleContext } from '../app/console-context';
import { ConsoleShell } from '../app/console-shell';
import { openReplica, type Replica } from '../db';
import { ticketById } from '../db/queries';
import { changes } from './builders';
import { createFakeConsoleApi, type FakeConsoleApi } from './fake-console-api';

let dbCounter = 0;

/** happy-dom lays nothing out: give elements a box so the virtualizer has a window of rows to show. */
export function stubLayout(height = 340, width = 1000): () => void {
  const h = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'clientHeight');
  const w = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'clientWidth');
  Object.defineProperty(HTMLElement.prototype, 'clientHeight', { configurable: true, get: () => height });
  Object.defineProperty(HTMLElement.prototype, 'clientWidth', { configurable: true, get: () => width });
  return () => {
    if (h) Object.defineProperty(HTMLElement.prototype, 'clientHeight', h);
    if (w) Object.defineProperty(HTMLElement.prototype, 'clientWidth', w);
  };
}

/** stubLayout for every test of the calling file (suite-level set-up and tear-down). */
export function stubLayoutInSuite(height?: number, width?: number): void {
  let restore: () => void = () => undefined;
  beforeAll(() => {
    restore = stubLayout(height, width);
  });
  afterAll(() => restore());
}

export interface TestConsole {
  api: FakeConsoleApi;
  replica: Replica;
  user: ReturnType<typeof userEvent.setup>;
  /** Plays a pulled batch from main and waits until the replica holds the given ticket. */
  pull(rows: { agents?: Agent[]; customers?: Customer[]; tickets?: Ticket[] }, cursor: number): Promise<void>;
}

export async function renderConsole(me: Agent, rows: { agents: Agent[]; customers: Customer[]; tickets: Ticket[] }): Promise<TestConsole> {
  const api = createFakeConsoleApi({ agent: me });
  dbCounter += 1;
  const replica = await openReplica({ sync: api.startSync, agent: me, dbName: `renderer-test-${Date.now()}-${dbCounter}` });
  onTestFinished(() => replica.close());
  const pull: TestConsole['pull'] = async (batch, cursor) => {
    await api.pull({ cursor, lastMutationId: 0, changes: changes(batch), refused: [] });
    const last = batch.tickets?.[batch.tickets.length - 1];
    if (last) await waitFor(async () => expect((await ticketById(replica.db, last.id))?.version).toBe(last.version), { timeout: 10_000 });
  };
  await pull(rows, 1);
  const user = userEvent.setup();
  render(
    <ConsoleContext.Provider value={{ api, replica }}>
      <ConsoleShell onLogout={() => {}} />
    </ConsoleContext.Provider>,
  );
  return { api, replica, user, pull };
}

// The wallboard in happy-dom over a real replica (fake-indexeddb, the real sync loop fed by the fake
// bridge): a supervisor lands on it and its numbers equal a plain count over the rows the test pulled;
// they follow the next pull; a number opens its list; arrows move across them; "as of" while offline;
// an agent never gets it mounted and is told it is for supervisors.
import { act, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Ticket, Tier } from '../../shared/domain';
import { agent, customer, ticket } from '../test-support/builders';
import { renderConsole, stubLayoutInSuite } from '../test-support/render-console';

stubLayoutInSuite();

const sup = agent(9, { name: 'Sam Super', role: 'supervisor', tier: null });
const anna = agent(1, { name: 'Anna Kovács' });
const bela = agent(2, { name: 'Béla Nagy', tier: 2, presence: 'break' });
const MIN = 60_000;
const ago = (m: number) => new Date(Date.now() - m * MIN).toISOString();

function rows(): Ticket[] {
  return [
    ticket(1, { channel: 'phone', createdAt: ago(10) }),
    ticket(2, { status: 'open', assigneeId: anna.id, channel: 'chat', createdAt: ago(200) }),
    ticket(3, { status: 'pending', channel: 'email' }),
    ticket(4, { tier: 2, channel: 'web', createdAt: ago(20) }),
    ticket(5, { status: 'solved', solvedAt: ago(5), createdAt: ago(300) }),
    ticket(6, { firstResponseDueAt: ago(30), createdAt: ago(90) }),
  ];
}

/** The oracle: plain filters over the rows as the test made them. */
const OPEN = ['new', 'open', 'pending', 'on_hold'];
const oracle = {
  waiting: (ts: Ticket[], tier: Tier) => ts.filter((t) => t.tier === tier && OPEN.includes(t.status) && !t.assigneeId).length,
  progress: (ts: Ticket[], tier: Tier) => ts.filter((t) => t.tier === tier && t.assigneeId && ['new', 'open'].includes(t.status)).length,
  pending: (ts: Ticket[], tier: Tier) => ts.filter((t) => t.tier === tier && t.status === 'pending').length,
  breached: (ts: Ticket[], tier: Tier) => ts.filter((t) => t.tier === tier && OPEN.includes(t.status) && Date.parse(t.firstResponseDueAt) < Date.now()).length,
  createdHour: (ts: Ticket[], tier: Tier) => ts.filter((t) => t.tier === tier && Date.parse(t.createdAt) >= Date.now() - 60 * MIN).length,
  solvedHour: (ts: Ticket[], tier: Tier) => ts.filter((t) => t.tier === tier && t.solvedAt && Date.parse(t.solvedAt) >= Date.now() - 60 * MIN).length,
};
/** The board's numbers appear once its first reads are back (a loaded machine can take seconds). */
const LOADED = { timeout: 10_000 };
const figure = (row: string, col: Tier | 'all') => screen.getByTestId(`board-${row}-${col}`).textContent;

describe('the wallboard', () => {
  it('is where a supervisor lands; its numbers are a plain count of the rows and follow the next pull', async () => {
    const held = rows();
    const c = await renderConsole(sup, { agents: [sup, anna, bela], customers: [customer(1)], tickets: held });
    await screen.findByTestId('board-waiting-1', {}, LOADED);
    for (const [row, count] of Object.entries(oracle)) {
      for (const tier of [1, 2, 3] as const) await waitFor(() => expect(figure(row, tier)).toBe(String(count(held, tier))));
      expect(figure(row, 'all')).toBe(String(count(held, 1) + count(held, 2) + count(held, 3)));
    }
    const phones = (ts: Ticket[]) => String(ts.filter((t) => t.channel === 'phone' && OPEN.includes(t.status)).length);
    expect(figure('channel-phone', 'all')).toBe(phones(held));
    const annaRow = screen.getAllByTestId('agent-row').find((r) => r.dataset.agentId === anna.id)!;
    expect(annaRow.querySelector('[data-testid="agent-open"]')?.textContent).toBe('1');
    expect(screen.getAllByTestId('agent-row').find((r) => r.dataset.agentId === bela.id)?.textContent).toContain('On a break');

    const arrived = ticket(7, { createdAt: ago(1), channel: 'phone' });
    await c.pull({ tickets: [arrived] }, 2);
    await waitFor(() => expect(figure('waiting', 1)).toBe(String(oracle.waiting([...held, arrived], 1))));
    expect(figure('createdHour', 'all')).toBe(String(oracle.createdHour([...held, arrived], 1) + oracle.createdHour(held, 2)));
    expect(figure('channel-phone', 1)).toBe(phones([...held, arrived]));
  });

  it("shows each agent's cap, flags one over it, and how long they have been in their presence", async () => {
    const capped = agent(3, { name: 'Cili Kiss', cap: 1, presence: 'busy', presenceSince: ago(95) });
    const held = [ticket(11, { assigneeId: capped.id }), ticket(12, { assigneeId: capped.id, status: 'pending' }), ticket(13, { assigneeId: anna.id })];
    await renderConsole(sup, { agents: [sup, { ...anna, cap: 5 }, capped], customers: [customer(1)], tickets: held });
    const rowOf = async (id: string) => {
      await waitFor(() => expect(screen.getAllByTestId('agent-row').find((r) => r.dataset.agentId === id)).toBeTruthy(), LOADED);
      return screen.getAllByTestId('agent-row').find((r) => r.dataset.agentId === id)!;
    };
    const cili = await rowOf(capped.id);
    // Two open tickets (one pending) against a cap of one: over it.
    await waitFor(() => expect(cili.querySelector('[data-testid="agent-open"]')?.textContent).toBe('2'));
    expect(cili.querySelector('[data-testid="agent-cap"]')?.getAttribute('data-over')).toBe('true');
    expect(cili.querySelector('[data-testid="agent-cap"]')?.textContent).toBe('1 · over cap');
    // 95 minutes in "busy": an hour and 35 minutes in the two units the console's durations show (the board's
    // clock steps every 15 s, so it may still say 34).
    expect(cili.querySelector('[data-testid="agent-since"]')?.textContent).toMatch(/^1\D+3[45]\D/);
    const annaRow = await rowOf(anna.id);
    await waitFor(() => expect(annaRow.querySelector('[data-testid="agent-open"]')?.textContent).toBe('1'));
    expect(annaRow.querySelector('[data-testid="agent-cap"]')?.getAttribute('data-over')).toBe('false');
    expect((await rowOf(sup.id)).querySelector('[data-testid="agent-cap"]')?.textContent).toBe('no cap');
  });

  it("shows what each agent solved today (the workstation's local day), and follows a solve", async () => {
    const held = [
      ticket(21, { assigneeId: anna.id, status: 'solved', solvedAt: ago(5) }),
      ticket(22, { assigneeId: anna.id, status: 'closed', solvedAt: ago(40) }),
      ticket(23, { assigneeId: anna.id, status: 'solved', solvedAt: ago(26 * 60) }),
      ticket(24, { assigneeId: bela.id, tier: 2, status: 'solved', solvedAt: ago(3) }),
      ticket(25, { assigneeId: anna.id, status: 'open' }),
      ticket(26, { status: 'solved', solvedAt: ago(2) }),
    ];
    // The oracle: the rows' solved times on today's calendar date, as the Date object says it.
    const today = (ts: Ticket[], id: string) =>
      String(ts.filter((t) => t.assigneeId === id && ['solved', 'closed'].includes(t.status) && t.solvedAt && new Date(t.solvedAt).toDateString() === new Date().toDateString()).length);
    const c = await renderConsole(sup, { agents: [sup, anna, bela], customers: [customer(1)], tickets: held });
    const cell = (id: string) => screen.getAllByTestId('agent-row').find((r) => r.dataset.agentId === id)?.querySelector('[data-testid="agent-solved-today"]')?.textContent;
    await waitFor(() => expect(cell(anna.id)).toBe(today(held, anna.id)), LOADED);
    expect(cell(bela.id)).toBe(today(held, bela.id));
    const solvedNow = { ...held[4]!, status: 'solved' as const, solvedAt: new Date().toISOString(), version: held[4]!.version + 1 };
    await c.pull({ tickets: [solvedNow] }, 2);
    const after = held.map((t) => (t.id === solvedNow.id ? solvedNow : t));
    await waitFor(() => expect(cell(anna.id)).toBe(today(after, anna.id)));
  });

  it('opens the list a number counts: waiting in tier 2 is that tier’s Unassigned queue', async () => {
    const c = await renderConsole(sup, { agents: [sup, anna, bela], customers: [customer(1)], tickets: rows() });
    await c.user.click(await screen.findByTestId('board-waiting-2', {}, LOADED));
    await waitFor(() => expect(screen.getByTestId('queue-tab-unassigned').getAttribute('aria-current')).toBe('page'));
    await waitFor(() => expect(screen.getAllByTestId('queue-row').map((r) => r.dataset.ticketId)).toEqual([ticket(4).id]));
    expect(screen.getByTestId('board-waiting-2').getAttribute('aria-label')).toBe('Waiting (unassigned), Tier 2: 1. Opens Unassigned in tier 2.');
  });

  it('takes the focus with g b, and the arrows move across its numbers', async () => {
    const c = await renderConsole(sup, { agents: [sup, anna], customers: [customer(1)], tickets: rows() });
    await screen.findByTestId('board-open-1', {}, LOADED);
    await c.user.keyboard('gb');
    await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId('board-open-1')));
    await c.user.keyboard('{ArrowRight}{ArrowRight}{ArrowDown}');
    expect(document.activeElement).toBe(screen.getByTestId('board-waiting-3'));
    await c.user.keyboard('{ArrowLeft}{ArrowUp}');
    expect(document.activeElement).toBe(screen.getByTestId('board-open-2'));
    // Enter on a number opens its list (here All in tier 2), not the queue's selected ticket.
    await c.user.keyboard('{Enter}');
    await waitFor(() => expect(screen.getByTestId('queue-list').getAttribute('aria-label')).toContain('All in tier 2'));
    expect(screen.queryByTestId('ticket-view')).toBeNull();
  });

  it('says "as of" the last pull, in the agent’s locale, while not online', async () => {
    const c = await renderConsole(sup, { agents: [sup], customers: [customer(1)], tickets: rows() });
    const pulledAt = await waitFor(async () => {
      const v = (await c.replica.db.meta.get('pulledAt'))?.value;
      expect(typeof v).toBe('string');
      return v as string;
    });
    await act(() => c.api.showStatus({ state: 'offline', pending: 0, lastSyncedAt: pulledAt, lastError: null, initialLoad: null }));
    const at = new Date(pulledAt);
    const hh = at.getHours() % 12 || 12;
    const mm = String(at.getMinutes()).padStart(2, '0');
    await waitFor(() => expect(screen.getByTestId('board-as-of').textContent).toMatch(new RegExp(`^As of 0?${hh}:${mm}\\s(AM|PM)$`)));
  });

  it('is never mounted for an agent, who is told it is for supervisors', async () => {
    const c = await renderConsole(anna, { agents: [anna], customers: [customer(1)], tickets: rows() });
    await screen.findAllByTestId('queue-row');
    await c.user.keyboard('gb');
    await waitFor(() => expect(screen.getByTestId('live-region').textContent).toBe('The wallboard is for supervisors.'));
    expect(screen.queryByTestId('board')).toBeNull();
  });
});

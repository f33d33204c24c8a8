import { test, expect, DEMO } from './fixtures';
import { unsentChanges } from './support/replica-outbox';
import { serverView } from './support/server-view';

// The story: two tier 1 agents on one ticket. A loses the backend, then replies, sets it pending and
// escalates it; B sees none of it; A reloads while still cut off and all three are still there, still
// pending; A's connection returns and B sees all of it (the delay is printed; its budget is a benchmark's,
// bench:sync, not this test's); the tier 2 specialist finds the
// escalation, with its summary, in their queue.
//
// The outage is where a real one is: A's browser edition (its main-process services) reaches the server
// through a loopback proxy the test cuts and restores; A's renderer and its bridge are never touched.
//
// Escalating hands the ticket to tier 2 unassigned and reopens it (the contract's escalate rule: a pending
// ticket becomes open), so the final status everyone sees is 'open', not 'pending'. That the pending
// status still reached the server is shown by the server's field versions: the escalation rewrote the
// status (pending → open) in the same write as the tier only if the status was pending when it landed.
test('an agent cut off from the backend replies, sets pending and escalates; it survives a reload; the other agent sees it all once the link returns', async ({
  server,
  openAgent,
}) => {
  const reply = 'We are checking the courier records for you.';
  const reason = 'Courier claim';
  const summary = 'Parcel shows delivered, customer has nothing; courier claim needs tier 2.';
  const a = await openAgent(DEMO.tier1, { cuttable: true });
  const b = await openAgent(DEMO.tier1b);
  const truth = await serverView(server.url, DEMO.supervisor);

  let ticketId = '';
  let number = '';
  const before = { mine: 0, tier: 0, statusVersion: 0 };

  await test.step('online: A takes a ticket, B has it open', async () => {
    await a.console.queue.goTo('unassigned');
    const id = await a.console.queue.rows().first().getAttribute('data-ticket-id');
    if (!id) throw new Error('the unassigned queue is empty');
    ticketId = id;
    number = await a.console.queue.numberOf(ticketId);
    await a.console.queue.open(ticketId);
    await a.console.ticket.take();
    await a.console.waitUntilSynced();
    await expect(a.console.ticket.status()).toHaveAttribute('data-value', 'open');
    before.mine = await a.console.queue.countOf('mine');
    before.tier = await a.console.queue.countOf('tier');

    await b.console.queue.goTo('tier');
    await b.console.queue.open(ticketId, number);
    await expect(b.console.ticket.assignee()).toHaveText(DEMO.tier1Name);
    await expect(b.console.ticket.status()).toHaveAttribute('data-value', 'open');
  });

  await test.step('A is cut off, then replies, sets pending and escalates with a reason and handoff summary', async () => {
    a.link!.cut();
    await a.console.ticket.reply(reply);
    await a.console.ticket.setStatus('pending');
    await a.console.ticket.escalate(reason, summary);
    await expect(a.console.syncIndicator()).toHaveAttribute('data-state', 'offline');
    await expect.poll(() => a.console.pendingChanges()).toBeGreaterThanOrEqual(3);
  });

  await test.step('neither the server nor B sees a trace of it', async () => {
    const now = await truth.ticket(ticketId);
    // A reply goes out signed: its body starts with what was typed.
    expect(now.messages.filter((m) => m.body.startsWith(reply))).toEqual([]);
    expect(now.ticket).toMatchObject({ status: 'open', tier: 1 });
    expect(now.escalations).toEqual([]);
    before.statusVersion = now.ticket.statusVersion;

    await expect(b.console.ticket.replies().filter({ hasText: reply })).toHaveCount(0);
    await expect(b.console.ticket.status()).toHaveAttribute('data-value', 'open');
    await expect(b.console.ticket.tier()).toHaveAttribute('data-value', '1');
    await expect(b.console.ticket.escalationEntries()).toHaveCount(0);
  });

  await test.step('A reloads while still cut off: the three changes are still there, still pending', async () => {
    await a.console.reload();
    expect(a.link!.isCut).toBe(true);
    await expect.poll(() => a.console.pendingChanges()).toBeGreaterThanOrEqual(3);
    // Exactly the three, in order, with what A typed, waiting in the replica the console reloaded from.
    const unsent = await unsentChanges(a.console.page, ticketId);
    expect(unsent.map((c) => c.name)).toEqual(['addMessage', 'setStatus', 'escalate']);
    expect(unsent[0]!.args).toMatchObject({ kind: 'reply', body: expect.stringMatching(/^We are checking the courier records for you\.\n\n/) });
    expect(unsent[1]!.args).toMatchObject({ status: 'pending' });
    expect(unsent[2]!.args).toMatchObject({ toTier: 2, reason, summary });
    // And A's console still shows the escalation's effect: the ticket has left A's tier 1 queues.
    await expect(a.console.queue.count('mine')).toHaveText(String(before.mine - 1));
    await expect(a.console.queue.count('tier')).toHaveText(String(before.tier - 1));
  });

  await test.step('B still sees none of it', async () => {
    await expect(b.console.ticket.replies().filter({ hasText: reply })).toHaveCount(0);
    await expect(b.console.ticket.tier()).toHaveAttribute('data-value', '1');
    await expect(b.console.ticket.escalationEntries()).toHaveCount(0);
  });

  await test.step("A's link returns: B sees the reply, the status and the escalation", async () => {
    const t0 = Date.now();
    a.link!.restore();
    // One wait for all of it together (the bound is only how long to wait before calling it lost).
    await b.console.ticket.showing({ reply, status: 'open', tier: 2, escalationSummary: summary }).waitFor({ timeout: 10_000 });
    const elapsed = Date.now() - t0;
    test.info().annotations.push({ type: 'restore → B sees it all', description: `${elapsed} ms` });
    console.log(`restore → B sees it all: ${elapsed} ms`);
  });

  await test.step('every change was accepted, the pending status included', async () => {
    await a.console.waitUntilSynced();
    await expect(a.console.ticket.refusals()).toHaveCount(0);
    const after = await truth.ticket(ticketId);
    expect(after.messages.filter((m) => m.body.startsWith(reply))).toHaveLength(1);
    expect(after.escalations).toMatchObject([{ kind: 'escalate', fromTier: 1, toTier: 2, reason, summary }]);
    expect(after.ticket).toMatchObject({ status: 'open', tier: 2, assigneeId: null });
    // See the note at the top: the status was rewritten with the tier, so it was pending, not open.
    expect(after.ticket.statusVersion).toBeGreaterThan(before.statusVersion);
    expect(after.ticket.statusVersion).toBe(after.ticket.tierVersion);
  });

  await test.step('the tier 2 specialist finds the escalation, with its summary, in their queue', async () => {
    const specialist = await openAgent(DEMO.tier2);
    await specialist.console.queue.goTo('unassigned');
    await specialist.console.queue.open(ticketId, number);
    await expect(specialist.console.ticket.escalationEntries()).toHaveCount(1);
    await expect(specialist.console.ticket.escalationEntries()).toContainText(reason);
    await expect(specialist.console.ticket.escalationSummary()).toHaveText(summary);
    await expect(specialist.console.ticket.replies().filter({ hasText: reply })).toHaveCount(1);
  });
});

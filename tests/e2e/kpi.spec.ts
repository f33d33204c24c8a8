import { test, expect, DEMO } from './fixtures';
import { login } from '../support/api-client';
import { BoardPage } from './pages/board-page';
import { KpiPage } from './pages/kpi-page';

// The story: work reaches the server (a contact arrives, Anna takes it);
// the supervisor opens the KPI screen with g k and sees, per tier, the figures the server's own endpoint
// gives for the same period (asked here with a supervisor's token, apart from the console); by channel
// too. A tier 1 agent can open neither the wallboard nor the KPI screen, and the endpoint answers 403
// for their session.
const pct = (v: number | null) => (v === null ? 'not measured' : new Intl.NumberFormat('en-US', { style: 'percent', maximumFractionDigits: 2 }).format(v / 100));

interface Row {
  group: string | number | null;
  fcrPct: number | null;
  escalationRatePct: number | null;
  firstResponseSlaPct: number | null;
  csatPct: number | null;
}

test('a supervisor’s KPI screen shows the server’s figures for its period; a tier 1 agent gets neither the board nor the KPIs', async ({ server, openAgent }) => {
  const anna = await openAgent(DEMO.tier1);
  const subject = `KPI check ${Date.now()}`;
  await test.step('a contact arrives and Anna takes it', async () => {
    const res = await fetch(`${server.url}/api/v1/inbound/tickets`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-api-key': server.inboundKey },
      body: JSON.stringify({ channel: 'chat', subject, body: 'Where is my order?', customer: { name: 'Kpi Customer', email: `kpi-${Date.now()}@example.com` } }),
    });
    expect(res.status).toBe(200);
    const { ticketId } = (await res.json()) as { ticketId: string };
    await anna.console.queue.goTo('unassigned');
    await anna.console.queue.open(ticketId, subject);
    await anna.console.ticket.take();
  });

  const sup = await openAgent(DEMO.supervisor);
  const kpis = new KpiPage(sup.console.page);
  const token = (await login(server.url, DEMO.supervisor)).token;
  const serverRows = async (groupBy: string) => {
    const { from, to } = await kpis.period();
    const r = await fetch(`${server.url}/api/v1/reports/kpis?${new URLSearchParams({ from, to, groupBy }).toString()}`, { headers: { authorization: `Bearer ${token}` } });
    expect(r.status).toBe(200);
    return ((await r.json()) as { rows: Row[] }).rows;
  };
  const sameAsServer = async (groupBy: string) => {
    const rows = await serverRows(groupBy);
    expect(rows.length).toBeGreaterThan(0);
    await expect(kpis.rows()).toHaveCount(rows.length);
    for (const row of rows) {
      const g = String(row.group);
      await expect(kpis.cell(g, 'fcrPct')).toHaveText(pct(row.fcrPct));
      await expect(kpis.cell(g, 'escalationRatePct')).toHaveText(pct(row.escalationRatePct));
      await expect(kpis.cell(g, 'firstResponseSlaPct')).toHaveText(pct(row.firstResponseSlaPct));
      await expect(kpis.cell(g, 'csatPct')).toHaveText(pct(row.csatPct));
    }
  };

  await test.step('the supervisor opens g k: per tier, the server’s figures for the last 7 days', async () => {
    await new BoardPage(sup.console.page).waitUntilShown();
    await kpis.open();
    await expect(kpis.rows().first()).toBeVisible();
    const { from, to } = await kpis.period();
    expect(Date.parse(to) - Date.parse(from)).toBeGreaterThanOrEqual(7 * 86_400_000 - 3_600_000);
    await sameAsServer('tier');
  });

  await test.step('by channel (c), and the trend’s numbers are there as a table', async () => {
    await kpis.root().focus();
    await sup.console.page.keyboard.press('c');
    await expect(sup.console.page.getByTestId('kpi-group-channel')).toHaveAttribute('aria-pressed', 'true');
    await expect(kpis.row('chat')).toBeVisible();
    await sameAsServer('channel');
    await sup.console.page.getByText('Numbers behind the chart').click();
    await expect(sup.console.page.getByTestId('kpi-trend-table').getByRole('row')).toHaveCount(1 + 7);
  });

  await test.step('a tier 1 agent: g b and g k are for supervisors, and the endpoint answers 403', async () => {
    const page = anna.console.page;
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await page.keyboard.press('g');
    await page.keyboard.press('b');
    await expect(page.getByTestId('live-region')).toHaveText('The wallboard is for supervisors.');
    await page.keyboard.press('g');
    await page.keyboard.press('k');
    await expect(page.getByTestId('live-region')).toHaveText('The KPI screen is for supervisors.');
    await expect(page.getByTestId('board')).toHaveCount(0);
    await expect(page.getByTestId('kpi-screen')).toHaveCount(0);
    const agent = await login(server.url, DEMO.tier1);
    const { from, to } = await kpis.period();
    const r = await fetch(`${server.url}/api/v1/reports/kpis?${new URLSearchParams({ from, to, groupBy: 'tier' }).toString()}`, { headers: { authorization: `Bearer ${agent.token}` } });
    expect([r.status, await r.json()]).toEqual([403, { error: 'forbidden', reason: 'reports_supervisors_only', params: {} }]);
  });
});

// The KPI screen in happy-dom through the whole console: a supervisor opens it with `g k`; it asks main
// for the report of the chosen period and grouping; its table's figures equal the pure KPI module's
// numbers over the hand-made fixture, written with Intl in the console's locale (not with the screen's
// own formatting), "not measured" where null; the trend's numbers are there as a table; the keys choose
// period and grouping; offline and forbidden say what to do; Export CSV saves the server's CSV; an agent
// never gets the screen and is told it is for supervisors.
import { act, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ApiInput, ApiRequestName } from '../../shared/api';
import { computeKpis, type GroupBy, type Period } from '../../shared/kpi/index';
import { FIXTURE, PERIOD } from '../../shared/kpi/test-support/fixture';
import type { KpiReportResponse } from '../../shared/sync-protocol';
import { ConsoleApiError } from '../bridge/bridge-error';
import { agent, customer, ticket } from '../test-support/builders';
import { renderConsole, stubLayoutInSuite, type TestConsole } from '../test-support/render-console';

stubLayoutInSuite();

const sup = agent(9, { name: 'Sam Super', role: 'supervisor', tier: null });
const anna = agent(1, { name: 'Anna Kovács' });
const DAY = 86_400_000;
const days = (p: Period) => [0, 1, 2].map((i) => ({ from: new Date(Date.parse(p.from) - DAY + i * DAY).toISOString(), to: new Date(Date.parse(p.from) + i * DAY).toISOString() }));

/** What the server would answer for the fixture: the pure module's numbers (the server equals them: kpi-report.test.ts). */
function fixtureReport(groupBy: GroupBy): KpiReportResponse {
  const rows = computeKpis(FIXTURE, PERIOD, groupBy) as KpiReportResponse['rows'];
  const series = days(PERIOD).map((d) => ({ ...d, rows: computeKpis(FIXTURE, { ...d, asOf: PERIOD.asOf }, groupBy) as KpiReportResponse['rows'] }));
  return { from: PERIOD.from, to: PERIOD.to, asOf: PERIOD.asOf, groupBy, rows, series };
}

/** main's answers to the report calls, recorded; everything else goes to the fake as before. */
function serveReports(c: TestConsole, answer: (name: ApiRequestName, input: ApiInput<'reports.kpis'>) => unknown) {
  const asked: { name: string; input: ApiInput<'reports.kpis'> }[] = [];
  const fallback = c.api.request.bind(c.api);
  c.api.request = (async (name: ApiRequestName, input: unknown) => {
    if (name !== 'reports.kpis' && name !== 'reports.kpisCsv') return fallback(name, input as never);
    asked.push({ name, input: input as ApiInput<'reports.kpis'> });
    return answer(name, input as ApiInput<'reports.kpis'>);
  }) as typeof c.api.request;
  return asked;
}

// The oracle's words: Intl directly, in English (the console's default locale here).
const pct = (v: number) => new Intl.NumberFormat('en', { style: 'percent', maximumFractionDigits: 2 }).format(v / 100);
const LOADED = { timeout: 10_000 };

afterEach(() => vi.restoreAllMocks());

describe('the KPI screen', () => {
  it('shows every KPI of the report per group, as the pure module computes them, and the trend behind the chart', async () => {
    const c = await renderConsole(sup, { agents: [sup, anna], customers: [customer(1)], tickets: [ticket(1)] });
    const asked = serveReports(c, (_n, input) => fixtureReport(input.groupBy));
    await screen.findByTestId('board', {}, LOADED);
    await c.user.keyboard('gk');
    const kpis = await screen.findByTestId('kpi-screen');
    await waitFor(() => expect(document.activeElement).toBe(kpis));
    // The default period is the last 7 local days, to the next local midnight; by tier, with the day series.
    const midnight = new Date();
    midnight.setHours(0, 0, 0, 0);
    const from = new Date(midnight);
    from.setDate(from.getDate() - 6);
    const to = new Date(midnight);
    to.setDate(to.getDate() + 1);
    await waitFor(() => expect(asked.at(-1)).toEqual({ name: 'reports.kpis', input: { from: from.toISOString(), to: to.toISOString(), groupBy: 'tier', interval: 'day' } }));

    await c.user.keyboard('c');
    await waitFor(() => expect(asked.at(-1)?.input.groupBy).toBe('channel'));
    const expected = computeKpis(FIXTURE, PERIOD, 'channel');
    await waitFor(() => expect(screen.getAllByTestId('kpi-row').map((r) => r.dataset.group)).toEqual(expected.map((r) => String(r.group))));
    const cell = (group: string, kpi: string) => within(screen.getAllByTestId('kpi-row').find((r) => r.dataset.group === group)!).getByText((_, el) => el?.getAttribute('data-kpi') === kpi);
    for (const row of expected) {
      const g = String(row.group);
      expect(cell(g, 'fcrPct').textContent).toBe(row.fcrPct === null ? 'not measured' : pct(row.fcrPct));
      expect(cell(g, 'csatPct').textContent).toBe(row.csatPct === null ? 'not measured' : pct(row.csatPct));
      expect(cell(g, 'escalationRatePct').textContent).toBe(row.escalationRatePct === null ? 'not measured' : pct(row.escalationRatePct));
      expect(cell(g, 'nps').textContent).toBe(row.nps === null ? 'not measured' : new Intl.NumberFormat('en', { signDisplay: 'exceptZero', maximumFractionDigits: 2 }).format(row.nps));
      expect(cell(g, 'complaints').textContent).toBe('not measured');
    }
    // By hand (compute.test.ts): e-mail FCR 25 %, CSAT 66.67 %, first response median 20 minutes.
    expect(cell('email', 'fcrPct').textContent).toBe('25%');
    expect(cell('email', 'csatPct').textContent).toBe('66.67%');
    expect(cell('email', 'firstResponseMedian').textContent).toBe('20m 00s');
    expect(screen.getAllByTestId('kpi-row').map((r) => r.querySelector('th')?.textContent)).toEqual(['Phone', 'Email', 'Chat']);

    // The trend's numbers: a row per day of the series, FCR per group.
    const trend = screen.getByTestId('kpi-trend-table');
    const lines = within(trend).getAllByRole('row').slice(1);
    expect(lines).toHaveLength(3);
    const secondDay = computeKpis(FIXTURE, { ...days(PERIOD)[1]!, asOf: PERIOD.asOf }, 'channel');
    expect(within(lines[1]!).getAllByRole('cell').map((td) => td.textContent)).toEqual(expected.map((r) => {
      const v = secondDay.find((x) => x.group === r.group)?.fcrPct ?? null;
      return v === null ? 'not measured' : pct(v);
    }));
    // A column's header draws its trend.
    await c.user.click(screen.getByTestId('kpi-col-csatPct'));
    expect(screen.getByTestId('kpi-trend').getAttribute('aria-label')).toBe('CSAT (satisfied) by day');

    // Keys for the period: 1 today, 3 the last 30 days.
    screen.getByTestId('kpi-period-week').focus();
    await c.user.keyboard('3');
    await waitFor(() => expect(asked.at(-1)?.input.from).toBe(new Date(midnight.getFullYear(), midnight.getMonth(), midnight.getDate() - 29).toISOString()));
    await c.user.keyboard('1');
    await waitFor(() => expect(asked.at(-1)?.input.from).toBe(midnight.toISOString()));
    expect(screen.getByTestId('kpi-period-today').getAttribute('aria-pressed')).toBe('true');
  });

  it('says what to do when the server cannot be reached, or the report is refused', async () => {
    const c = await renderConsole(sup, { agents: [sup], customers: [customer(1)], tickets: [ticket(1)] });
    let fail = new ConsoleApiError('offline', { reason: 'unreachable', params: {} });
    serveReports(c, () => Promise.reject(fail));
    await screen.findByTestId('board', {}, LOADED);
    await c.user.keyboard('gk');
    expect((await screen.findByTestId('kpi-error')).textContent).toContain('The KPI report is made by the server, and the server cannot be reached.');
    fail = new ConsoleApiError('forbidden', { reason: 'reports_supervisors_only', params: {} });
    await c.user.click(screen.getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(screen.getByTestId('kpi-error').textContent).toContain('Only supervisors can see the KPI reports.'));
  });

  it('exports the server’s CSV as a file download', async () => {
    const c = await renderConsole(sup, { agents: [sup], customers: [customer(1)], tickets: [ticket(1)] });
    const asked = serveReports(c, (name, input) => (name === 'reports.kpis' ? fixtureReport(input.groupBy) : { csv: 'group,solved\r\n1,4\r\n', fileName: 'kpis-tier-x.csv' }));
    const saved: { name: string; blob: Blob }[] = [];
    const blobs = new Map<string, Blob>();
    vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => {
      blobs.set('blob:kpi', b as Blob);
      return 'blob:kpi';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      saved.push({ name: this.download, blob: blobs.get(this.getAttribute('href')!)! });
    });
    await screen.findByTestId('board', {}, LOADED);
    await c.user.keyboard('gk');
    await screen.findAllByTestId('kpi-row');
    await act(() => c.user.keyboard('e'));
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(asked.at(-1)?.name).toBe('reports.kpisCsv');
    expect(saved[0]!.name).toBe('kpis-tier-x.csv');
    expect(await saved[0]!.blob.text()).toBe('\ufeffgroup,solved\r\n1,4\r\n');
    await waitFor(() => expect(screen.getByTestId('live-region').textContent).toBe('The report was saved as kpis-tier-x.csv.'));
  });

  it('is never mounted for an agent, who is told it is for supervisors', async () => {
    const c = await renderConsole(anna, { agents: [anna], customers: [customer(1)], tickets: [ticket(1)] });
    const asked = serveReports(c, () => fixtureReport('tier'));
    await screen.findByTestId('queue-list', {}, LOADED);
    await c.user.keyboard('gk');
    await waitFor(() => expect(screen.getByTestId('live-region').textContent).toBe('The KPI screen is for supervisors.'));
    expect(screen.queryByTestId('kpi-screen')).toBeNull();
    expect(asked).toEqual([]);
  });
});

import { expect, type Page } from '@playwright/test';

/** The supervisors' KPI screen (g k, in the ticket pane while no ticket is open). */
export class KpiPage {
  constructor(private readonly page: Page) {}

  readonly root = () => this.page.getByTestId('kpi-screen');
  readonly rows = () => this.page.getByTestId('kpi-row');
  readonly row = (group: string) => this.page.locator(`[data-testid="kpi-row"][data-group="${group}"]`);
  readonly cell = (group: string, kpi: string) => this.row(group).locator(`td[data-kpi="${kpi}"]`);

  async open(): Promise<void> {
    await this.page.keyboard.press('g');
    await this.page.keyboard.press('k');
    await expect(this.root()).toBeVisible();
  }

  /** The period the screen asked for, as it asked (ISO instants). */
  async period(): Promise<{ from: string; to: string }> {
    return { from: (await this.root().getAttribute('data-from'))!, to: (await this.root().getAttribute('data-to'))! };
  }
}

import { expect, type Page } from '@playwright/test';

/** The supervisors' complaint list (g c, in the ticket pane while no ticket is open). */
export class ComplaintListPage {
  constructor(private readonly page: Page) {}

  readonly root = () => this.page.getByTestId('complaint-list');
  readonly items = () => this.page.getByTestId('complaints-item');
  readonly item = (ticketId: string) => this.page.locator(`[data-testid="complaints-item"][data-ticket-id="${ticketId}"]`);
  readonly count = (category: string) => this.page.getByTestId(`complaints-count-${category}`);

  /** g c from wherever the focus is outside a text field. */
  async open(): Promise<void> {
    await this.page.keyboard.press('g');
    await this.page.keyboard.press('c');
    await expect(this.root()).toBeVisible();
  }
}

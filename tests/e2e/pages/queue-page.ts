import { expect, type Page } from '@playwright/test';

export type QueueView = 'mine' | 'unassigned' | 'tier' | 'escalated';

export class QueuePage {
  constructor(private readonly page: Page) {}

  readonly list = () => this.page.getByTestId('queue-list');
  readonly rows = () => this.page.getByTestId('queue-row');
  readonly selectedRow = () => this.page.locator('[data-testid="queue-row"][aria-selected="true"]');
  readonly tab = (view: QueueView) => this.page.getByTestId(`queue-tab-${view}`);
  readonly count = (view: QueueView) => this.page.getByTestId(`queue-count-${view}`);
  readonly filter = () => this.page.getByTestId('queue-filter');
  readonly rowOf = (ticketId: string) => this.page.locator(`[data-testid="queue-row"][data-ticket-id="${ticketId}"]`);
  readonly rowWithText = (text: string) => this.rows().filter({ hasText: text });

  async waitUntilLoaded(): Promise<void> {
    await this.list().waitFor();
    // The sync worker reports once it holds the replica: online with no first load running means loaded.
    await expect(this.page.getByTestId('sync-indicator')).toHaveAttribute('data-state', 'online', { timeout: 20_000 });
    await expect(this.page.getByTestId('initial-load')).toHaveCount(0, { timeout: 20_000 });
  }

  /** `g` then `m`/`u`/`t`/`e`. */
  async goTo(view: QueueView): Promise<void> {
    const key = { mine: 'm', unassigned: 'u', tier: 't', escalated: 'e' }[view];
    await this.page.keyboard.press('g');
    await this.page.keyboard.press(key);
    await expect(this.tab(view)).toHaveAttribute('aria-current', 'page');
  }

  /** The number a queue tab shows, once its counter has loaded. */
  async countOf(view: QueueView): Promise<number> {
    await expect(this.count(view)).toHaveText(/^[\d,]+$/);
    return Number((await this.count(view).textContent())!.replace(/,/g, ''));
  }

  async filterBy(text: string): Promise<void> {
    await this.page.keyboard.press('/');
    await expect(this.filter()).toBeFocused();
    await this.page.keyboard.type(text);
  }

  async selectedTicketId(): Promise<string> {
    const id = await this.selectedRow().getAttribute('data-ticket-id');
    if (!id) throw new Error('no queue row is selected');
    return id;
  }

  /** The ticket number a row shows (demo subjects repeat; numbers do not). */
  async numberOf(ticketId: string): Promise<string> {
    const n = await this.rowOf(ticketId).getAttribute('data-ticket-number');
    if (!n) throw new Error('the ticket has no server number yet');
    return `#${n}`;
  }

  /**
   * Opens a given ticket with the pointer (for stories that are not about the keyboard). The list is
   * virtualized, so with a filter text (e.g. the number) the queue is filtered first to bring the row into view.
   */
  async open(ticketId: string, filterText?: string): Promise<void> {
    // Esc in the filter clears it, so the row is clicked while the filter still holds.
    if (filterText) await this.filterBy(filterText);
    await this.rowOf(ticketId).click();
    await this.page.keyboard.press('Enter');
    await this.page.getByTestId('ticket-view').waitFor();
  }
}

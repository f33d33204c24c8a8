import { expect, type Page } from '@playwright/test';
import { LoginPage } from './login-page';
import { QueuePage } from './queue-page';
import { TicketPage } from './ticket-page';

/** One agent's console: the page and its parts. */
export class ConsolePage {
  readonly login: LoginPage;
  readonly queue: QueuePage;
  readonly ticket: TicketPage;

  constructor(readonly page: Page) {
    this.login = new LoginPage(page);
    this.queue = new QueuePage(page);
    this.ticket = new TicketPage(page);
  }

  readonly syncIndicator = () => this.page.getByTestId('sync-indicator');

  async pendingChanges(): Promise<number> {
    return Number(await this.syncIndicator().getAttribute('data-pending'));
  }

  async waitUntilSynced(): Promise<void> {
    await expect(this.syncIndicator()).toHaveAttribute('data-pending', '0', { timeout: 15_000 });
  }

  /** The reload keeps the per-launch secret (sessionStorage) and the local replica (IndexedDB). */
  async reload(): Promise<void> {
    await this.page.reload();
    await this.queue.list().waitFor();
  }
}

import { expect, type Locator, type Page } from '@playwright/test';

export class TicketPage {
  constructor(private readonly page: Page) {}

  readonly view = () => this.page.getByTestId('ticket-view');
  readonly status = () => this.page.getByTestId('ticket-status');
  readonly tier = () => this.page.getByTestId('ticket-tier');
  readonly assignee = () => this.page.getByTestId('ticket-assignee');
  readonly pendingNote = () => this.page.getByTestId('ticket-pending');
  readonly replies = () => this.page.getByTestId('message-reply');
  readonly composerInput = () => this.page.getByTestId('composer-input');
  readonly statusMenu = () => this.page.getByTestId('status-menu');
  readonly escalationEntries = () => this.page.getByTestId('escalation-entry');
  readonly escalationSummary = () => this.page.getByTestId('escalation-summary');
  readonly refusals = () => this.page.getByTestId('refusal');

  /**
   * The ticket view, only once it shows all of these at the same time: one locator, so one wait covers
   * them together.
   */
  showing(expected: { reply: string; status: string; tier: number; escalationSummary: string }): Locator {
    const field = (testId: string, value: string | number) => this.page.locator(`[data-testid="${testId}"][data-value="${value}"]`);
    return this.view()
      .filter({ has: this.replies().filter({ hasText: expected.reply }) })
      .filter({ has: field('ticket-status', expected.status) })
      .filter({ has: field('ticket-tier', expected.tier) })
      .filter({ has: this.escalationEntries().filter({ has: this.escalationSummary().filter({ hasText: expected.escalationSummary }) }) });
  }

  async take(): Promise<void> {
    await this.page.keyboard.press('a');
  }

  readonly notes = () => this.page.getByTestId('message-note');
  readonly composer = () => this.page.getByTestId('composer');

  /** `r`, type, Ctrl+Enter; the send itself hands the focus back to the ticket, so shortcuts work again. */
  async reply(text: string): Promise<void> {
    await this.write('r', text);
    await expect(this.replies().filter({ hasText: text })).toHaveCount(1);
  }

  /** `n`, type, Ctrl+Enter. */
  async note(text: string): Promise<void> {
    await this.write('n', text);
    await expect(this.notes().filter({ hasText: text })).toHaveCount(1);
  }

  private async write(key: 'r' | 'n', text: string): Promise<void> {
    await this.page.keyboard.press(key);
    await expect(this.composerInput()).toBeFocused();
    await expect(this.composer()).toHaveAttribute('data-mode', key === 'r' ? 'reply' : 'note');
    await this.page.keyboard.type(text);
    await this.page.keyboard.press('Control+Enter');
    await expect(this.view()).toBeFocused();
  }

  /** `s`, then the option's number key chooses it. */
  async setStatus(status: string): Promise<void> {
    await this.page.keyboard.press('s');
    const menu = this.statusMenu().getByRole('menu');
    await expect(menu).toBeFocused();
    const values = await menu.getByRole('menuitemradio').evaluateAll((els) => els.map((e) => e.getAttribute('data-value')));
    const index = values.indexOf(status);
    if (index < 0) throw new Error(`status ${status} is not offered: ${values.join(', ')}`);
    await this.page.keyboard.press(String(index + 1));
    await expect(this.status()).toHaveAttribute('data-value', status);
  }

  /** `e`, the reason, Tab, the handoff summary, Ctrl+Enter. */
  async escalate(reason: string, summary: string): Promise<void> {
    await this.page.keyboard.press('e');
    await expect(this.page.getByTestId('escalate-reason')).toBeFocused();
    await this.page.keyboard.type(reason);
    await this.page.keyboard.press('Tab');
    await expect(this.page.getByTestId('escalate-summary')).toBeFocused();
    await this.page.keyboard.type(summary);
    await this.page.keyboard.press('Control+Enter');
    await expect(this.page.getByTestId('escalate-summary')).toHaveCount(0);
  }
}

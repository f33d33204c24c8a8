import { expect, type Page } from '@playwright/test';

/** The supervisor's wallboard (in the ticket pane while no ticket is open). */
export class BoardPage {
  constructor(private readonly page: Page) {}

  readonly root = () => this.page.getByTestId('board');
  readonly asOf = () => this.page.getByTestId('board-as-of');
  readonly figure = (row: string, col: 1 | 2 | 3 | 'all') => this.page.getByTestId(`board-${row}-${col}`);

  async waitUntilShown(): Promise<void> {
    await expect(this.figure('waiting', 1)).toHaveText(/^\d/);
  }

  /** A count as the board shows it ("1,234" in English). */
  async count(row: string, col: 1 | 2 | 3 | 'all'): Promise<number> {
    const text = (await this.figure(row, col).textContent()) ?? '';
    return Number(text.replace(/\D/g, ''));
  }
}

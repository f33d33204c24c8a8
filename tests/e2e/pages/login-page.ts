import type { Page } from '@playwright/test';

export class LoginPage {
  constructor(private readonly page: Page) {}

  readonly email = () => this.page.getByTestId('login-email');
  readonly password = () => this.page.getByTestId('login-password');
  readonly error = () => this.page.getByTestId('login-error');

  /** Keyboard only: focus the e-mail field, type, Tab to the password, Enter submits. */
  async signIn(email: string, password: string): Promise<void> {
    await this.email().focus();
    await this.page.keyboard.type(email);
    await this.page.keyboard.press('Tab');
    await this.page.keyboard.type(password);
    await this.page.keyboard.press('Enter');
    await this.page.getByTestId('signed-in-as').waitFor();
  }
}

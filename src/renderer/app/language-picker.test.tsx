import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { useAgentLocale, useLocaleStore } from '../i18n';
import { LanguagePicker } from './language-picker';
import { useUiStore } from './ui-store';

afterEach(() => {
  localStorage.clear();
  useLocaleStore.setState({ locale: 'en', agentId: null });
});

function SignedIn({ agentId }: { agentId: string }) {
  useAgentLocale(agentId);
  return <LanguagePicker />;
}

describe('the language picker', () => {
  it('is reached with Tab and switched with the keyboard; the change is announced in the new language and kept for the agent', async () => {
    const user = userEvent.setup();
    render(<SignedIn agentId="agent-7" />);
    await user.tab();
    const picker = screen.getByRole('combobox', { name: 'Console language' });
    expect(document.activeElement).toBe(picker);
    expect(screen.getAllByRole('option').map((o) => [o.textContent, o.getAttribute('lang')])).toEqual([
      ['English', 'en'],
      ['Magyar', 'hu'],
      ['Latviešu', 'lv'],
    ]);
    await user.selectOptions(picker, 'hu');
    expect(screen.getByRole('combobox', { name: 'A konzol nyelve' })).toBe(picker);
    expect(useUiStore.getState().announcement).toBe('A konzol nyelve: magyar.');
    expect(localStorage.getItem('console.locale.agent-7')).toBe('hu');
  });

  it('brings the agent’s language back at sign-in and the OS language at sign-out', () => {
    localStorage.setItem('console.locale.agent-7', 'lv');
    const { unmount } = render(<SignedIn agentId="agent-7" />);
    expect(screen.getByRole('combobox', { name: 'Konsoles valoda' })).toBeTruthy();
    unmount();
    expect(useLocaleStore.getState()).toMatchObject({ locale: 'en', agentId: null });
  });
});

import { act, render, screen } from '@testing-library/react';
import { useEffect } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { strings, useLocaleStore, useStrings } from './index';
import { detectLocale } from './locales';

function prefer(...languages: string[]) {
  vi.spyOn(navigator, 'languages', 'get').mockReturnValue(languages);
}

afterEach(() => {
  vi.restoreAllMocks();
  localStorage.clear();
  useLocaleStore.setState({ locale: 'en', agentId: null });
});

describe('the OS language on a first start', () => {
  it('takes the first of hu, lv, en among the preferred languages, region ignored, else English', () => {
    expect(detectLocale(['hu-HU', 'en-US'])).toBe('hu');
    expect(detectLocale(['de-DE', 'LV', 'hu'])).toBe('lv');
    expect(detectLocale(['de-DE', 'fr'])).toBe('en');
    expect(detectLocale([])).toBe('en');
    expect(detectLocale(undefined)).toBe('en');
    expect(detectLocale(['en-XA', 'en'])).toBe('pseudo'); // layout checks: Playwright's locale: 'en-XA'
  });

  it('is what an agent with no choice of their own gets', () => {
    prefer('lv-LV', 'en');
    useLocaleStore.getState().forAgent(null);
    expect(useLocaleStore.getState().locale).toBe('lv');
    useLocaleStore.getState().forAgent('agent-1');
    expect(useLocaleStore.getState().locale).toBe('lv');
    expect(localStorage.getItem('console.locale.agent-1')).toBeNull();
  });
});

describe('the agent’s choice', () => {
  it('is kept per agent on this workstation and comes back at their next sign-in; another agent keeps the OS language', () => {
    prefer('en-GB');
    const store = useLocaleStore.getState();
    store.forAgent('agent-1');
    store.setLocale('hu');
    expect(localStorage.getItem('console.locale.agent-1')).toBe('hu');
    store.forAgent(null); // signed out: the next person sees the OS language
    expect(useLocaleStore.getState().locale).toBe('en');
    store.forAgent('agent-2');
    expect(useLocaleStore.getState().locale).toBe('en');
    store.forAgent(null);
    store.forAgent('agent-1');
    expect(useLocaleStore.getState().locale).toBe('hu');
  });

  it('ignores a stored value that is not a locale, and refuses to set one', () => {
    localStorage.setItem('console.locale.agent-1', '<script>');
    useLocaleStore.getState().forAgent('agent-1');
    expect(useLocaleStore.getState().locale).toBe('en');
    useLocaleStore.getState().setLocale('xx' as never);
    expect(useLocaleStore.getState().locale).toBe('en');
    expect(localStorage.getItem('console.locale.agent-1')).toBe('<script>');
  });

  it('before sign-in applies to this run only', () => {
    useLocaleStore.getState().setLocale('lv');
    expect(useLocaleStore.getState().locale).toBe('lv');
    expect(localStorage.length).toBe(0);
  });
});

describe('switching at runtime', () => {
  function QueueName() {
    const t = useStrings();
    return <p data-testid="mine">{`${t.queue.mine} · ${t.signOut.pending(2)}`}</p>;
  }

  it('re-renders what useStrings() shows, and `strings` reads the new locale at once', () => {
    render(<QueueName />);
    expect(screen.getByTestId('mine').textContent).toBe('Mine · 2 changes have not reached the server yet.');
    act(() => useLocaleStore.getState().setLocale('hu'));
    expect(screen.getByTestId('mine').textContent).toBe('Saját · 2 módosítás még nem jutott el a szerverre.');
    expect(strings.announce.taken).toBe('Átvette a jegyet.');
    act(() => useLocaleStore.getState().setLocale('lv'));
    expect(screen.getByTestId('mine').textContent).toBe('Mani · 2 izmaiņas vēl nav nonākušas līdz serverim.');
    expect(strings.status.solved).toBe('Atrisināts');
  });

  it('keeps the identity of t, so an effect that depends on it (the session start in app.tsx) does not run again', () => {
    let runs = 0;
    function Session() {
      const t = useStrings();
      useEffect(() => {
        runs += 1;
      }, [t]);
      return <p data-testid="title">{t.login.title}</p>;
    }
    render(<Session />);
    act(() => useLocaleStore.getState().setLocale('hu'));
    expect(screen.getByTestId('title').textContent).toBe('Bejelentkezés');
    act(() => useLocaleStore.getState().setLocale('lv'));
    expect(screen.getByTestId('title').textContent).toBe('Pieteikšanās');
    expect(runs).toBe(1);
  });

  it('marks the page with the language, so a screen reader pronounces it right', () => {
    useLocaleStore.getState().setLocale('hu');
    expect(document.documentElement.lang).toBe('hu');
    useLocaleStore.getState().setLocale('pseudo');
    expect(document.documentElement.lang).toBe('en-XA');
    useLocaleStore.getState().setLocale('en');
    expect(document.documentElement.lang).toBe('en');
  });
});

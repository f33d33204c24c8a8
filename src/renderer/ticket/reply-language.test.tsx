// Issue 9, point 3: what goes to the customer is in the customer's language, whatever the console's is.
// The expected words are written out here by hand (Latvian and English), not read from the word files.
import { act, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { useLocaleStore } from '../i18n';
import { agent, customer, ticket } from '../test-support/builders';
import { renderConsole, stubLayoutInSuite } from '../test-support/render-console';

stubLayoutInSuite();

const me = agent(1, { name: 'Anna Kovács' });

afterEach(() => {
  localStorage.clear();
  useLocaleStore.setState({ locale: 'en', agentId: null });
});

async function openTicketOf(language: 'en' | 'hu' | 'lv', consoleLocale: 'en' | 'hu' | 'lv') {
  const who = customer(1, { name: 'Līga Ozola', language });
  localStorage.setItem(`console.locale.${me.id}`, consoleLocale);
  const tc = await renderConsole(me, { agents: [me], customers: [who], tickets: [ticket(1, { assigneeId: me.id })] });
  await tc.user.keyboard('gm');
  await waitFor(() => expect(screen.getAllByTestId('queue-row')).toHaveLength(1));
  await tc.user.keyboard('{Enter}');
  await screen.findByTestId('ticket-view');
  // The card has the customer (their language is known) before we write.
  await waitFor(() => expect(screen.getByTestId('customer-card').textContent).toContain('Līga Ozola'));
  return tc;
}

const lastBody = async (tc: Awaited<ReturnType<typeof openTicketOf>>) => ((await tc.api.pushed()).at(-1)?.args as { body?: string } | undefined)?.body;

describe("a reply in the customer's language", () => {
  it('inserts a Latvian template and signs in Latvian while the console speaks Hungarian', async () => {
    const tc = await openTicketOf('lv', 'hu');
    await tc.user.keyboard('r');
    await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId('composer-input')));
    // The console's words are Hungarian; the customer's are Latvian.
    expect(screen.getByTestId('composer-language').textContent).toBe('Az ügyfél nyelve: Lett. A sablonok és az aláírás is ezen a nyelven szólnak.');
    expect(screen.getByTestId('composer-input').getAttribute('lang')).toBe('lv');
    expect(screen.getByTestId('composer-signature').textContent).toBe('Ar cieņu\nAnna Kovács\nKlientu atbalsts');

    await tc.user.keyboard('{Control>}i{/Control}');
    const menu = await screen.findByTestId('template-menu');
    expect(menu.textContent).toContain('Sablon beillesztése (nyelv: Lett)');
    await tc.user.keyboard('1');
    await waitFor(() => expect(screen.queryByTestId('template-menu')).toBeNull());
    const field = screen.getByTestId('composer-input') as HTMLTextAreaElement;
    expect(field.value.startsWith('Labdien, Līga Ozola!\n\nPaldies, ka sazinājāties ar mums.')).toBe(true);
    await waitFor(() => expect(document.activeElement).toBe(field));

    await tc.user.keyboard('{Control>}{Enter}{/Control}');
    await waitFor(async () => expect(await lastBody(tc)).toBeDefined());
    const body = (await lastBody(tc))!;
    expect(body.startsWith('Labdien, Līga Ozola!')).toBe(true);
    expect(body.endsWith('\n\nAr cieņu\nAnna Kovács\nKlientu atbalsts')).toBe(true);
  });

  it('sends exactly what was typed when the signature is off, and never signs a note', async () => {
    const tc = await openTicketOf('en', 'en');
    await tc.user.keyboard('r');
    await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId('composer-input')));
    await tc.user.click(screen.getByRole('checkbox', { name: 'Add my signature' }));
    expect(screen.queryByTestId('composer-signature')).toBeNull();
    await tc.user.click(screen.getByTestId('composer-input'));
    await tc.user.keyboard('Plain reply{Control>}{Enter}{/Control}');
    await waitFor(async () => expect(await lastBody(tc)).toBe('Plain reply'));

    await tc.user.keyboard('n');
    await waitFor(() => expect(screen.getByTestId('composer').dataset.mode).toBe('note'));
    expect(screen.queryByTestId('composer-templates')).toBeNull();
    expect(screen.queryByTestId('composer-signature')).toBeNull();
    await tc.user.keyboard('Internal only{Control>}{Enter}{/Control}');
    await waitFor(async () => expect(await lastBody(tc)).toBe('Internal only'));
  });

  it('turns a note into a reply before a template goes in (a template is for the customer)', async () => {
    const tc = await openTicketOf('en', 'en');
    await tc.user.keyboard('n');
    await waitFor(() => expect(screen.getByTestId('composer').dataset.mode).toBe('note'));
    await tc.user.keyboard('{Control>}i{/Control}');
    await screen.findByTestId('template-menu');
    expect(screen.getByTestId('composer').dataset.mode).toBe('reply');
    await act(async () => {
      await tc.user.keyboard('{Escape}');
    });
    expect(screen.queryByTestId('template-menu')).toBeNull();
    expect((screen.getByTestId('composer-input') as HTMLTextAreaElement).value).toBe('');
  });
});

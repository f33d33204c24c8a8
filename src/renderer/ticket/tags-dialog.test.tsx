// The tag editor (t) from the keyboard: Enter adds what was typed (in the contract's form), a duplicate or
// a word that is no tag is refused with a message, Backspace/Delete on a focused tag removes it, a
// refusal is shown, and the focus stays inside and goes back on close.
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { MAX_TAGS_PER_TICKET } from '../../shared/domain';
import { ticket } from '../test-support/builders';
import { TagsDialog, type TagChange } from './tags-dialog';

/** A ticket whose tags change as the replica would after each local mutation. */
function Host({ initial, change }: { initial: string[]; change: TagChange }) {
  const [open, setOpen] = useState(false);
  const [tags, setTags] = useState(initial);
  const apply: TagChange = async (kind, tag) => {
    const res = await change(kind, tag);
    if (res === null) setTags((t) => (kind === 'add' ? [...t, tag] : t.filter((x) => x !== tag)));
    return res;
  };
  return (
    <>
      <button type="button" data-testid="opener" onClick={() => setOpen(true)}>
        open
      </button>
      {open ? <TagsDialog ticket={ticket(1, { tags })} suggestions={['billing', 'router']} onChange={apply} onClose={() => setOpen(false)} /> : null}
    </>
  );
}

const setup = async (initial: string[] = [], answer: string | null = null) => {
  const user = userEvent.setup();
  const change = vi.fn<TagChange>(async () => answer);
  render(<Host initial={initial} change={change} />);
  await user.click(screen.getByTestId('opener'));
  return { user, change };
};
const shown = () => Array.from(screen.getByTestId('tags-list').querySelectorAll('[data-tag]')).map((e) => e.getAttribute('data-tag'));

describe('tag editor by keyboard', () => {
  it('takes the next tag typed while the last one is still being written as a tag of its own', async () => {
    const user = userEvent.setup();
    const writes: (() => void)[] = [];
    const change = vi.fn<TagChange>(() => new Promise<string | null>((ok) => writes.push(() => ok(null))));
    render(<Host initial={[]} change={change} />);
    await user.click(screen.getByTestId('opener'));
    await user.keyboard('callback{Enter}');
    // The first write has not come back yet when the agent types the next tag.
    await user.keyboard('warranty{Enter}');
    expect(change.mock.calls).toEqual([
      ['add', 'callback'],
      ['add', 'warranty'],
    ]);
    writes.forEach((done) => done());
    await screen.findByText('warranty', { selector: '[data-tag]' });
    expect((screen.getByTestId('tags-input') as HTMLInputElement).value).toBe('');
  });

  it('adds a typed tag with Enter, in the contract’s form, and keeps the box for the next', async () => {
    const { user, change } = await setup(['vip']);
    expect(document.activeElement).toBe(screen.getByTestId('tags-input'));
    await user.keyboard('  Refund {Enter}');
    expect(change).toHaveBeenCalledWith('add', 'refund');
    expect(shown()).toEqual(['vip', 'refund']);
    expect((screen.getByTestId('tags-input') as HTMLInputElement).value).toBe('');
    expect(document.activeElement).toBe(screen.getByTestId('tags-input'));
  });

  it('refuses a duplicate, an empty box and a word that is no tag, with a message, sending nothing', async () => {
    const { user, change } = await setup(['vip']);
    await user.keyboard('VIP{Enter}');
    expect(screen.getByTestId('tags-error').textContent).toBe('The ticket already has the tag “vip”.');
    await user.clear(screen.getByTestId('tags-input'));
    await user.keyboard('{Enter}');
    expect(screen.getByTestId('tags-error').textContent).toBe('Type a tag first.');
    await user.keyboard('two words{Enter}');
    expect(screen.getByTestId('tags-error').textContent).not.toBe('');
    expect(change).not.toHaveBeenCalled();
  });

  it('refuses a tag beyond the ticket’s bound', async () => {
    const full = Array.from({ length: MAX_TAGS_PER_TICKET }, (_, i) => `t${i}`);
    const { user, change } = await setup(full);
    await user.keyboard('one-more{Enter}');
    expect(screen.getByTestId('tags-error').textContent).toBe(`A ticket holds at most ${MAX_TAGS_PER_TICKET} tags: remove one first.`);
    expect(change).not.toHaveBeenCalled();
  });

  it('removes the focused tag with Backspace or Delete; Backspace in the empty box goes to the last tag', async () => {
    const { user, change } = await setup(['a', 'b', 'c']);
    await user.keyboard('{Backspace}');
    expect(document.activeElement?.getAttribute('data-tag')).toBe('c');
    await user.keyboard('{Delete}');
    expect(change).toHaveBeenLastCalledWith('remove', 'c');
    expect(shown()).toEqual(['a', 'b']);
    // The focus stays on the tags: the one before takes it.
    expect(document.activeElement?.getAttribute('data-tag')).toBe('b');
    await user.keyboard('{Backspace}');
    expect(change).toHaveBeenLastCalledWith('remove', 'b');
    expect(shown()).toEqual(['a']);
  });

  it('shows a refusal and keeps the tag', async () => {
    const { user } = await setup(['a'], 'Not allowed here.');
    await user.keyboard('new{Enter}');
    expect(screen.getByTestId('tags-error').textContent).toBe('Not allowed here.');
    expect(shown()).toEqual(['a']);
  });

  it('offers the tags in use that the ticket does not have, and Esc gives the focus back', async () => {
    const { user } = await setup(['router']);
    const options = Array.from(document.querySelectorAll('#tags-suggestions option')).map((o) => o.getAttribute('value'));
    expect(options).toEqual(['billing']);
    for (let i = 0; i < 5; i++) {
      await user.keyboard('{Tab}');
      expect(screen.getByTestId('tags-dialog').contains(document.activeElement)).toBe(true);
    }
    await user.keyboard('{Escape}');
    expect(screen.queryByTestId('tags-dialog')).toBeNull();
    expect(document.activeElement).toBe(screen.getByTestId('opener'));
  });
});

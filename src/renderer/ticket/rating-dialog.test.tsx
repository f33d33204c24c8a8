// The rating dialog (v) from the keyboard: digits choose the CSAT, Tab moves to the NPS, a digit in the
// comment is text, Ctrl/⌘+Enter saves, Esc cancels; the focus stays inside and goes back on close.
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { ticket } from '../test-support/builders';
import { RatingDialog } from './rating-dialog';

type Submit = (a: { csat?: number; nps?: number; comment?: string }) => Promise<boolean>;

function Host({ onSubmit }: { onSubmit: Submit }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" data-testid="opener" onClick={() => setOpen(true)}>
        open
      </button>
      {open ? <RatingDialog ticket={ticket(1)} onSubmit={onSubmit} onClose={() => setOpen(false)} /> : null}
    </>
  );
}

const setup = async (result = true) => {
  const user = userEvent.setup();
  const onSubmit = vi.fn<Submit>(async () => result);
  render(<Host onSubmit={onSubmit} />);
  await user.click(screen.getByTestId('opener'));
  return { user, onSubmit };
};
const checked = (group: string) => screen.getByTestId(group).querySelector('[aria-checked="true"]')?.textContent ?? null;

describe('rating dialog by keyboard', () => {
  it('takes the CSAT from a digit, the NPS after Tab, and saves with Ctrl+Enter', async () => {
    const { user, onSubmit } = await setup();
    expect(screen.getByTestId('rating-csat').contains(document.activeElement)).toBe(true);
    await user.keyboard('4');
    expect(checked('rating-csat')).toBe('4');
    await user.keyboard('{Tab}9');
    expect(checked('rating-nps')).toBe('9');
    await user.keyboard('{Control>}{Enter}{/Control}');
    expect(onSubmit).toHaveBeenCalledWith({ csat: 4, nps: 9 });
    // Saved: the dialog closes and the focus is back where it was.
    expect(screen.queryByTestId('rating-dialog')).toBeNull();
    expect(document.activeElement).toBe(screen.getByTestId('opener'));
  });

  it('reads 1 then 0 as NPS 10, and ignores digits out of the CSAT’s range', async () => {
    const { user, onSubmit } = await setup();
    await user.keyboard('7');
    expect(checked('rating-csat')).toBeNull();
    await user.keyboard('{Tab}10');
    expect(checked('rating-nps')).toBe('10');
    await user.keyboard('{Meta>}{Enter}{/Meta}');
    expect(onSubmit).toHaveBeenCalledWith({ nps: 10 });
  });

  it('a digit typed in the comment is text, never a score', async () => {
    const { user, onSubmit } = await setup();
    await user.keyboard('5{Tab}{Tab}');
    expect(document.activeElement).toBe(screen.getByTestId('rating-comment'));
    await user.keyboard('Called back at 3, all 2 issues fixed');
    expect(checked('rating-csat')).toBe('5');
    expect(checked('rating-nps')).toBeNull();
    await user.keyboard('{Control>}{Enter}{/Control}');
    expect(onSubmit).toHaveBeenCalledWith({ csat: 5, comment: 'Called back at 3, all 2 issues fixed' });
  });

  it('says a score is needed, and Esc cancels without saving', async () => {
    const { user, onSubmit } = await setup();
    await user.keyboard('{Control>}{Enter}{/Control}');
    expect(onSubmit).not.toHaveBeenCalled();
    expect(screen.getByTestId('rating-error').textContent).toBe('Choose a CSAT or an NPS score.');
    await user.keyboard('{Escape}');
    expect(screen.queryByTestId('rating-dialog')).toBeNull();
    expect(document.activeElement).toBe(screen.getByTestId('opener'));
  });

  it('keeps the focus inside: Tab from the last control comes back to the first', async () => {
    const { user } = await setup();
    for (let i = 0; i < 8; i++) {
      await user.keyboard('{Tab}');
      expect(screen.getByTestId('rating-dialog').contains(document.activeElement)).toBe(true);
    }
    await user.keyboard('{Shift>}{Tab}{/Shift}');
    expect(screen.getByTestId('rating-dialog').contains(document.activeElement)).toBe(true);
  });

  it('stays open when the save is refused, keeping what was chosen', async () => {
    const { user, onSubmit } = await setup(false);
    await user.keyboard('3{Control>}{Enter}{/Control}');
    expect(onSubmit).toHaveBeenCalledWith({ csat: 3 });
    expect(checked('rating-csat')).toBe('3');
  });
});

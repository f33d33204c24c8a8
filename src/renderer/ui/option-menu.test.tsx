import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { OptionMenu } from './option-menu';

const options = [
  { value: 'a', label: 'Alpha' },
  { value: 'b', label: 'Beta', disabled: true },
  { value: 'c', label: 'Gamma' },
] as const;

function renderMenu() {
  const onChoose = vi.fn();
  const onClose = vi.fn();
  render(<OptionMenu title="Pick" hint="hint" testId="menu" options={options} current="a" onChoose={onChoose} onClose={onClose} />);
  return { onChoose, onClose };
}

describe('option menu', () => {
  it('chooses the entry of a number key at once', async () => {
    const user = userEvent.setup();
    const { onChoose } = renderMenu();
    await user.keyboard('3');
    expect(onChoose).toHaveBeenCalledWith('c');
    expect(onChoose).toHaveBeenCalledTimes(1);
  });

  it('does not choose a disabled entry by its number, nor a number past the end', async () => {
    const user = userEvent.setup();
    const { onChoose } = renderMenu();
    await user.keyboard('2');
    await user.keyboard('9');
    expect(onChoose).not.toHaveBeenCalled();
  });

  it('still moves with the arrows and chooses with Enter', async () => {
    const user = userEvent.setup();
    const { onChoose } = renderMenu();
    await user.keyboard('{ArrowDown}{ArrowDown}{Enter}');
    expect(onChoose).toHaveBeenCalledWith('c');
  });
});

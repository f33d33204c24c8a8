// Arrow keys across the board's numbers: each number button carries data-cell="row,col" within its
// table; an arrow moves the focus to the nearest number that way (Tab walks them in reading order).
import type { KeyboardEvent } from 'react';

const MOVES: Record<string, [number, number]> = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1] };

export function onGridKey(e: KeyboardEvent<HTMLElement>): void {
  const move = MOVES[e.key];
  const from = (e.target as HTMLElement).closest<HTMLElement>('[data-cell]');
  if (!move || !from) return;
  const [r, c] = from.dataset.cell!.split(',').map(Number) as [number, number];
  const next = e.currentTarget.querySelector<HTMLElement>(`[data-cell="${r + move[0]},${c + move[1]}"]`);
  // The arrows are the board's here, not the queue's (j/k) or the page's scroll.
  e.preventDefault();
  e.stopPropagation();
  next?.focus();
}

// The board's one piece of UI state: whether its first number should take the focus (`g b`), until it
// has (the board may first have to mount, after the open ticket closes, and load its numbers).
import { create } from 'zustand';

export interface BoardState {
  focusWanted: boolean;
  focusBoard(): void;
  focused(): void;
}

export const useBoardStore = create<BoardState>()((set) => ({
  focusWanted: false,
  focusBoard: () => set({ focusWanted: true }),
  focused: () => set({ focusWanted: false }),
}));

// The supervisor's marked tickets (x), kept by ticket id: marks survive scrolling and paging (the list's
// rows come and go) and a ticket moving within the queue. They are cleared by Esc and when another queue
// is shown (another view or tier; a filter keeps them, so a supervisor can filter, mark, filter again).
// What the assign picker and the rebalance dialogs act on is `subject`.
import { create } from 'zustand';

export type AssignSubject =
  /** The marked tickets, or the cursor's ticket when none is marked (ticketIds fixed when the picker opened). */
  | { kind: 'tickets'; ticketIds: readonly string[] }
  /** Every open ticket of one agent (the agents panel). */
  | { kind: 'agent'; agentId: string };

export interface MarksState {
  /** The queue the marks belong to ('view:tier'); marks of another queue are never shown. */
  queue: string | null;
  marked: ReadonlySet<string>;
  subject: AssignSubject | null;
  /** The agent whose cap is being edited. */
  capAgentId: string | null;
  toggle(ticketId: string, queue: string): boolean;
  /** The queue on screen; another one clears the marks. */
  follow(queue: string): void;
  clear(): void;
  setSubject(subject: AssignSubject | null): void;
  setCapAgent(agentId: string | null): void;
}

const NONE: ReadonlySet<string> = new Set();

export const useMarksStore = create<MarksState>()((set, get) => ({
  queue: null,
  marked: NONE,
  subject: null,
  capAgentId: null,
  toggle: (ticketId, queue) => {
    const s = get();
    const next = new Set(s.queue === queue ? s.marked : NONE);
    const on = !next.has(ticketId);
    if (on) next.add(ticketId);
    else next.delete(ticketId);
    set({ queue, marked: next });
    return on;
  },
  follow: (queue) => set((s) => (s.queue === queue ? s : { queue, marked: NONE })),
  clear: () => set((s) => (s.marked.size ? { marked: NONE } : s)),
  setSubject: (subject) => set({ subject }),
  setCapAgent: (capAgentId) => set({ capAgentId }),
}));

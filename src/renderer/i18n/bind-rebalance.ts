// Rebalancing's words in the Strings shape (rebalance/, and the board's auto-assign switch and breaks).
import type { Messages } from './messages';

export function bindRebalance(m: Messages) {
  const f = m.format.bind(m);
  const s = m.text.bind(m);
  return {
    marks: {
      marked: s('marks.marked'),
      count: (n: number) => f('marks.count', { n }),
      hint: (assign: string) => f('marks.hint', { assign }),
      cleared: s('marks.cleared'),
      supervisorsOnly: (take: string) => f('marks.supervisorsOnly', { take }),
    },
    picker: {
      title: (n: number) => f('picker.title', { n }),
      filter: s('picker.filter'),
      hint: s('picker.hint'),
      agents: s('picker.agents'),
      load: (open: number, cap: number | null) => (cap === null ? f('picker.loadNoCap', { open }) : f('picker.load', { open, cap })),
      overCap: s('picker.overCap'),
      noMatch: s('picker.noMatch'),
      unassign: s('picker.unassign'),
      spread: s('picker.spread'),
      confirmOverCap: (name: string, after: number, cap: number) => f('picker.confirmOverCap', { name, after, cap }),
      noTicket: (mark: string) => f('picker.noTicket', { mark }),
      assigned: (n: number, name: string) => f('picker.assigned', { n, name }),
      unassigned: (n: number) => f('picker.unassigned', { n }),
      spreadDone: (n: number) => f('picker.spreadDone', { n }),
      spreadLeft: (n: number) => f('picker.spreadLeft', { n }),
      notSent: (done: string) => f('picker.notSent', { done }),
      failed: (n: number) => f('picker.failed', { n }),
    },
    reassign: {
      title: (name: string) => f('reassign.title', { name }),
      count: (n: number, name: string) => f('reassign.count', { n, name }),
      button: s('reassign.button'),
      label: (name: string) => f('reassign.label', { name }),
    },
    cap: {
      title: (name: string) => f('cap.title', { name }),
      field: s('cap.field'),
      save: s('cap.save'),
      cancel: s('cap.cancel'),
      invalid: s('cap.invalid'),
      set: (name: string, cap: number) => f('cap.set', { name, cap }),
      cleared: (name: string) => f('cap.cleared', { name }),
      button: s('cap.button'),
      label: (name: string) => f('cap.label', { name }),
    },
    rowKeys: {
      title: s('rowKeys.title'),
      reassign: s('rowKeys.reassign'),
      cap: s('rowKeys.cap'),
      hint: (reassign: string, cap: string) => f('rowKeys.hint', { reassign, cap }),
    },
    autoAssign: {
      title: s('autoAssign.title'),
      tier: (tier: number) => f('autoAssign.tier', { tier }),
      on: s('autoAssign.on'),
      off: s('autoAssign.off'),
      pending: s('autoAssign.pending'),
      label: (tier: number) => f('autoAssign.label', { tier }),
      turned: (tier: number, on: boolean) => f(on ? 'autoAssign.turnedOn' : 'autoAssign.turnedOff', { tier }),
      note: s('autoAssign.note'),
    },
    breaks: {
      column: s('breaks.column'),
      onBreak: s('breaks.onBreak'),
      offline: s('breaks.offline'),
      since: (time: string) => f('breaks.since', { time }),
      unknown: s('breaks.unknown'),
      overdue: (hours: number) => f('breaks.overdue', { hours }),
    },
  };
}

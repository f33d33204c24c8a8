// The wallboard's words in the Strings shape (board/): its figures, tiers, "as of", the agents panel.
import type { Messages } from './messages';

export function bindBoard(m: Messages, intl: string) {
  const f = m.format.bind(m);
  const s = m.text.bind(m);
  // "as of HH:MM": the replica's last pull as the locale writes a time of day.
  const clock = new Intl.DateTimeFormat(intl, { hour: '2-digit', minute: '2-digit' });
  return {
    board: {
      title: s('board.title'),
      asOf: (iso: string) => f('board.asOf', { time: clock.format(new Date(iso)) }),
      live: s('board.live'),
      figure: s('board.figure'),
      tier: (tier: number) => f('board.tier', { tier }),
      total: s('board.total'),
      row: {
        open: s('board.row.open'),
        waiting: s('board.row.waiting'),
        progress: s('board.row.progress'),
        pending: s('board.row.pending'),
        longestWait: s('board.row.longestWait'),
        breached: s('board.row.breached'),
        atRisk: (n: number) => f('board.row.atRisk', { n }),
        createdHour: s('board.row.createdHour'),
        createdToday: s('board.row.createdToday'),
        solvedHour: s('board.row.solvedHour'),
        solvedToday: s('board.row.solvedToday'),
      },
      noneWaiting: s('board.noneWaiting'),
      channels: s('board.channels'),
      channel: s('board.channel'),
      opens: (figure: string, where: string, value: string, queue: string) => f('board.opens', { figure, where, value, queue }),
      forSupervisors: s('board.forSupervisors'),
      toQueues: s('board.toQueues'),
      agents: {
        title: s('board.agents.title'),
        name: s('board.agents.name'),
        presence: s('board.agents.presence'),
        tier: s('board.agents.tier'),
        open: s('board.agents.open'),
        cap: s('board.agents.cap'),
        solvedToday: s('board.agents.solvedToday'),
        noCap: s('board.agents.noCap'),
        overCap: s('board.agents.overCap'),
        since: s('board.agents.since'),
        sinceUnknown: s('board.agents.sinceUnknown'),
        noTier: s('board.agents.noTier'),
        none: s('board.agents.none'),
      },
    },
  };
}

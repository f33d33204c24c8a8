// Every agent the replica holds, with presence and how long they have been in it (presenceSince), tier,
// open tickets assigned (their mine:<id> counter) against their cap, flagged over it, and the time since
// their last break (lastBreakEndedAt), flagged past NO_BREAK_HOURS (shared/assign/breaks.ts). An agent's
// row takes the focus (Tab): `r` reassigns all their open tickets, `c` edits their cap (also buttons).
import { useLiveQuery } from 'dexie-react-hooks';
import { breakState, NO_BREAK_HOURS } from '../../shared/assign/breaks';
import type { Agent } from '../../shared/domain';
import { openCapEditor, openReassignAll } from '../rebalance/rebalance-commands';
import { onAgentRowKey } from './row-keys';
import { useConsole } from '../app/console-context';
import { useMemo } from 'react';
import { boardAgents, openAssigned, solvedOn } from '../db/board-queries';
import { localDay } from '../db/board-counters';
import { useStrings } from '../i18n';
import { useNow } from './use-now';

export function AgentsPanel() {
  const t = useStrings();
  const { replica } = useConsole();
  const agents = useLiveQuery(() => boardAgents(replica.db), [replica]);
  const ids = useMemo(() => (agents ?? []).map((a) => a.id), [agents]);
  const open = useLiveQuery(() => openAssigned(replica.db, ids), [replica, ids]);
  const now = useNow(15_000);
  const today = localDay(now);
  const solved = useLiveQuery(() => solvedOn(replica.db, ids, today), [replica, ids, today]);
  const loads = agents && open?.length === agents.length ? agents.map((agent, i) => ({ agent, open: open[i] ?? 0, solved: solved?.[i] })) : undefined;
  return (
    <section className="agents-panel" aria-labelledby="agents-title" data-testid="agents-panel">
      <h3 id="agents-title">{t.board.agents.title}</h3>
      {loads && !loads.length ? <p className="muted">{t.board.agents.none}</p> : null}
      <table className="board-grid agents-grid">
        <thead>
          <tr>
            <th scope="col">{t.board.agents.name}</th>
            <th scope="col">{t.board.agents.tier}</th>
            <th scope="col">{t.board.agents.presence}</th>
            <th scope="col">{t.board.agents.since}</th>
            <th scope="col">{t.board.agents.open}</th>
            <th scope="col">{t.board.agents.cap}</th>
            <th scope="col">{t.board.agents.solvedToday}</th>
            <th scope="col">{t.breaks.column}</th>
            <th scope="col">
              <span className="visually-hidden">{t.rowKeys.title}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {(loads ?? []).map(({ agent, open, solved: solvedToday }) => (
            <tr key={agent.id} data-testid="agent-row" data-agent-id={agent.id} tabIndex={agent.role === 'agent' ? 0 : undefined} onKeyDown={(e) => onAgentRowKey(e, agent)}>
              <th scope="row">{agent.name}</th>
              <td>{agent.tier === null ? t.board.agents.noTier : t.board.tier(agent.tier)}</td>
              <td data-testid="agent-presence" data-value={agent.presence}>
                {t.presence.state[agent.presence]}
              </td>
              <td data-testid="agent-since">
                {agent.presenceSince ? t.format.duration(Math.max(0, now - Date.parse(agent.presenceSince))) : <span className="muted">{t.board.agents.sinceUnknown}</span>}
              </td>
              <td data-testid="agent-open">{t.format.number(open)}</td>
              <td data-testid="agent-cap" data-over={agent.cap != null && open > agent.cap}>
                {(agent.cap ?? null) === null ? <span className="muted">{t.board.agents.noCap}</span> : t.format.number(agent.cap!)}
                {agent.cap != null && open > agent.cap ? <strong className="over-cap"> · {t.board.agents.overCap}</strong> : null}
              </td>
              <td data-testid="agent-solved-today">{solvedToday === undefined ? null : t.format.number(solvedToday)}</td>
              <LastBreak agent={agent} now={now} />
              <td>
                {agent.role === 'agent' ? (
                  <>
                    <button type="button" className="small" aria-label={t.reassign.label(agent.name)} aria-keyshortcuts="R" data-testid="agent-reassign" onClick={() => openReassignAll(agent.id)}>
                      {t.reassign.button}
                    </button>{' '}
                    <button type="button" className="small" aria-label={t.cap.label(agent.name)} aria-keyshortcuts="C" data-testid="agent-cap-edit" onClick={() => openCapEditor(agent.id)}>
                      {t.cap.button}
                    </button>
                  </>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="muted board-note">{t.rowKeys.hint('R', 'C')}</p>
    </section>
  );
}

/** "2h 05m ago", "on a break now", flagged "no break for more than 2 hours". */
function LastBreak({ agent, now }: { agent: Agent; now: number }) {
  const t = useStrings();
  const state = breakState(agent, now);
  if (state.kind === 'none') return <td data-testid="agent-break" />;
  if (state.kind === 'resting') return <td data-testid="agent-break">{state.presence === 'break' ? t.breaks.onBreak : t.breaks.offline}</td>;
  return (
    <td data-testid="agent-break" data-overdue={state.overdue}>
      {state.sinceBreakMs === null ? <span className="muted">{t.breaks.unknown}</span> : t.breaks.since(t.format.duration(state.sinceBreakMs))}
      {state.overdue ? <strong className="no-break"> · {t.breaks.overdue(NO_BREAK_HOURS)}</strong> : null}
    </td>
  );
}

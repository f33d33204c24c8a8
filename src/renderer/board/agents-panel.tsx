// Every agent the replica holds, with presence and how long they have been in it (presenceSince), tier,
// open tickets assigned (their mine:<id> counter) against their cap, flagged over it. Breaks are not
// recorded yet, so "time since the last break" is not shown: the panel says so instead of guessing.
import { useLiveQuery } from 'dexie-react-hooks';
import { useConsole } from '../app/console-context';
import { useMemo } from 'react';
import { boardAgents, openAssigned } from '../db/board-queries';
import { useStrings } from '../i18n';
import { useNow } from './use-now';

export function AgentsPanel() {
  const t = useStrings();
  const { replica } = useConsole();
  const agents = useLiveQuery(() => boardAgents(replica.db), [replica]);
  const ids = useMemo(() => (agents ?? []).map((a) => a.id), [agents]);
  const open = useLiveQuery(() => openAssigned(replica.db, ids), [replica, ids]);
  const now = useNow(15_000);
  const loads = agents && open?.length === agents.length ? agents.map((agent, i) => ({ agent, open: open[i] ?? 0 })) : undefined;
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
          </tr>
        </thead>
        <tbody>
          {(loads ?? []).map(({ agent, open }) => (
            <tr key={agent.id} data-testid="agent-row" data-agent-id={agent.id}>
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
            </tr>
          ))}
        </tbody>
      </table>
      <p className="muted board-note">{t.board.agents.notKept}</p>
    </section>
  );
}

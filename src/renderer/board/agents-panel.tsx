// Every agent the replica holds, with presence, tier and open tickets assigned (their mine:<id> counter).
// Caps, time in a presence and breaks are not in the data yet: the panel says so instead of guessing.
import { useLiveQuery } from 'dexie-react-hooks';
import { useConsole } from '../app/console-context';
import { useMemo } from 'react';
import { boardAgents, openAssigned } from '../db/board-queries';
import { useStrings } from '../i18n';

export function AgentsPanel() {
  const t = useStrings();
  const { replica } = useConsole();
  const agents = useLiveQuery(() => boardAgents(replica.db), [replica]);
  const ids = useMemo(() => (agents ?? []).map((a) => a.id), [agents]);
  const open = useLiveQuery(() => openAssigned(replica.db, ids), [replica, ids]);
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
            <th scope="col">{t.board.agents.open}</th>
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
              <td data-testid="agent-open">{t.format.number(open)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="muted board-note">{t.board.agents.notKept}</p>
    </section>
  );
}

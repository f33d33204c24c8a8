// The assign picker (Shift+A, and the agents panel's "reassign all"): a filter box over the tier's agents,
// each with presence and open tickets against their cap; arrows move, Enter assigns every ticket of the
// subject, one `assign` mutation each. Assigning above a cap asks first (Enter again confirms). Agents and
// loads come from the replica: the agents table and their maintained mine:<id> counters, read once per
// change, never per keystroke (the filter works on what is loaded).
import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import { planSpread } from '../../shared/assign/spread';
import type { Tier } from '../../shared/domain';
import { useConsole } from '../app/console-context';
import { agentLoads } from '../db/board-queries';
import { useStrings } from '../i18n';
import { Dialog } from '../ui/dialog';
import { assignEach, outcomeText } from './assign-tickets';
import { overCapAfter, pickerOptions, type AgentOption, type PickerExtra, type PickerOption } from './picker-options';
import './rebalance.css';

export interface AssignPickerProps {
  title: string;
  /** A sentence above the list ("3 open tickets will move."), if any. */
  intro?: string;
  tier: Tier;
  ticketIds: readonly string[];
  extras?: readonly PickerExtra[];
  excludeAgentId?: string;
  testId?: string;
  /** The run is over: its sentence for the live region. */
  onDone(said: string): void;
  onClose(): void;
}

const keyOf = (o: PickerOption) => (o.kind === 'agent' ? o.agent.id : o.kind);

export function AssignPicker({ title, intro, tier, ticketIds, extras = [], excludeAgentId, testId = 'assign-picker', onDone, onClose }: AssignPickerProps) {
  const t = useStrings();
  const { replica } = useConsole();
  const loads = useLiveQuery(() => agentLoads(replica.db), [replica]);
  const [text, setText] = useState('');
  const [active, setActive] = useState(0);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const listId = useId();
  const agents: AgentOption[] = useMemo(() => (loads ?? []).map((l) => ({ kind: 'agent', agent: l.agent, open: l.open })), [loads]);
  const options = useMemo(() => pickerOptions(agents, tier, text, extras, excludeAgentId), [agents, tier, text, extras, excludeAgentId]);
  const at = Math.min(active, Math.max(0, options.length - 1));
  const n = ticketIds.length;

  const run = async (o: PickerOption) => {
    setBusy(true);
    if (o.kind === 'unassign') {
      const out = await assignEach(replica, ticketIds.map((ticketId) => ({ ticketId, agentId: null })));
      return onDone(outcomeText(t.picker.unassigned(out.done), out));
    }
    if (o.kind === 'spread') {
      // A replica row from before caps (or presenceSince) lacks the field: no cap, unknown.
      const cands = agents.map((a) => ({ ...a.agent, cap: a.agent.cap ?? null, presenceSince: a.agent.presenceSince ?? null, load: a.open }));
      const plan = planSpread(tier, ticketIds, cands, excludeAgentId);
      const out = await assignEach(replica, plan.moves);
      const said = outcomeText(t.picker.spreadDone(out.done), out);
      return onDone(plan.left.length ? `${said} ${t.picker.spreadLeft(plan.left.length)}` : said);
    }
    const out = await assignEach(replica, ticketIds.map((ticketId) => ({ ticketId, agentId: o.agent.id })));
    onDone(outcomeText(t.picker.assigned(out.done, o.agent.name), out));
  };

  const choose = (o: PickerOption | undefined) => {
    if (!o || busy || n === 0) return;
    if (o.kind === 'agent' && overCapAfter(o, n) && confirming !== o.agent.id) return setConfirming(o.agent.id);
    void run(o);
  };

  const move = (to: number) => {
    setActive(Math.max(0, Math.min(options.length - 1, to)));
    setConfirming(null);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown') move(at + 1);
    else if (e.key === 'ArrowUp') move(at - 1);
    else if (e.key === 'PageDown') move(at + 8);
    else if (e.key === 'PageUp') move(at - 8);
    else if (e.key === 'Enter') choose(options[at]);
    else return;
    e.preventDefault();
  };

  const label = (o: PickerOption) => {
    if (o.kind === 'unassign') return t.picker.unassign;
    if (o.kind === 'spread') return t.picker.spread;
    const over = o.agent.cap != null && o.open > o.agent.cap;
    return `${o.agent.name} · ${t.presence.state[o.agent.presence]} · ${t.picker.load(o.open, o.agent.cap ?? null)}${over ? ` · ${t.picker.overCap}` : ''}`;
  };
  const confirmFor = options.find((o): o is AgentOption => o.kind === 'agent' && o.agent.id === confirming);

  return (
    <Dialog title={title} onClose={onClose} testId={testId} className="assign-picker">
      {intro ? <p data-testid="picker-intro">{intro}</p> : null}
      <input
        data-autofocus
        type="text"
        role="combobox"
        aria-expanded="true"
        aria-controls={listId}
        aria-autocomplete="list"
        aria-label={t.picker.filter}
        aria-activedescendant={options[at] ? `${listId}-${keyOf(options[at])}` : undefined}
        placeholder={t.picker.filter}
        maxLength={120}
        value={text}
        data-testid="picker-filter"
        onChange={(e) => {
          setText(e.target.value);
          move(0);
        }}
        onKeyDown={onKeyDown}
      />
      <ul id={listId} role="listbox" aria-label={t.picker.agents} className="picker-list" data-testid="picker-list">
        {options.map((o, i) => {
          const over = o.kind === 'agent' && o.agent.cap != null && o.open > o.agent.cap;
          return (
            <li
              key={keyOf(o)}
              id={`${listId}-${keyOf(o)}`}
              role="option"
              aria-selected={i === at}
              data-testid="picker-option"
              data-value={keyOf(o)}
              data-over={over || undefined}
              className={`picker-option${i === at ? ' is-active' : ''}`}
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => {
                move(i);
                choose(o);
              }}
            >
              {o.kind === 'agent' ? <span className={`presence-dot presence-${o.agent.presence}`} aria-hidden="true" /> : null}
              {label(o)}
            </li>
          );
        })}
      </ul>
      {options.length === 0 ? <p className="muted">{t.picker.noMatch}</p> : null}
      {confirmFor ? (
        <p role="alert" className="picker-confirm" data-testid="picker-confirm">
          {t.picker.confirmOverCap(confirmFor.agent.name, confirmFor.open + n, confirmFor.agent.cap ?? 0)}
        </p>
      ) : null}
      <p className="muted picker-hint">{t.picker.hint}</p>
    </Dialog>
  );
}

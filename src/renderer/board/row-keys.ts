// The agents panel's own keys on a focused agent row: `r` reassigns all the agent's open tickets, `c`
// edits their cap. They never reach the console's key map, except the second stroke of a sequence the
// agent's map starts (`g` then `c` is the complaint list, not this agent's cap).
import type { KeyboardEvent } from 'react';
import type { Agent } from '../../shared/domain';
import { SEQUENCE_TIMEOUT_MS } from '../keyboard/dispatcher';
import { useKeymapStore } from '../keyboard/keymap-store';
import { openCapEditor, openReassignAll } from '../rebalance/rebalance-commands';

let sequenceStartedAt = -Infinity;

const startsSequence = (key: string) => useKeymapStore.getState().keymap.some((b) => b.keys.some((k) => k.startsWith(`${key} `)));

export function onAgentRowKey(e: KeyboardEvent<HTMLTableRowElement>, agent: Agent): void {
  if (agent.role !== 'agent' || e.ctrlKey || e.metaKey || e.altKey) return;
  const now = Date.now();
  if (startsSequence(e.key)) {
    sequenceStartedAt = now;
    return;
  }
  const second = now - sequenceStartedAt <= SEQUENCE_TIMEOUT_MS;
  sequenceStartedAt = -Infinity;
  const key = e.key.toLowerCase();
  if (second || (key !== 'r' && key !== 'c')) return;
  e.preventDefault();
  e.stopPropagation();
  if (key === 'r') openReassignAll(agent.id);
  else openCapEditor(agent.id);
}

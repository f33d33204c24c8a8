// The palette as the console opens it: ticket actions only while there is a ticket under the cursor,
// and only those the shared rules allow on it; the escalated queue only for tiers that receive some.
import { useLiveQuery } from 'dexie-react-hooks';
import type { Tier } from '../../shared/domain';
import type { ActionId, KeyBinding } from '../../shared/keymap';
import { useConsole } from '../app/console-context';
import { ticketById } from '../db/queries';
import { useQueueStore } from '../queue/queue-store';
import { isTicketAction, mayDo } from '../ticket/ticket-permissions';
import { CommandPalette } from './command-palette';

export function PaletteHost({ tier, keymap, onRun, onClose }: { tier: Tier; keymap?: readonly KeyBinding[]; onRun(a: ActionId): void; onClose(): void }) {
  const { replica } = useConsole();
  const id = useQueueStore((s) => s.cursor.id);
  const ticket = useLiveQuery(async () => (id ? ((await ticketById(replica.db, id)) ?? null) : null), [replica, id]);
  const offered = (a: ActionId): boolean => {
    if (a === 'go.escalated') return tier !== 1;
    if (a === 'ticket.open') return id !== null;
    // A template goes into a reply: offered where a reply may be written.
    if (a === 'composer.template') return !!ticket && mayDo('ticket.reply', replica.agent, ticket);
    if (!isTicketAction(a)) return true;
    return !!ticket && mayDo(a, replica.agent, ticket);
  };
  return <CommandPalette keymap={keymap} offered={offered} onRun={onRun} onClose={onClose} />;
}

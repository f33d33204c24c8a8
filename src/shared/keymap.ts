// The console's key map as plain data, so it can be remapped later (per agent or per locale) without
// touching the dispatcher. A binding is one or more key sequences; a sequence is strokes separated by a
// space ("g m"); a stroke is an optional "Mod+" (Ctrl, or ⌘ on macOS) and a KeyboardEvent.key value.

export const ACTION_IDS = [
  'queue.next',
  'queue.previous',
  'ticket.open',
  'back',
  'ticket.reply',
  'ticket.note',
  'ticket.take',
  'ticket.status',
  'ticket.priority',
  'ticket.escalate',
  'ticket.handBack',
  'ticket.link',
  'ticket.confirmCustomer',
  'queue.mark',
  'queue.assignTo',
  'ticket.tags',
  'ticket.rating',
  'ticket.complaint',
  'go.mine',
  'go.unassigned',
  'go.tier',
  'go.escalated',
  'go.board',
  'go.kpis',
  'go.complaints',
  'queue.filter',
  'palette.open',
  'composer.send',
  'composer.template',
  'help.open',
  'settings.open',
  'sync.now',
  'session.logout',
  'presence.choose',
  'presence.available',
  'presence.busy',
  'presence.break',
  'presence.away',
] as const;

export type ActionId = (typeof ACTION_IDS)[number];

export interface KeyBinding {
  action: ActionId;
  /** Key sequences; empty when the action is reached through the command palette only. */
  keys: readonly string[];
  /** True when the binding also fires while the focus is in a text field (modifier chords, Escape). */
  whileTyping: boolean;
}

const bind = (action: ActionId, keys: readonly string[], whileTyping = false): KeyBinding => ({
  action,
  keys,
  whileTyping,
});

export const DEFAULT_KEYMAP: readonly KeyBinding[] = [
  bind('queue.next', ['j']),
  bind('queue.previous', ['k']),
  bind('ticket.open', ['Enter']),
  bind('back', ['Escape'], true),
  bind('ticket.reply', ['r']),
  bind('ticket.note', ['n']),
  bind('ticket.take', ['a']),
  bind('ticket.status', ['s']),
  bind('ticket.priority', ['p']),
  bind('ticket.escalate', ['e']),
  bind('ticket.handBack', ['h']),
  bind('ticket.link', ['l']),
  bind('ticket.confirmCustomer', ['c']),
  // Rebalancing (supervisors): mark rows, then assign them all from the picker.
  bind('queue.mark', ['x']),
  bind('queue.assignTo', ['A']),
  bind('ticket.tags', ['t']),
  bind('ticket.rating', ['v']),
  // Shift+c: a complaint (c alone confirms the customer).
  bind('ticket.complaint', ['C']),
  bind('go.mine', ['g m']),
  bind('go.unassigned', ['g u']),
  bind('go.tier', ['g t']),
  bind('go.escalated', ['g e']),
  bind('go.board', ['g b']),
  bind('go.kpis', ['g k']),
  bind('go.complaints', ['g c']),
  bind('queue.filter', ['/']),
  bind('palette.open', ['Mod+k'], true),
  bind('composer.send', ['Mod+Enter'], true),
  bind('composer.template', ['Mod+i'], true),
  bind('help.open', ['?']),
  bind('settings.open', ['Mod+,'], true),
  bind('presence.choose', ['b']),
  // Straight to one presence: the palette, or a key the agent gives them in settings.
  bind('presence.available', []),
  bind('presence.busy', []),
  bind('presence.break', []),
  bind('presence.away', []),
  bind('sync.now', []),
  bind('session.logout', []),
];

/** How a key sequence is shown to the agent: "Mod" becomes Ctrl or ⌘; strokes joined by `then`. */
export function formatKeys(sequence: string, mac: boolean, then = 'then'): string {
  const names: Record<string, string> = {
    Mod: mac ? '⌘' : 'Ctrl',
    Enter: 'Enter',
    Escape: 'Esc',
    ArrowDown: '↓',
    ArrowUp: '↑',
  };
  return sequence
    .split(' ')
    .map((stroke) =>
      stroke
        .split('+')
        .map((part) => names[part] ?? part)
        .join('+'),
    )
    .join(` ${then} `);
}

/** A sequence as aria-keyshortcuts wants it ("Control+K Meta+K"); undefined for a two-stroke sequence, which it cannot say. */
export function ariaKeyShortcuts(sequence: string): string | undefined {
  if (!sequence || sequence.includes(' ')) return undefined;
  if (!sequence.startsWith('Mod+')) return sequence;
  const rest = sequence.slice('Mod+'.length);
  const key = rest.length === 1 ? rest.toUpperCase() : rest;
  return `Control+${key} Meta+${key}`;
}

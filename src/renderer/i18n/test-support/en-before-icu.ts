// FROZEN: the English strings as they were before the ICU catalogues (a copy of i18n/en.ts at 40ed2e5), kept
// as an independent oracle that the move to intl-messageformat changed no English a consumer shows.
// Do not edit; delete it once nobody needs the comparison.
import type { ActionId } from '../../../shared/keymap';
import type { Channel, Priority, TicketStatus } from '../../../shared/domain';
import type { SyncStatus } from '../../../shared/api';

export const enBeforeIcu = {
  appName: 'Agent Console',
  login: {
    title: 'Sign in',
    email: 'Email',
    password: 'Password',
    submit: 'Sign in',
    submitting: 'Signing in…',
    wrongCredentials: 'Wrong email or password.',
    offline: 'Cannot reach the server — check the network.',
    invalid: 'Enter an email address and a password.',
    failed: 'Sign-in failed. Try again in a moment.',
    demoHint: 'Demo accounts (password “demo”):',
    backendRefused: {
      insecure_backend_url: (url: string) =>
        `This console will not connect to ${url}: plain http would send your session and customer data unencrypted. Ask your administrator for the https:// address.`,
      invalid_backend_url: (url: string) => `The server address this console is set up with is not usable (${url}). Ask your administrator to correct it.`,
    },
    demoAccounts: ['agent1@demo.local', 'specialist2@demo.local', 'specialist3@demo.local', 'supervisor@demo.local'],
    /** The role beside each demo account on the login screen. */
    demoRoles: {
      'agent1@demo.local': 'tier 1 agent',
      'specialist2@demo.local': 'tier 2 specialist',
      'specialist3@demo.local': 'tier 3 specialist',
      'supervisor@demo.local': 'supervisor',
    } as Record<string, string>,
    insecureStorage: 'This computer offers no secure storage, so your session is not saved: you will sign in again when the console restarts.',
    loading: 'Starting…',
    noBridge: (message: string) => `The console cannot reach its background service: ${message}`,
  },
  signOut: {
    title: 'Sign out with changes not yet synced?',
    pending: (n: number) =>
      n === 1 ? '1 change has not reached the server yet.' : `${n} changes have not reached the server yet.`,
    erasedNote: 'Signing out removes your tickets, notes and customer details from this workstation once everything is synced.',
    wait: 'Sync them, then sign out',
    waiting: (n: number) => (n === 1 ? 'Sending 1 change…' : `Sending ${n} changes…`),
    offlineHint: 'The server cannot be reached just now: the changes will wait until it can, or choose below.',
    keep: 'Sign out, keep them on this workstation',
    keepHint: 'Your replica stays here until you sign in on this workstation again; then they are sent.',
    discard: 'Sign out and discard them…',
    discardConfirm: (n: number) =>
      n === 1 ? 'Discard 1 change for good? Nobody will ever see it.' : `Discard ${n} changes for good? Nobody will ever see them.`,
    discardYes: 'Discard and sign out',
    back: 'Back',
    cancel: 'Stay signed in',
    keptNotice: (n: number) =>
      n === 1
        ? 'Signed out. 1 change not yet synced is kept on this workstation and will be sent when you sign in here again.'
        : `Signed out. ${n} changes not yet synced are kept on this workstation and will be sent when you sign in here again.`,
    expiredKept: (n: number) =>
      n === 1
        ? 'Your session ended. 1 change not yet synced is kept on this workstation: sign in again to send it.'
        : `Your session ended. ${n} changes not yet synced are kept on this workstation: sign in again to send them.`,
  },
  header: {
    signedInAs: (name: string, tier: string) => `${name} · ${tier}`,
    tier: (n: number) => `Tier ${n}`,
    supervisor: 'Supervisor',
    logout: 'Sign out',
    help: 'Keyboard shortcuts',
    palette: 'Command palette',
  },
  queue: {
    navLabel: 'Queues',
    mine: 'Mine',
    unassigned: (tier: number) => `Unassigned in tier ${tier}`,
    all: (tier: number) => `All in tier ${tier}`,
    escalated: (tier: number) => `Escalated to tier ${tier}`,
    escalatedMark: (from: number, initials: string) => (initials ? `↑T${from} ${initials}` : `↑T${from}`),
    escalatedBy: (from: number, name: string) => `Escalated from tier ${from} by ${name}`,
    tierPicker: 'Tier',
    listLabel: (name: string) => `${name} queue`,
    empty: 'No tickets here.',
    loadingRow: 'Loading…',
    filterLabel: 'Filter the queue',
    filterPlaceholder: 'Filter: words, a name or #number (/)',
    filterMatches: (n: number) => (n === 1 ? '1 match' : `${n} matches`),
    filterSearching: 'Searching…',
    filterFirstMatches: (n: number) => `first ${n} matches: type more to narrow`,
    unsynced: 'Not yet synced',
    draftNumber: 'new',
    columns: { number: '#', subject: 'Subject', customer: 'Customer', priority: 'Priority', status: 'Status', sla: 'SLA', channel: 'Channel' },
  },
  sla: {
    breached: (t: string) => `breached ${t} ago`,
    dueIn: (t: string) => `${t} left`,
    late: (t: string) => `${t} late`,
    none: '—',
    firstResponse: 'First response due',
    resolution: 'Resolution due',
    met: 'met',
  },
  status: {
    new: 'New',
    open: 'Open',
    pending: 'Pending',
    on_hold: 'On hold',
    solved: 'Solved',
    closed: 'Closed',
  } satisfies Record<TicketStatus, string>,
  priority: { low: 'Low', normal: 'Normal', high: 'High', urgent: 'Urgent' } satisfies Record<Priority, string>,
  channel: { phone: 'Phone', email: 'Email', chat: 'Chat', social: 'Social', web: 'Web' } satisfies Record<Channel, string>,
  ticket: {
    none: 'Select a ticket and press Enter to open it.',
    notFound: 'This ticket is no longer in your replica.',
    loading: 'Loading ticket…',
    title: (num: string, subject: string) => `#${num} ${subject}`,
    fields: { status: 'Status', priority: 'Priority', assignee: 'Assignee', tier: 'Tier', channel: 'Channel' },
    unassigned: 'Unassigned',
    unknownAgent: 'Unknown agent',
    pendingChanges: (n: number) => `${n} change${n === 1 ? '' : 's'} not yet synced`,
    thread: 'Conversation',
    kinds: { customer: 'Customer', reply: 'Reply', note: 'Internal note', call: 'Call log' },
    escalated: (from: number, to: number) => `Escalated from tier ${from} to tier ${to}`,
    handedBack: (from: number) => `Handed back from tier ${from} to tier 1`,
    reason: 'Reason',
    summary: 'Handoff summary',
    by: (name: string) => `by ${name}`,
    actions: 'Ticket actions',
    take: 'Take',
    setStatus: 'Status…',
    setPriority: 'Priority…',
    escalate: 'Escalate…',
    handBack: 'Hand back…',
    link: 'Link issue…',
    readOnlyEscalated: (tier: number) => `Escalated to tier ${tier} — read only for you`,
    readOnlyElsewhere: (tier: number) => `In the tier ${tier} queue and not yours — read only for you`,
    engineeringLink: 'Engineering issue',
    noEngineeringLink: 'none linked',
  },
  customer: {
    card: 'Customer',
    vip: 'VIP',
    email: 'Email',
    phone: 'Phone',
    language: 'Language',
    preferredChannel: 'Prefers',
    otherTickets: 'Other tickets',
    noOtherTickets: 'No other tickets.',
    more: (n: number) => `and ${n} more`,
    languages: { en: 'English', hu: 'Hungarian', lv: 'Latvian' },
    unverifiedTitle: 'Identity not verified',
    unverified:
      'This contact only gave an e-mail address or phone number that matches this customer. Check who you are talking to before you share or change anything on the account.',
    confirm: 'Identity checked',
    confirmed: "Customer's identity confirmed.",
  },
  composer: {
    label: 'Composer',
    reply: 'Reply',
    note: 'Internal note',
    replyPlaceholder: 'Write a reply to the customer… (Ctrl+Enter sends)',
    notePlaceholder: 'Write an internal note for colleagues… (Ctrl+Enter saves)',
    replyAudience: 'Reply — the customer will see this',
    noteAudience: 'Internal note — only colleagues see this',
    replyField: 'Reply to the customer',
    noteField: 'Internal note for colleagues',
    send: 'Send to customer',
    saveNote: 'Save internal note',
    empty: 'The message is empty.',
  },
  link: {
    title: 'Link an engineering issue',
    url: 'Issue address (http or https)',
    empty: 'Enter the address of the engineering issue.',
    invalid: 'That is not a web address: it must start with http:// or https://.',
    save: 'Save link',
    remove: 'Remove link',
    cancel: 'Cancel',
  },
  menus: {
    status: 'Set status',
    priority: 'Set priority',
    hint: 'A number key chooses; or arrows and Enter; Esc closes',
  },
  escalation: {
    title: (to: number) => `Escalate to tier ${to}`,
    reason: 'Reason',
    summary: 'Handoff summary — what was tried',
    submit: 'Escalate',
    cancel: 'Cancel',
    topTier: 'Tier 3 is the last tier: link an engineering issue instead (l).',
    handBackTitle: 'Hand back to tier 1',
    handBackTo: 'Follow-up agent',
    handBackNobody: 'Anyone in tier 1',
    handBackSummary: 'Handoff summary — what was done',
    handBackSubmit: 'Hand back',
  },
  sync: {
    label: 'Sync status',
    states: { online: 'Online', offline: 'Offline', connecting: 'Connecting…', syncing: 'Syncing…', service_gone: 'Service stopped' } satisfies Record<
      SyncStatus['state'],
      string
    >,
    pending: (n: number) => `${n} pending`,
    lastSynced: (t: string) => `synced ${t}`,
    never: 'not synced yet',
    retry: 'Retry now',
    initialLoad: (n: number, total: number | null) =>
      total ? `Loading tickets… ${n.toLocaleString('en')} of ${total.toLocaleString('en')} changes` : `Loading tickets… ${n.toLocaleString('en')} received`,
    unknown: 'Starting sync…',
    serviceGone: "The console's background service stopped — your changes are saved on this workstation and will be sent when it is back.",
  },
  refusals: {
    region: 'Changes not saved',
    notSaved: (message: string) => `Not saved: ${message}`,
    dismiss: 'Dismiss',
    localError: (message: string) => `Could not save: ${message}`,
  },
  palette: {
    title: 'Command palette',
    filter: 'Type a command',
    empty: 'No command matches.',
  },
  help: {
    title: 'Keyboard shortcuts',
    close: 'Close',
    then: 'then',
    typingNote: 'Single-key shortcuts are off while you type in a text field.',
  },
  announce: {
    taken: 'You took the ticket.',
    statusSet: (s: string) => `Status set to ${s}.`,
    prioritySet: (p: string) => `Priority set to ${p}.`,
    sent: 'Reply sent.',
    replyNotSent: 'Reply saved on this workstation, not sent yet.',
    /** Added to what a change did while nothing can reach the server. */
    notSent: (done: string) => `${done} Saved on this workstation, not sent yet.`,
    noteSaved: 'Internal note saved.',
    escalated: (tier: number) => `Escalated to tier ${tier}.`,
    handedBack: 'Handed back to tier 1.',
    noTicket: 'Open or select a ticket first.',
    notAllowed: 'You cannot do that on this ticket.',
    alreadyYours: 'This ticket is already yours.',
    noEscalatedQueue: 'Tier 1 receives no escalations: handed-back tickets are in Mine and Unassigned.',
    linkSet: 'Engineering issue linked.',
    linkCleared: 'Engineering link removed.',
  },
  actions: {
    'queue.next': 'Next ticket',
    'queue.previous': 'Previous ticket',
    'ticket.open': 'Open ticket',
    back: 'Back / close',
    'ticket.reply': 'Reply',
    'ticket.note': 'Internal note',
    'ticket.take': 'Take (assign to me)',
    'ticket.status': 'Set status',
    'ticket.priority': 'Set priority',
    'ticket.escalate': 'Escalate to the next tier',
    'ticket.handBack': 'Hand back to tier 1',
    'ticket.link': 'Link an engineering issue',
    'ticket.confirmCustomer': "Confirm the customer's identity",
    'go.mine': 'Go to Mine',
    'go.unassigned': 'Go to Unassigned',
    'go.tier': 'Go to All in tier',
    'go.escalated': 'Go to Escalated to my tier',
    'queue.filter': 'Filter the queue',
    'palette.open': 'Command palette',
    'composer.send': 'Send / save',
    'help.open': 'Keyboard shortcuts',
    'sync.now': 'Retry sync now',
    'session.logout': 'Sign out',
  } satisfies Partial<Record<ActionId, string>>,
  time: {
    justNow: 'just now',
    ago: (t: string) => `${t} ago`,
  },
};

/** FROZEN too: ui/format.ts's formatDuration before t.format.duration replaced it ("2h 05m", "3d 4h", "45s"). */
export function formatDurationBefore(ms: number): string {
  const s = Math.floor(Math.abs(ms) / 1000);
  const d = Math.floor(s / 86_400);
  const h = Math.floor((s % 86_400) / 3600);
  const m = Math.floor((s % 3600) / 60);
  if (d > 0) return `${d}d ${h}h`;
  if (h > 0) return `${h}h ${String(m).padStart(2, '0')}m`;
  if (m > 0) return `${m}m ${String(s % 60).padStart(2, '0')}s`;
  return `${s % 60}s`;
}

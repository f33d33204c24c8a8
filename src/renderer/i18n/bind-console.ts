// The console's frame in the Strings shape consumers call (t.signOut.pending(3)): sign-in, sign-out,
// header, queues, SLA and the ticket enums. Each function passes its parameters to one whole ICU message.
import type { Channel, Priority, TicketStatus } from '../../shared/domain';
import type { Messages } from './messages';

const DEMO_ACCOUNTS = ['agent1@demo.local', 'specialist2@demo.local', 'specialist3@demo.local', 'supervisor@demo.local'];

export function bindConsole(m: Messages) {
  const f = m.format.bind(m);
  const s = m.text.bind(m);
  return {
    appName: s('appName'),
    login: {
      title: s('login.title'),
      email: s('login.email'),
      password: s('login.password'),
      submit: s('login.submit'),
      submitting: s('login.submitting'),
      wrongCredentials: s('login.wrongCredentials'),
      offline: s('login.offline'),
      invalid: s('login.invalid'),
      failed: s('login.failed'),
      demoHint: s('login.demoHint'),
      backendRefused: {
        insecure_backend_url: (url: string) => f('login.backendRefused.insecure_backend_url', { url }),
        invalid_backend_url: (url: string) => f('login.backendRefused.invalid_backend_url', { url }),
      },
      demoAccounts: DEMO_ACCOUNTS,
      /** The role beside each demo account on the login screen. */
      demoRoles: {
        'agent1@demo.local': s('login.demoRoles.agent1'),
        'specialist2@demo.local': s('login.demoRoles.specialist2'),
        'specialist3@demo.local': s('login.demoRoles.specialist3'),
        'supervisor@demo.local': s('login.demoRoles.supervisor'),
      } as Record<string, string>,
      insecureStorage: s('login.insecureStorage'),
      loading: s('login.loading'),
      noBridge: (message: string) => f('login.noBridge', { message }),
    },
    signOut: {
      title: s('signOut.title'),
      pending: (n: number) => f('signOut.pending', { n }),
      erasedNote: s('signOut.erasedNote'),
      wait: s('signOut.wait'),
      waiting: (n: number) => f('signOut.waiting', { n }),
      offlineHint: s('signOut.offlineHint'),
      keep: s('signOut.keep'),
      keepHint: s('signOut.keepHint'),
      discard: s('signOut.discard'),
      discardConfirm: (n: number) => f('signOut.discardConfirm', { n }),
      discardYes: s('signOut.discardYes'),
      back: s('signOut.back'),
      cancel: s('signOut.cancel'),
      keptNotice: (n: number) => f('signOut.keptNotice', { n }),
      expiredKept: (n: number) => f('signOut.expiredKept', { n }),
    },
    header: {
      signedInAs: (name: string, tier: string) => f('header.signedInAs', { name, tier }),
      tier: (n: number) => f('header.tier', { n }),
      supervisor: s('header.supervisor'),
      logout: s('header.logout'),
      help: s('header.help'),
      palette: s('header.palette'),
    },
    queue: {
      navLabel: s('queue.navLabel'),
      mine: s('queue.mine'),
      unassigned: (tier: number) => f('queue.unassigned', { tier }),
      all: (tier: number) => f('queue.all', { tier }),
      escalated: (tier: number) => f('queue.escalated', { tier }),
      escalatedMark: (from: number, initials: string) =>
        initials ? f('queue.escalatedMark', { from, initials }) : f('queue.escalatedMarkNoInitials', { from }),
      escalatedBy: (from: number, name: string) => f('queue.escalatedBy', { from, name }),
      tierPicker: s('queue.tierPicker'),
      listLabel: (name: string) => f('queue.listLabel', { name }),
      empty: s('queue.empty'),
      loadingRow: s('queue.loadingRow'),
      filterLabel: s('queue.filterLabel'),
      /** `key`: the filter's key in the agent's map, in words (/). */
      filterPlaceholder: (key: string) => f('queue.filterPlaceholder', { key }),
      filterMatches: (n: number) => f('queue.filterMatches', { n }),
      filterSearching: s('queue.filterSearching'),
      filterFirstMatches: (n: number) => f('queue.filterFirstMatches', { n }),
      unsynced: s('queue.unsynced'),
      draftNumber: s('queue.draftNumber'),
      columns: {
        number: s('queue.columns.number'),
        subject: s('queue.columns.subject'),
        customer: s('queue.columns.customer'),
        priority: s('queue.columns.priority'),
        status: s('queue.columns.status'),
        sla: s('queue.columns.sla'),
        channel: s('queue.columns.channel'),
      },
    },
    sla: {
      breached: (t: string) => f('sla.breached', { t }),
      dueIn: (t: string) => f('sla.dueIn', { t }),
      late: (t: string) => f('sla.late', { t }),
      none: s('sla.none'),
      firstResponse: s('sla.firstResponse'),
      resolution: s('sla.resolution'),
      met: s('sla.met'),
    },
    status: {
      new: s('status.new'),
      open: s('status.open'),
      pending: s('status.pending'),
      on_hold: s('status.on_hold'),
      solved: s('status.solved'),
      closed: s('status.closed'),
    } satisfies Record<TicketStatus, string>,
    priority: { low: s('priority.low'), normal: s('priority.normal'), high: s('priority.high'), urgent: s('priority.urgent') } satisfies Record<Priority, string>,
    channel: {
      phone: s('channel.phone'),
      email: s('channel.email'),
      chat: s('channel.chat'),
      social: s('channel.social'),
      web: s('channel.web'),
    } satisfies Record<Channel, string>,
  };
}

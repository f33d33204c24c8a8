// The desktop notifications' words (notify/notify-words.ts picks one per notification), in the Strings shape.
import type { Messages } from './messages';

export function bindNotify(m: Messages) {
  const f = m.format.bind(m);
  const s = m.text.bind(m);
  return {
    notify: {
      newTicket: (number: number, tier: number) => f('notify.newTicket', { number, tier }),
      newTickets: (n: number, tier: number) => f('notify.newTickets', { n, tier }),
      newTicketsBody: s('notify.newTicketsBody'),
      assigned: (number: number, by: string | null, handedBack: boolean) =>
        handedBack
          ? by ? f('notify.handedBackBy', { name: by, number }) : f('notify.handedBack', { number })
          : by ? f('notify.assignedBy', { name: by, number }) : f('notify.assigned', { number }),
      escalated: (number: number, tier: number) => f('notify.escalated', { number, tier }),
      escalatedMany: (n: number, tier: number) => f('notify.escalatedMany', { n, tier }),
      /** From whom and why; reason null: hidden (only the tier it came from). */
      escalatedBody: (from: number, name: string | null, reason: string | null) =>
        reason === null ? f('notify.escalatedHidden', { from }) : name ? f('notify.escalatedBody', { name, from, reason }) : f('notify.escalatedBodyNoName', { from, reason }),
      customerWrote: (number: number, n: number) => (n > 1 ? f('notify.customerWroteMany', { n, number }) : f('notify.customerWrote', { number })),
      sla: (number: number, target: 'first_response' | 'resolution', breached: boolean) =>
        breached
          ? target === 'first_response' ? f('notify.slaBreach.first_response', { number }) : f('notify.slaBreach.resolution', { number })
          : target === 'first_response' ? f('notify.slaWarning.first_response', { number }) : f('notify.slaWarning.resolution', { number }),
      slaMany: (n: number, breached: boolean) => (breached ? f('notify.slaBreachMany', { n }) : f('notify.slaWarningMany', { n })),
      slaDue: (dueAtMs: number) => f('notify.slaDue', { due: dueAtMs }),
      refused: (number: number | null) => (number === null ? s('notify.refusedNoTicket') : f('notify.refused', { number })),
      refusedMany: (n: number) => f('notify.refusedMany', { n }),
      hidden: s('notify.hidden'),
      several: s('notify.several'),
    },
  };
}

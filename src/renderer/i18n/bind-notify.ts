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
      assigned: (number: number) => f('notify.assigned', { number }),
      assignedBy: (number: number, name: string) => f('notify.assignedBy', { name, number }),
      handedBack: (number: number) => f('notify.handedBack', { number }),
      handedBackBy: (number: number, name: string) => f('notify.handedBackBy', { name, number }),
      escalated: (number: number, tier: number) => f('notify.escalated', { number, tier }),
      escalatedMany: (n: number, tier: number) => f('notify.escalatedMany', { n, tier }),
      escalatedBody: (from: number, name: string, reason: string) => f('notify.escalatedBody', { name, from, reason }),
      escalatedBodyNoName: (from: number, reason: string) => f('notify.escalatedBodyNoName', { from, reason }),
      /** Message text hidden: only the tier it came from. */
      escalatedHidden: (from: number) => f('notify.escalatedHidden', { from }),
      customerWrote: (number: number, n: number) => (n > 1 ? f('notify.customerWroteMany', { n, number }) : f('notify.customerWrote', { number })),
      slaWarningFirst: (number: number) => f('notify.slaWarning.first_response', { number }),
      slaWarningResolution: (number: number) => f('notify.slaWarning.resolution', { number }),
      slaBreachFirst: (number: number) => f('notify.slaBreach.first_response', { number }),
      slaBreachResolution: (number: number) => f('notify.slaBreach.resolution', { number }),
      slaMany: (n: number, breached: boolean) => (breached ? f('notify.slaBreachMany', { n }) : f('notify.slaWarningMany', { n })),
      /** `time`: the deadline as the console's locale writes it (format.dateTime). */
      slaDue: (time: string) => f('notify.slaDue', { time }),
      refused: (number: number) => f('notify.refused', { number }),
      refusedNoTicket: s('notify.refusedNoTicket'),
      refusedMany: (n: number) => f('notify.refusedMany', { n }),
      /** The desktop notification's buttons, and the badge count in words (the taskbar reads it out). */
      take: s('notify.take'),
      snooze: s('notify.snooze'),
      badge: (n: number) => f('notify.badge', { n }),
      hidden: s('notify.hidden'),
      several: s('notify.several'),
    },
  };
}

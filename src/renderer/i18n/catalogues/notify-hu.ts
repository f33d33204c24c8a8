// Az asztali értesítések (10. feladat) magyar szövegei: cím és törzs. Ha az üzenetszöveg rejtett, csak a jegy
// száma és az esemény fajtája látszik.
import type { enNotify } from './notify-en';

export const huNotify: Record<keyof typeof enNotify, string> = {
  'notify.newTicket': 'Új jegy: #{number}, {tier}. szint',
  'notify.newTickets': '{n, number} új jegy, {tier}. szint',
  'notify.newTicketsBody': 'Kiosztatlanul várnak a várólistán.',
  'notify.assigned': 'Önhöz rendelték: #{number}',
  'notify.assignedBy': '{name} Önhöz rendelte: #{number}',
  'notify.handedBack': 'Visszaadták Önnek: #{number}',
  'notify.handedBackBy': '{name} visszaadta Önnek: #{number}',
  'notify.escalated': 'Eszkaláció, {tier}. szint: #{number}',
  'notify.escalatedMany': '{n, number} eszkaláció, {tier}. szint',
  'notify.escalatedBody': '{name} ({from}. szintről): {reason}',
  'notify.escalatedBodyNoName': '{from}. szintről: {reason}',
  'notify.escalatedHidden': '{from}. szintről',
  'notify.customerWrote': 'Az ügyfél írt: #{number}',
  'notify.customerWroteMany': '{n, number} új ügyfélüzenet: #{number}',
  'notify.slaWarning.first_response': 'Hamarosan lejár az első válasz határideje: #{number}',
  'notify.slaWarning.resolution': 'Hamarosan lejár a megoldás határideje: #{number}',
  'notify.slaBreach.first_response': 'Lejárt az első válasz határideje: #{number}',
  'notify.slaBreach.resolution': 'Lejárt a megoldás határideje: #{number}',
  'notify.slaWarningMany': '{n, number} SLA-határidő hamarosan lejár',
  'notify.slaBreachMany': '{n, number} SLA-határidő lejárt',
  'notify.slaDue': 'Határidő: {time}',
  'notify.refused': 'Nem mentődött a módosítása: #{number}',
  'notify.refusedNoTicket': 'Egy módosítása nem mentődött',
  'notify.refusedMany': '{n, number} módosítása nem mentődött',
  'notify.hidden': 'A részletekért nyissa meg a konzolt.',
  'notify.several': 'A megtekintésükhöz nyissa meg a konzolt.',
};

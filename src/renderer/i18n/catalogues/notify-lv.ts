// Darbvirsmas paziņojumu (10. uzdevums) teksti latviski: virsraksts un teksts. Ja ziņojumu teksts ir
// paslēpts, redzams tikai pieteikuma numurs un notikuma veids.
import type { enNotify } from './notify-en';

export const lvNotify: Record<keyof typeof enNotify, string> = {
  'notify.newTicket': 'Jauns pieteikums #{number}, {tier}. līmenis',
  'notify.newTickets': '{n, plural, zero {# jaunu pieteikumu} one {# jauns pieteikums} other {# jauni pieteikumi}}, {tier}. līmenis',
  'notify.newTicketsBody': 'Gaida jūsu rindā, nepiešķirti.',
  'notify.assigned': 'Jums piešķirts pieteikums #{number}',
  'notify.assignedBy': '{name} jums piešķīra pieteikumu #{number}',
  'notify.handedBack': 'Pieteikums #{number} nodots atpakaļ jums',
  'notify.handedBackBy': '{name} nodeva pieteikumu #{number} atpakaļ jums',
  'notify.escalated': 'Eskalācija uz {tier}. līmeni: #{number}',
  'notify.escalatedMany': '{n, plural, zero {# eskalāciju} one {# eskalācija} other {# eskalācijas}} uz {tier}. līmeni',
  'notify.escalatedBody': '{name} ({from}. līmenis): {reason}',
  'notify.escalatedBodyNoName': 'No {from}. līmeņa: {reason}',
  'notify.escalatedHidden': 'No {from}. līmeņa',
  'notify.customerWrote': 'Klients rakstīja pieteikumā #{number}',
  'notify.customerWroteMany': '{n, plural, zero {# jaunu klienta ziņojumu} one {# jauns klienta ziņojums} other {# jauni klienta ziņojumi}} pieteikumā #{number}',
  'notify.slaWarning.first_response': 'Drīz beigsies pirmās atbildes termiņš: #{number}',
  'notify.slaWarning.resolution': 'Drīz beigsies atrisināšanas termiņš: #{number}',
  'notify.slaBreach.first_response': 'Pirmās atbildes termiņš nokavēts: #{number}',
  'notify.slaBreach.resolution': 'Atrisināšanas termiņš nokavēts: #{number}',
  'notify.slaWarningMany': '{n, plural, zero {# SLA termiņu drīz beigsies} one {# SLA termiņš drīz beigsies} other {# SLA termiņi drīz beigsies}}',
  'notify.slaBreachMany': '{n, plural, zero {# SLA termiņu nokavēts} one {# SLA termiņš nokavēts} other {# SLA termiņi nokavēti}}',
  'notify.slaDue': 'Termiņš: {time}',
  'notify.refused': 'Jūsu izmaiņas pieteikumā #{number} netika saglabātas',
  'notify.refusedNoTicket': 'Kādas jūsu izmaiņas netika saglabātas',
  'notify.refusedMany': '{n, plural, zero {# jūsu izmaiņu netika saglabātas} one {# jūsu izmaiņa netika saglabāta} other {# jūsu izmaiņas netika saglabātas}}',
  'notify.hidden': 'Atveriet konsoli, lai to izlasītu.',
  'notify.several': 'Atveriet konsoli, lai tos apskatītu.',
};

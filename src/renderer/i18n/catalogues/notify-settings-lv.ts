// Iestatījumu paziņojumu sadaļas teksti latviski.
import type { enNotifySettings } from './notify-settings-en';

export const lvNotifySettings: Record<keyof typeof enNotifySettings, string> = {
  'notifySettings.title': 'Paziņojumi',
  'notifySettings.kind.new_ticket': 'Jauns pieteikums manā rindā',
  'notifySettings.kind.assigned': 'Man piešķirts vai atpakaļ nodots pieteikums',
  'notifySettings.kind.escalated': 'Eskalācija uz manu līmeni',
  'notifySettings.kind.customer_wrote': 'Klients raksta manā pieteikumā',
  'notifySettings.kind.sla_warning': 'Tuvojas SLA termiņš',
  'notifySettings.kind.sla_breach': 'SLA termiņš ir nokavēts',
  'notifySettings.kind.change_refused': 'Manas izmaiņas tika noraidītas',
  'notifySettings.event': 'Notikums',
  'notifySettings.on': 'Paziņot',
  'notifySettings.sound': 'Skaņa',
  'notifySettings.onFor': 'Paziņot: {kind}',
  'notifySettings.soundFor': 'Skaņa: {kind}',
  'notifySettings.warningMinutes': 'Brīdināt tik minūtes pirms SLA termiņa',
  'notifySettings.quietBreak': 'Pārtraukumā',
  'notifySettings.quietAway': 'Prombūtnē',
  'notifySettings.quiet.all': 'visu',
  'notifySettings.quiet.urgent': 'tikai steidzamos, VIP un nokavētos SLA',
  'notifySettings.quiet.none': 'neko',
  'notifySettings.busySound': 'Atskaņot skaņu arī tad, kad esmu aizņemts',
  'notifySettings.hideText': 'Paziņojumos nerādīt ziņas tekstu (koplietojams ekrāns: tikai pieteikuma numurs un notikuma veids)',
  'notifySettings.saved': 'Paziņojumu iestatījumi saglabāti.',
  'notifySettings.minutesBounds': 'Ievadiet minūšu skaitu no {min, number} līdz {max, number}.',
};

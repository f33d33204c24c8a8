// Klātbūtnes teksti latviski: augšējās joslas izvēle, `b` izvēlne, automātiskais “Prombūtnē” un tā iestatījumi.
import type { enPresence } from './presence-en';

export const lvPresence: Record<keyof typeof enPresence, string> = {
  'presence.label': 'Jūsu klātbūtne',
  'presence.state.available': 'Pieejams',
  'presence.state.busy': 'Aizņemts',
  'presence.state.break': 'Pārtraukumā',
  'presence.state.away': 'Prombūtnē',
  'presence.state.offline': 'Bezsaistē',
  'presence.menuTitle': 'Iestatīt klātbūtni',
  'presence.set': 'Jūsu statuss: {state}.',
  'presence.setNotSent': 'Jūsu statuss: {state}. Saglabāts šajā darbstacijā; kolēģi to redzēs, kad tas būs nosūtīts.',
  'presence.autoAway': '{n, plural, zero {Bez darbības # minūtes} one {Bez darbības # minūti} other {Bez darbības # minūtes}}: Jums iestatīts statuss “Prombūtnē”.',
  'presence.back': 'Laipni lūgti atpakaļ: Jūsu statuss atkal ir “{state}”.',
  'presence.ofAgent': '{name} ({state})',

  'actions.presence.choose': 'Iestatīt manu klātbūtni',
  'actions.presence.available': 'Klātbūtne: pieejams',
  'actions.presence.busy': 'Klātbūtne: aizņemts',
  'actions.presence.break': 'Klātbūtne: pārtraukumā',
  'actions.presence.away': 'Klātbūtne: prombūtnē',

  'settings.presence': 'Klātbūtne',
  'settings.idleAway': 'Iestatīt “Prombūtnē”, ja esmu neaktīvs',
  'settings.idleMinutes': 'Minūtes bez darbības',
  'settings.idleHint': 'Kad atgriezīsieties, iepriekšējais statuss tiks atjaunots. Pārtraukums netiek mainīts.',
  'settings.idleSaved': '{n, plural, zero {“Prombūtnē” pēc # minūtēm bez darbības.} one {“Prombūtnē” pēc # minūtes bez darbības.} other {“Prombūtnē” pēc # minūtēm bez darbības.}}',
  'settings.idleOffSaved': 'Jūsu statuss pats no sevis nemainīsies.',
  'settings.idleBounds': 'Ievadiet minūšu skaitu no {min, number} līdz {max, number}.',
};

// A jelenlét magyar szövegei: a felső sáv választója, a `b` menü, az automatikus „Távol” és beállításai.
import type { enPresence } from './presence-en';

export const huPresence: Record<keyof typeof enPresence, string> = {
  'presence.label': 'Az Ön jelenléte',
  'presence.state.available': 'Elérhető',
  'presence.state.busy': 'Elfoglalt',
  'presence.state.break': 'Szünetben',
  'presence.state.away': 'Távol',
  'presence.state.offline': 'Nem elérhető',
  'presence.menuTitle': 'Jelenlét beállítása',
  'presence.set': 'Az Ön állapota: {state}.',
  'presence.setNotSent': 'Az Ön állapota: {state}. Ezen a munkaállomáson mentve; a kollégák az elküldése után látják.',
  'presence.autoAway': '{n, number} perce nem volt bevitel: az állapota „Távol” lett.',
  'presence.back': 'Üdv újra: az állapota ismét {state}.',
  'presence.ofAgent': '{name} ({state})',

  'actions.presence.choose': 'Jelenlét beállítása',
  'actions.presence.available': 'Jelenlét: elérhető',
  'actions.presence.busy': 'Jelenlét: elfoglalt',
  'actions.presence.break': 'Jelenlét: szünetben',
  'actions.presence.away': 'Jelenlét: távol',

  'settings.presence': 'Jelenlét',
  'settings.idleAway': 'Tétlenség esetén legyek „Távol”',
  'settings.idleMinutes': 'Bevitel nélküli percek',
  'settings.idleHint': 'Amikor visszatér, a korábbi állapota visszaáll. A szünetet a konzol sosem írja felül.',
  'settings.idleSaved': '{n, number} perc bevitel nélkül: „Távol”.',
  'settings.idleOffSaved': 'Az állapota magától sosem változik.',
  'settings.idleBounds': 'Adjon meg {min, number} és {max, number} közötti percszámot.',
};

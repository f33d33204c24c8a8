// A beállítások értesítési részének magyar szövegei.
import type { enNotifySettings } from './notify-settings-en';

export const huNotifySettings: Record<keyof typeof enNotifySettings, string> = {
  'notifySettings.title': 'Értesítések',
  'notifySettings.kind.new_ticket': 'Új jegy a várólistámon',
  'notifySettings.kind.assigned': 'Nekem kiosztott vagy visszaadott jegy',
  'notifySettings.kind.escalated': 'Eszkaláció a szintemre',
  'notifySettings.kind.customer_wrote': 'Az ügyfél ír a jegyemre',
  'notifySettings.kind.sla_warning': 'Közeleg egy SLA-határidő',
  'notifySettings.kind.sla_breach': 'Lejárt egy SLA-határidő',
  'notifySettings.kind.change_refused': 'Egy módosításomat elutasították',
  'notifySettings.event': 'Esemény',
  'notifySettings.on': 'Értesítés',
  'notifySettings.sound': 'Hang',
  'notifySettings.onFor': 'Értesítés: {kind}',
  'notifySettings.soundFor': 'Hang: {kind}',
  'notifySettings.warningMinutes': 'Ennyi perccel az SLA-határidő előtt figyelmeztessen',
  'notifySettings.quietBreak': 'Szünetben',
  'notifySettings.quietAway': 'Távol',
  'notifySettings.quiet.all': 'minden',
  'notifySettings.quiet.urgent': 'csak a sürgős, a VIP és a lejárt SLA',
  'notifySettings.quiet.none': 'semmi',
  'notifySettings.busySound': 'Hangjelzés akkor is, ha elfoglalt vagyok',
  'notifySettings.hideText': 'Az értesítésekben ne látsszon az üzenet szövege (közös képernyő: csak a jegy száma és az esemény)',
  'notifySettings.saved': 'Értesítési beállítások mentve.',
  'notifySettings.minutesBounds': 'Adjon meg {min, number} és {max, number} közötti percszámot.',
};

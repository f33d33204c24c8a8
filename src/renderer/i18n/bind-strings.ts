// One locale's Strings: the shape every component reads (nested texts and functions), built over that
// locale's compiled catalogue. Built once per locale and kept, so `t` is stable until the locale changes.
import { bindConsole } from './bind-console';
import { bindFormat } from './bind-format';
import { bindNotify } from './bind-notify';
import { bindReasons } from './bind-reasons';
import { bindSettings } from './bind-settings';
import { bindPresence } from './bind-presence';
import { bindBoard } from './bind-board';
import { bindKpi } from './bind-kpi';
import { bindComplaints } from './bind-complaints';
import { bindRebalance } from './bind-rebalance';
import { bindCapture } from './bind-capture';
import { bindAnnouncements, bindTicket } from './bind-ticket';
import { en } from './catalogues/en';
import { compileCatalogue } from './compile';
import { catalogueFor, intlLocale, type Locale } from './locales';
import type { Messages } from './messages';

export function bindStrings(m: Messages, intl: string) {
  return { ...bindConsole(m), ...bindTicket(m), ...bindAnnouncements(m), ...bindReasons(m), ...bindSettings(m), ...bindPresence(m), ...bindNotify(m), ...bindBoard(m, intl), ...bindKpi(m, intl), ...bindComplaints(m, intl), ...bindRebalance(m), ...bindCapture(m, intl), ...bindFormat(intl) };
}

export type Strings = ReturnType<typeof bindStrings>;

const english = compileCatalogue('en', en);
const built = new Map<Locale, Strings>();

export function stringsFor(locale: Locale): Strings {
  let s = built.get(locale);
  if (!s) {
    const messages = locale === 'en' ? english : compileCatalogue(intlLocale(locale), catalogueFor(locale), english);
    s = bindStrings(messages, intlLocale(locale));
    built.set(locale, s);
  }
  return s;
}

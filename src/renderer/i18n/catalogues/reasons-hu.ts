// Az okok (src/shared/reasons.ts) magyarul, magázva. A mező neve ICU select-tel kerül a mondat elejére,
// névelővel együtt; a szint előtti névelő is select (az 1. szint, a 2. szint). Számok után a főnév egyes számban áll.
import type { ReasonMessages } from './reasons-en';

export const huReasons: ReasonMessages = {
  'reason.customer_out_of_reach_open':
    'Jegyet csak olyan ügyfélnek nyithat, akit Ön vett fel, vagy akinek valamelyik jegyén Ön dolgozik.',
  'reason.customer_out_of_reach_edit':
    'Egy ügyfél adatait csak akkor módosíthatja, ha valamelyik jegye az Ön szintjén van, vagy Önhöz van rendelve.',
  'reason.ticket_not_found': 'Ez a jegy nem létezik.',
  'reason.not_in_your_tier':
    'A jegy {tier, select, 1 {az 1.} other {a {tier}.}} szint várólistáján van, és nincs Önhöz rendelve.',
  'reason.agent_not_found': 'Nincs ilyen ügyintéző.',
  'reason.agent_not_in_tier': '{who} nem {tier, select, 1 {az 1.} other {a {tier}.}} szinten dolgozik.',
  'reason.agent_not_in_tier.someone':
    'Ez az ügyintéző nem {tier, select, 1 {az 1.} other {a {tier}.}} szinten dolgozik.',
  'reason.assign_others_supervisor_only': 'Jegyet más ügyintézőhöz csak csoportvezető rendelhet.',
  'reason.reassign_supervisor_only': 'Más ügyintéző jegyét csak csoportvezető rendelheti át.',
  'reason.escalate_next_tier_only':
    '{from, select, 1 {Az 1.} other {A {from}.}} szintű jegy {to, select, 1 {az 1.} other {a {to}.}} szintre eszkalálható.',
  'reason.link_specialists_only':
    'Fejlesztői hibajegyet csak a 2. és 3. szint szakértői és a csoportvezetők csatolhatnak.',
  'reason.already_tier_1': 'A jegy már az 1. szinten van.',
  'reason.hand_back_specialists_only': 'Jegyet csak szakértő adhat vissza.',
  'reason.hand_back_to_tier_1_agent': 'A jegyet 1. szintű ügyintézőnek lehet visszaadni.',
  'reason.agent_cap_supervisors_only': 'Ügyintéző jegykorlátját csak csoportvezető állíthatja be.',
  'reason.cap_agents_only': 'Jegykorlátot csak ügyintéző kaphat.',
  'reason.auto_assign_supervisors_only': 'Az automatikus kiosztást csak csoportvezető kapcsolhatja be vagy ki.',
  'reason.customer_not_found': 'Ez az ügyfél nem létezik.',
  'reason.customer_exists': 'Ez az ügyfél már létezik.',
  'reason.ticket_closed_reply': 'A jegy le van zárva: a válaszhoz előbb nyissa meg újra.',
  'reason.status_not_back_to_new': 'A jegy nem állítható vissza új állapotúra.',
  'reason.closed_reopen_only': 'Lezárt jegyet csak újranyitni lehet.',
  'reason.too_many_tags': 'Egy jegyen legfeljebb {max, number} címke lehet.',
  'reason.invalid_field':
    '{field, select, body {Az üzenet} subject {A tárgy} reason {Az indok} summary {Az átadási összefoglaló} url {A hivatkozás} tag {A címke} name {A név} email {Az e-mail-cím} phone {A telefonszám} notes {A megjegyzés} request {A kérés} other {A(z) „{field}” mező}} nem érvényes.',
  'reason.invalid_field.tooShort':
    '{field, select, body {Az üzenet} subject {A tárgy} reason {Az indok} summary {Az átadási összefoglaló} url {A hivatkozás} tag {A címke} name {A név} email {Az e-mail-cím} phone {A telefonszám} notes {A megjegyzés} request {A kérés} other {A(z) „{field}” mező}} legalább {limit, number} karakter legyen.',
  'reason.invalid_field.empty':
    '{field, select, body {Az üzenet} subject {A tárgy} reason {Az indok} summary {Az átadási összefoglaló} url {A hivatkozás} tag {A címke} name {A név} email {Az e-mail-cím} phone {A telefonszám} notes {A megjegyzés} request {A kérés} other {A(z) „{field}” mező}} üres.',
  'reason.invalid_field.tooLong':
    '{field, select, body {Az üzenet} subject {A tárgy} reason {Az indok} summary {Az átadási összefoglaló} url {A hivatkozás} tag {A címke} name {A név} email {Az e-mail-cím} phone {A telefonszám} notes {A megjegyzés} request {A kérés} other {A(z) „{field}” mező}} túl hosszú (legfeljebb {limit, number}).',
  'reason.invalid_field.tooLongNoLimit':
    '{field, select, body {Az üzenet} subject {A tárgy} reason {Az indok} summary {Az átadási összefoglaló} url {A hivatkozás} tag {A címke} name {A név} email {Az e-mail-cím} phone {A telefonszám} notes {A megjegyzés} request {A kérés} other {A(z) „{field}” mező}} túl hosszú.',
  'reason.unknown_mutation': 'A konzol olyan módosítást küldött, amelyet a szerver nem ismer („{name}”).',
  'reason.unknown_mutation.noName': 'A konzol olyan módosítást küldött, amelyet a szerver nem ismer.',
  'reason.message_empty': 'Az üzenet üres.',
  'reason.subject_empty': 'A tárgy üres.',
  'reason.escalation_reason_short': 'Adja meg az eszkaláció indokát (legalább {min, number} karakter).',
  'reason.escalation_summary_short':
    'Az átadási összefoglalóban írja le, mit próbált már (legalább {min, number} karakter).',
  'reason.hand_back_summary_short':
    'Az átadási összefoglalóban írja le, mit végzett el (legalább {min, number} karakter).',
  'reason.nothing_to_update': 'Nincs mit módosítani.',
  'reason.control_characters': 'Vezérlőkarakterek nem használhatók.',
  'reason.link_not_http': 'A hivatkozás teljes http:// vagy https:// cím legyen, felhasználónév és jelszó nélkül.',
  'reason.tag_not_a_word': 'A címke egyetlen szó: betűk, számjegyek és _ - : . lehetnek benne.',
  'reason.number_too_big': 'A szám túl nagy (legfeljebb {max, number}).',
  'reason.value_too_long': 'Az érték túl hosszú (legfeljebb {max, number} karakter).',
  'reason.contact_needs_email_or_phone': 'A megkereséshez meg kell adni az ügyfél e-mail-címét vagy telefonszámát.',
  'reason.contact_needs_name': 'Új ügyfél üzenetéhez meg kell adni az ügyfél nevét.',
  'reason.id_taken': 'Ez az azonosító már foglalt.',
  'reason.value_not_storable':
    'A szerver nem tudja tárolni ennek a módosításnak egy értékét (adatbázis-hibakód: {dbCode}).',
  'reason.taken_by': '{who} átvette ezt a jegyet.',
  'reason.taken_by.someone': 'Valaki átvette ezt a jegyet.',
  'reason.released_by': '{who} lemondott erről a jegyről.',
  'reason.released_by.someone': 'Valaki lemondott erről a jegyről.',
  'reason.assigned_by': '{who} ezt a jegyet {to} ügyintézőhöz rendelte.',
  'reason.assigned_by.toSomeoneElse': '{who} ezt a jegyet másik ügyintézőhöz rendelte.',
  'reason.assigned_by.someone': 'Valaki ezt a jegyet {to} ügyintézőhöz rendelte.',
  'reason.assigned_by.someoneToSomeoneElse': 'Valaki ezt a jegyet másik ügyintézőhöz rendelte.',
  'reason.status_changed_by':
    '{who} „{status, select, new {Új} open {Nyitott} pending {Ügyfélre vár} on_hold {Felfüggesztve} solved {Megoldva} closed {Lezárva} other {{status}}}” állapotúra állította a jegyet.',
  'reason.status_changed_by.someone':
    'Valaki „{status, select, new {Új} open {Nyitott} pending {Ügyfélre vár} on_hold {Felfüggesztve} solved {Megoldva} closed {Lezárva} other {{status}}}” állapotúra állította a jegyet.',
  'reason.tier_changed_by': '{who} áttette ezt a jegyet {tier, select, 1 {az 1.} other {a {tier}.}} szintre.',
  'reason.tier_changed_by.someone': 'Valaki áttette ezt a jegyet {tier, select, 1 {az 1.} other {a {tier}.}} szintre.',
  'reason.save_failed':
    'A szerver most nem tudta menteni ezeket a módosításokat. Semmi sem veszett el, hamarosan újra elküldjük őket.',
  'reason.client_of_other_agent': 'Ennek a munkaállomásnak a módosításai egy másik ügyintézőhöz tartoznak.',
  'reason.too_many_attempts': 'Túl sok bejelentkezési kísérlet; próbálja újra {seconds} másodperc múlva.',
  'reason.sign_in_busy': 'A szerver most mások bejelentkeztetésével van elfoglalva; próbálja újra egy kis idő múlva.',
  'reason.wrong_credentials': 'Hibás e-mail-cím vagy jelszó.',
  'reason.session_expired': 'A munkamenete lejárt: jelentkezzen be újra. A módosításai megmaradtak.',
  'reason.signed_out': 'Jelentkezzen be újra: a munkamenet hiányzik vagy véget ért. A módosításai megmaradtak.',
  'reason.body_too_large': 'A kérés túl nagy (több mint {maxBytes, number} bájt).',
  'reason.server_failed': 'Hiba történt a szerveren. Próbálja újra egy kis idő múlva.',
  'reason.no_such_endpoint': 'A szerver ezt nem kínálja (lehet, hogy más verziót futtat?).',
  'reason.inbound_off': 'A bejövő megkeresések fogadása ki van kapcsolva a szerveren.',
  'reason.inbound_key_required': 'Érvényes API-kulcs szükséges a bejövő megkeresésekhez.',
  'reason.no_tenant': 'A szerveren még nincs szervezet beállítva.',
  'reason.survey_needs_answer': 'A felmérésre adott válaszhoz CSAT- vagy NPS-pontszám szükséges.',
  'reason.reports_supervisors_only': 'A KPI-jelentéseket csak a csoportvezetők láthatják.',
  'reason.report_range_backwards': 'A jelentés időszakának a kezdete után kell véget érnie.',
  'reason.report_range_too_long': 'A jelentés időszaka legfeljebb {maxDays, number} nap lehet.',
  'reason.unreachable':
    'Offline: a szerver nem érhető el. A módosításai megmaradnak, és szinkronizáljuk őket, amint a szerver újra elérhető.',
  'reason.server_problem': 'Hiba történt a szerveren; újrapróbálás folyamatban.',
  'reason.unreadable_answer': 'A szerver olyan választ küldött, amelyet a konzol nem tud értelmezni.',
  'reason.console_failed': 'Hiba történt a konzolban. Próbálja újra.',
  'reason.sign_in_first': 'Előbb jelentkezzen be.',
  'reason.page_not_allowed': 'Ez az oldal nem használhatja a konzol API-ját.',
  'reason.unknown_request': 'A konzol olyat kért a háttérszolgáltatásától, amelyet az nem ismer („{name}”).',
  'reason.backend_refused': 'A konzol nem fogadja el a beállított szervercímet.',
  'reason.service_stopped': 'A konzol háttérszolgáltatása leállt.',
  'reason.service_not_running': 'A konzol háttérszolgáltatása nem fut.',
  'reason.service_timeout': 'A konzol háttérszolgáltatása nem válaszolt időben („{name}”).',
  'reason.sync_failed': 'A szinkronizálás váratlanul meghiúsult; újrapróbálás folyamatban.',
  'reason.unknown': 'Hiba történt.',

  'reasonClass.conflict': 'Valaki más előbb módosította ezt.',
  'reasonClass.forbidden': 'Ezt a módosítást Ön nem végezheti el.',
  'reasonClass.not_found': 'Ez már nem létezik.',
  'reasonClass.invalid': 'A módosítás nem érvényes.',
  'reasonClass.error': 'A szerver nem tudta végrehajtani ezt a módosítást.',
  'reasonClass.unauthorized': 'Jelentkezzen be újra.',
  'reasonClass.offline': 'A szerver nem érhető el.',
  'reasonClass.server': 'Hiba történt a szerveren; újrapróbálás folyamatban.',
  'reasonClass.too_large': 'A kérés túl nagy.',
  'reasonClass.internal': 'Hiba történt a konzolban. Próbálja újra.',
};

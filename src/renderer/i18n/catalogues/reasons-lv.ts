// Iemesli (src/shared/reasons.ts) latviski, uzruna “jūs”. Lauka nosaukums ar ICU select lokatīvā
// (“Tematā ir …”), lai teikums nav jāsaskaņo ar lauka dzimti; skaitļiem trīs daudzskaitļa formas.
import type { ReasonMessages } from './reasons-en';

export const lvReasons: ReasonMessages = {
  'reason.customer_out_of_reach_open':
    'Pieteikumu varat atvērt tikai klientam, kuru izveidojāt jūs vai kura pieteikumu jūs apstrādājat.',
  'reason.customer_out_of_reach_edit':
    'Klienta datus varat mainīt tikai tad, ja kāds no viņa pieteikumiem ir jūsu līmenī vai piešķirts jums.',
  'reason.ticket_not_found': 'Šāda pieteikuma nav.',
  'reason.not_in_your_tier': 'Pieteikums ir {tier}. līmeņa rindā un nav piešķirts jums.',
  'reason.agent_not_found': 'Šāda operatora nav.',
  'reason.agent_not_in_tier': '{who} nestrādā {tier}. līmenī.',
  'reason.agent_not_in_tier.someone': 'Šis operators nestrādā {tier}. līmenī.',
  'reason.assign_others_supervisor_only': 'Piešķirt pieteikumu citam operatoram var tikai maiņas vadītājs.',
  'reason.reassign_supervisor_only': 'Cita operatora pieteikumu pārpiešķirt var tikai maiņas vadītājs.',
  'reason.escalate_next_tier_only': '{from}. līmeņa pieteikumu eskalē uz {to}. līmeni.',
  'reason.link_specialists_only':
    'Izstrādes pieteikumus piesaista tikai 2. un 3. līmeņa speciālisti un maiņas vadītāji.',
  'reason.already_tier_1': 'Pieteikums jau ir 1. līmenī.',
  'reason.hand_back_specialists_only': 'Pieteikumus atpakaļ nodod tikai speciālisti.',
  'reason.hand_back_to_tier_1_agent': 'Pieteikumu nodod atpakaļ 1. līmeņa operatoram.',
  'reason.agent_cap_supervisors_only': 'Operatora pieteikumu limitu var iestatīt tikai maiņas vadītāji.',
  'reason.cap_agents_only': 'Pieteikumu limits ir paredzēts tikai operatoriem.',
  'reason.auto_assign_supervisors_only': 'Automātisko piešķiršanu var ieslēgt vai izslēgt tikai maiņas vadītāji.',
  'reason.survey_assignee_only': 'Klienta vērtējumu ieraksta tikai aģents, kurš strādā ar šo pieteikumu.',
  'reason.complaint_close_assignee_or_supervisor': 'Sūdzību slēdz pieteikuma atbildīgais vai maiņas vadītājs.',
  'reason.complaint_already_open': 'Šim pieteikumam jau ir atvērta sūdzība.',
  'reason.no_open_complaint': 'Šim pieteikumam nav atvērtas sūdzības.',
  'reason.complaint_description_short': 'Aprakstiet sūdzību vismaz {min, plural, zero {# rakstzīmēs} one {# rakstzīmē} other {# rakstzīmēs}}.',
  'reason.customer_not_found': 'Šāda klienta nav.',
  'reason.customer_exists': 'Šāds klients jau pastāv.',
  'reason.ticket_closed_reply': 'Pieteikums ir slēgts: lai atbildētu, vispirms atveriet to no jauna.',
  'reason.status_not_back_to_new': 'Pieteikumam nevar atkal iestatīt statusu “Jauns”.',
  'reason.closed_reopen_only': 'Slēgtu pieteikumu var tikai atvērt no jauna.',
  'reason.too_many_tags':
    'Pieteikumam var būt ne vairāk kā {max, plural, zero {# birku} one {# birka} other {# birkas}}.',
  'reason.invalid_field':
    '{field, select, body {Ziņojumā} subject {Tematā} reason {Iemeslā} summary {Nodošanas kopsavilkumā} url {Saitē} tag {Birkā} name {Vārdā} email {E-pasta adresē} phone {Tālruņa numurā} notes {Piezīmēs} request {Pieprasījumā} other {Laukā “{field}”}} ir nederīga vērtība.',
  'reason.invalid_field.tooShort':
    '{field, select, body {Ziņojumā} subject {Tematā} reason {Iemeslā} summary {Nodošanas kopsavilkumā} url {Saitē} tag {Birkā} name {Vārdā} email {E-pasta adresē} phone {Tālruņa numurā} notes {Piezīmēs} request {Pieprasījumā} other {Laukā “{field}”}} jābūt vismaz {limit, plural, zero {# rakstzīmēm} one {# rakstzīmei} other {# rakstzīmēm}}.',
  'reason.invalid_field.empty':
    '{field, select, body {Ziņojumā} subject {Tematā} reason {Iemeslā} summary {Nodošanas kopsavilkumā} url {Saitē} tag {Birkā} name {Vārdā} email {E-pasta adresē} phone {Tālruņa numurā} notes {Piezīmēs} request {Pieprasījumā} other {Laukā “{field}”}} nav nekā ierakstīts.',
  'reason.invalid_field.tooLong':
    '{field, select, body {Ziņojumā} subject {Tematā} reason {Iemeslā} summary {Nodošanas kopsavilkumā} url {Saitē} tag {Birkā} name {Vārdā} email {E-pasta adresē} phone {Tālruņa numurā} notes {Piezīmēs} request {Pieprasījumā} other {Laukā “{field}”}} ir pārāk daudz rakstzīmju (atļauts ne vairāk kā {limit, number}).',
  'reason.invalid_field.tooLongNoLimit':
    '{field, select, body {Ziņojumā} subject {Tematā} reason {Iemeslā} summary {Nodošanas kopsavilkumā} url {Saitē} tag {Birkā} name {Vārdā} email {E-pasta adresē} phone {Tālruņa numurā} notes {Piezīmēs} request {Pieprasījumā} other {Laukā “{field}”}} ir pārāk daudz rakstzīmju.',
  'reason.unknown_mutation': 'Šī konsole nosūtīja izmaiņu, ko serveris nepazīst (“{name}”).',
  'reason.unknown_mutation.noName': 'Šī konsole nosūtīja izmaiņu, ko serveris nepazīst.',
  'reason.message_empty': 'Ziņojums ir tukšs.',
  'reason.subject_empty': 'Temats ir tukšs.',
  'reason.escalation_reason_short':
    'Norādiet eskalācijas iemeslu (vismaz {min, plural, zero {# rakstzīmju} one {# rakstzīme} other {# rakstzīmes}}).',
  'reason.escalation_summary_short':
    'Nodošanas kopsavilkumā jānorāda, kas jau mēģināts (vismaz {min, plural, zero {# rakstzīmju} one {# rakstzīme} other {# rakstzīmes}}).',
  'reason.hand_back_summary_short':
    'Nodošanas kopsavilkumā jānorāda, kas izdarīts (vismaz {min, plural, zero {# rakstzīmju} one {# rakstzīme} other {# rakstzīmes}}).',
  'reason.nothing_to_update': 'Nav ko atjaunināt.',
  'reason.control_characters': 'Vadības rakstzīmes nav atļautas.',
  'reason.link_not_http': 'Saitei jābūt pilnai http:// vai https:// adresei bez lietotājvārda un paroles.',
  'reason.tag_not_a_word': 'Birka ir viens vārds: burti, cipari un _ - : .',
  'reason.number_too_big': 'Skaitlis ir pārāk liels (ne vairāk kā {max, number}).',
  'reason.value_too_long':
    'Vērtība ir pārāk gara (ne vairāk kā {max, plural, zero {# rakstzīmju} one {# rakstzīme} other {# rakstzīmes}}).',
  'reason.contact_needs_email_or_phone': 'Kontaktam jānorāda klienta e-pasts vai tālrunis.',
  'reason.contact_needs_name': 'Jauna klienta ziņojumam jānorāda klienta vārds.',
  'reason.id_taken': 'Šis identifikators jau ir aizņemts.',
  'reason.value_not_storable': 'Serveris nevar saglabāt kādu no šīs izmaiņas vērtībām (datubāzes kods {dbCode}).',
  'reason.taken_by': '{who} paņēma šo pieteikumu.',
  'reason.taken_by.someone': 'Kāds cits paņēma šo pieteikumu.',
  'reason.released_by': '{who} atteicās no šī pieteikuma.',
  'reason.released_by.someone': 'Kāds cits atteicās no šī pieteikuma.',
  'reason.assigned_by': '{who} piešķīra šo pieteikumu operatoram {to}.',
  'reason.assigned_by.toSomeoneElse': '{who} piešķīra šo pieteikumu citam operatoram.',
  'reason.assigned_by.someone': 'Kāds cits piešķīra šo pieteikumu operatoram {to}.',
  'reason.assigned_by.someoneToSomeoneElse': 'Kāds cits piešķīra šo pieteikumu citam operatoram.',
  'reason.status_changed_by':
    '{who} nomainīja statusu uz “{status, select, new {Jauns} open {Atvērts} pending {Gaida klientu} on_hold {Aizturēts} solved {Atrisināts} closed {Slēgts} other {{status}}}”.',
  'reason.status_changed_by.someone':
    'Kāds cits nomainīja statusu uz “{status, select, new {Jauns} open {Atvērts} pending {Gaida klientu} on_hold {Aizturēts} solved {Atrisināts} closed {Slēgts} other {{status}}}”.',
  'reason.tier_changed_by': '{who} pārvietoja šo pieteikumu uz {tier}. līmeni.',
  'reason.tier_changed_by.someone': 'Kāds cits pārvietoja šo pieteikumu uz {tier}. līmeni.',
  'reason.save_failed':
    'Serveris pašlaik nevarēja saglabāt šīs izmaiņas; nekas nav zudis, drīz tās tiks nosūtītas vēlreiz.',
  'reason.client_of_other_agent': 'Šīs darbstacijas izmaiņas pieder citam operatoram.',
  'reason.too_many_attempts': 'Pārāk daudz pieteikšanās mēģinājumu; mēģiniet vēlreiz pēc {seconds} s.',
  'reason.sign_in_busy': 'Serveris pašlaik ir aizņemts ar citu lietotāju pieteikšanu; pēc brīža mēģiniet vēlreiz.',
  'reason.wrong_credentials': 'Nepareizs e-pasts vai parole.',
  'reason.session_expired': 'Jūsu sesija ir beigusies: piesakieties vēlreiz. Jūsu izmaiņas ir saglabātas.',
  'reason.signed_out': 'Piesakieties vēlreiz: sesijas nav vai tā ir beigusies. Jūsu izmaiņas ir saglabātas.',
  'reason.body_too_large':
    'Pieprasījums ir pārāk liels (vairāk nekā {maxBytes, plural, zero {# baitu} one {# baits} other {# baiti}}).',
  'reason.server_failed': 'Serverī radās problēma. Pēc brīža mēģiniet vēlreiz.',
  'reason.no_such_endpoint': 'Serveris to nepiedāvā (vai tā ir cita versija?).',
  'reason.inbound_off': 'Ienākošie kontakti serverī ir izslēgti.',
  'reason.inbound_key_required': 'Nepieciešama derīga ienākošo kontaktu API atslēga.',
  'reason.no_tenant': 'Serverī vēl nav izveidota organizācija.',
  'reason.survey_needs_answer': 'Aptaujas atbildei vajadzīgs CSAT vai NPS vērtējums.',
  'reason.reports_supervisors_only': 'KPI pārskatus var skatīt tikai maiņas vadītāji.',
  'reason.report_range_backwards': 'Pārskata periodam jābeidzas pēc tā sākuma.',
  'reason.report_range_too_long':
    'Pārskata periods nedrīkst būt garāks par {maxDays, plural, zero {# dienām} one {# dienu} other {# dienām}}.',
  'reason.reports_busy': 'Serveris pašlaik gatavo citus pārskatus. Mēģiniet vēlreiz pēc brīža.',
  'reason.unreachable':
    'Bezsaistē: serveris nav sasniedzams. Jūsu izmaiņas ir saglabātas un tiks sinhronizētas, kad tas atkal būs pieejams.',
  'reason.server_problem': 'Serverī radās problēma; mēģina vēlreiz.',
  'reason.unreadable_answer': 'Serveris nosūtīja atbildi, ko šī konsole nevar nolasīt.',
  'reason.console_failed': 'Konsolē radās kļūda. Mēģiniet vēlreiz.',
  'reason.sign_in_first': 'Vispirms piesakieties.',
  'reason.page_not_allowed': 'Šī lapa nedrīkst izmantot konsoles API.',
  'reason.unknown_request': 'Konsole lūdza savam servisam kaut ko, ko tas nepazīst (“{name}”).',
  'reason.backend_refused': 'Konsole neatzīst tajā iestatīto servera adresi.',
  'reason.service_stopped': 'Konsoles fona serviss apstājās.',
  'reason.service_not_running': 'Konsoles fona serviss nedarbojas.',
  'reason.service_timeout': 'Konsoles serviss laikus neatbildēja uz “{name}”.',
  'reason.sync_failed': 'Sinhronizācija negaidīti neizdevās; mēģina vēlreiz.',
  'reason.unknown': 'Radās kļūda.',

  'reasonClass.conflict': 'Kāds cits to jau nomainīja.',
  'reasonClass.forbidden': 'Šo izmaiņu jūs nedrīkstat veikt.',
  'reasonClass.not_found': 'Tas vairs nepastāv.',
  'reasonClass.invalid': 'Izmaiņa nebija derīga.',
  'reasonClass.error': 'Serveris nevarēja piemērot šo izmaiņu.',
  'reasonClass.unauthorized': 'Piesakieties vēlreiz.',
  'reasonClass.offline': 'Serveris nav sasniedzams.',
  'reasonClass.server': 'Serverī radās problēma; mēģina vēlreiz.',
  'reasonClass.too_large': 'Pieprasījums ir pārāk liels.',
  'reasonClass.internal': 'Konsolē radās kļūda. Mēģiniet vēlreiz.',
};

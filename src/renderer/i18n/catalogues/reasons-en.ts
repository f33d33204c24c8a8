// The words for every reason (src/shared/reasons.ts), in English: `reason.<code>` for each code, a second
// message where a param may be missing (who is null: "Someone"), and `reasonClass.<code>` for a reason
// this build does not know. invalid_field chooses its field with a select, a whole sentence per problem.
export const enReasons = {
  'reason.customer_out_of_reach_open':
    'You can open a ticket only for a customer you created or one of whose tickets you work.',
  'reason.customer_out_of_reach_edit':
    "You can change a customer's details only while one of their tickets is in your tier or yours.",
  'reason.ticket_not_found': 'That ticket does not exist.',
  'reason.not_in_your_tier': 'The ticket is in the tier {tier} queue and not assigned to you.',
  'reason.agent_not_found': 'No such agent.',
  'reason.agent_not_in_tier': '{who} does not work tier {tier}.',
  'reason.agent_not_in_tier.someone': 'That agent does not work tier {tier}.',
  'reason.assign_others_supervisor_only': 'Only a supervisor can assign a ticket to someone else.',
  'reason.reassign_supervisor_only': "Only a supervisor can reassign another agent's ticket.",
  'reason.escalate_next_tier_only': 'A tier {from} ticket escalates to tier {to}.',
  'reason.link_specialists_only': 'Only tier 2 and 3 specialists and supervisors link engineering issues.',
  'reason.already_tier_1': 'The ticket is already in tier 1.',
  'reason.hand_back_specialists_only': 'Only specialists hand tickets back.',
  'reason.hand_back_to_tier_1_agent': 'A ticket is handed back to a tier 1 agent.',
  'reason.customer_not_found': 'That customer does not exist.',
  'reason.customer_exists': 'That customer already exists.',
  'reason.ticket_closed_reply': 'This ticket is closed: reopen it to reply.',
  'reason.status_not_back_to_new': 'A ticket cannot be set back to new.',
  'reason.closed_reopen_only': 'A closed ticket can only be reopened.',
  'reason.too_many_tags': 'A ticket holds at most {max, plural, one {# tag} other {# tags}}.',
  'reason.invalid_field':
    '{field, select, body {The message} subject {The subject} reason {The reason} summary {The handoff summary} url {The link} tag {The tag} name {The name} email {The email address} phone {The phone number} notes {The notes} request {The request} other {The field “{field}”}} is not valid.',
  'reason.invalid_field.tooShort':
    '{field, select, body {The message} subject {The subject} reason {The reason} summary {The handoff summary} url {The link} tag {The tag} name {The name} email {The email address} phone {The phone number} notes {The notes} request {The request} other {The field “{field}”}} needs at least {limit, number} characters.',
  'reason.invalid_field.empty':
    '{field, select, body {The message} subject {The subject} reason {The reason} summary {The handoff summary} url {The link} tag {The tag} name {The name} email {The email address} phone {The phone number} notes {The notes} request {The request} other {The field “{field}”}} is empty.',
  'reason.invalid_field.tooLong':
    '{field, select, body {The message} subject {The subject} reason {The reason} summary {The handoff summary} url {The link} tag {The tag} name {The name} email {The email address} phone {The phone number} notes {The notes} request {The request} other {The field “{field}”}} is too long (at most {limit, number}).',
  'reason.invalid_field.tooLongNoLimit':
    '{field, select, body {The message} subject {The subject} reason {The reason} summary {The handoff summary} url {The link} tag {The tag} name {The name} email {The email address} phone {The phone number} notes {The notes} request {The request} other {The field “{field}”}} is too long.',
  'reason.unknown_mutation': 'This console sent a change the server does not know (“{name}”).',
  'reason.unknown_mutation.noName': 'This console sent a change the server does not know.',
  'reason.message_empty': 'The message is empty.',
  'reason.subject_empty': 'The subject is empty.',
  'reason.escalation_reason_short':
    'Give a reason for the escalation ({min, plural, one {# character} other {# characters}} at least).',
  'reason.escalation_summary_short':
    'The handoff summary must say what was tried ({min, plural, one {# character} other {# characters}} at least).',
  'reason.hand_back_summary_short':
    'The handoff summary must say what was done ({min, plural, one {# character} other {# characters}} at least).',
  'reason.nothing_to_update': 'Nothing to update.',
  'reason.control_characters': 'Control characters are not allowed.',
  'reason.link_not_http': 'A link must be a full http:// or https:// address, without a user name or password.',
  'reason.tag_not_a_word': 'Tags are single words: letters, digits, _ - : .',
  'reason.number_too_big': 'The number is too big (at most {max, number}).',
  'reason.value_too_long': 'The value is too long (at most {max, plural, one {# character} other {# characters}}).',
  'reason.contact_needs_email_or_phone': 'A contact needs the customer email or phone.',
  'reason.contact_needs_name': 'A message from a new customer needs the customer name.',
  'reason.id_taken': 'That id is already in use.',
  'reason.value_not_storable': 'The server cannot store a value of this change (database code {dbCode}).',
  'reason.taken_by': '{who} took this ticket.',
  'reason.taken_by.someone': 'Someone took this ticket.',
  'reason.released_by': '{who} released this ticket.',
  'reason.released_by.someone': 'Someone released this ticket.',
  'reason.assigned_by': '{who} assigned this ticket to {to}.',
  'reason.assigned_by.toSomeoneElse': '{who} assigned this ticket to someone else.',
  'reason.assigned_by.someone': 'Someone assigned this ticket to {to}.',
  'reason.assigned_by.someoneToSomeoneElse': 'Someone assigned this ticket to someone else.',
  'reason.status_changed_by':
    '{who} changed the status to {status, select, new {new} open {open} pending {pending} on_hold {on hold} solved {solved} closed {closed} other {{status}}}.',
  'reason.status_changed_by.someone':
    'Someone changed the status to {status, select, new {new} open {open} pending {pending} on_hold {on hold} solved {solved} closed {closed} other {{status}}}.',
  'reason.tier_changed_by': '{who} moved this ticket to tier {tier}.',
  'reason.tier_changed_by.someone': 'Someone moved this ticket to tier {tier}.',
  'reason.save_failed':
    'The server could not save these changes just now; nothing was lost, they are sent again shortly.',
  'reason.client_of_other_agent': 'This workstation’s changes belong to another agent.',
  'reason.too_many_attempts': 'Too many sign-in attempts; try again in {seconds} s.',
  'reason.sign_in_busy': 'The server is busy signing others in; try again in a moment.',
  'reason.wrong_credentials': 'Wrong email or password.',
  'reason.session_expired': 'Your session has expired: sign in again. Your changes are kept.',
  'reason.signed_out': 'Sign in again: the session is missing or has ended. Your changes are kept.',
  'reason.body_too_large': 'The request is too large (over {maxBytes, number} bytes).',
  'reason.server_failed': 'The server had a problem. Try again in a moment.',
  'reason.no_such_endpoint': 'The server does not offer this (is it a different version?).',
  'reason.inbound_off': 'Inbound contacts are off on the server.',
  'reason.inbound_key_required': 'A valid inbound API key is required.',
  'reason.no_tenant': 'The server has no organisation yet.',
  'reason.unreachable': 'Offline: the server cannot be reached. Your changes are kept and will sync when it is back.',
  'reason.server_problem': 'The server had a problem; retrying.',
  'reason.unreadable_answer': 'The server sent an answer this console cannot read.',
  'reason.console_failed': 'Something went wrong in the console. Try again.',
  'reason.sign_in_first': 'Sign in first.',
  'reason.page_not_allowed': 'This page may not use the console API.',
  'reason.unknown_request': 'The console asked its service for something it does not know (“{name}”).',
  'reason.backend_refused': 'The console refuses its configured server address.',
  'reason.service_stopped': "The console's background service stopped.",
  'reason.service_not_running': "The console's background service is not running.",
  'reason.service_timeout': 'The console service did not answer “{name}” in time.',
  'reason.sync_failed': 'Sync failed unexpectedly; retrying.',
  'reason.unknown': 'Something went wrong.',

  'reasonClass.conflict': 'Someone else changed this first.',
  'reasonClass.forbidden': 'You may not make this change.',
  'reasonClass.not_found': 'That no longer exists.',
  'reasonClass.invalid': 'The change was not valid.',
  'reasonClass.error': 'The server could not apply this change.',
  'reasonClass.unauthorized': 'Sign in again.',
  'reasonClass.offline': 'The server cannot be reached.',
  'reasonClass.server': 'The server had a problem; retrying.',
  'reasonClass.too_large': 'The request is too large.',
  'reasonClass.internal': 'Something went wrong in the console. Try again.',
};

/** The reason messages a translation has (the compiler checks none is missing or extra). */
export type ReasonMessages = Record<keyof typeof enReasons, string>;

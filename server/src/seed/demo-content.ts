// Believable demo material: people, products and conversations (English, Hungarian and Latvian names).
export const AGENTS: { email: string; name: string; role: 'agent' | 'supervisor'; tier: 1 | 2 | 3 | null }[] = [
  { email: 'agent1@demo.local', name: 'Anna Kovács', role: 'agent', tier: 1 },
  { email: 'agent1b@demo.local', name: 'Jānis Bērziņš', role: 'agent', tier: 1 },
  { email: 'agent1c@demo.local', name: 'Emily Carter', role: 'agent', tier: 1 },
  { email: 'agent1d@demo.local', name: 'Gergő Tóth', role: 'agent', tier: 1 },
  { email: 'specialist2@demo.local', name: 'Béla Nagy', role: 'agent', tier: 2 },
  { email: 'specialist2b@demo.local', name: 'Ilze Kalniņa', role: 'agent', tier: 2 },
  { email: 'specialist2c@demo.local', name: 'Oliver Hughes', role: 'agent', tier: 2 },
  { email: 'specialist3@demo.local', name: 'Dóra Szabó', role: 'agent', tier: 3 },
  { email: 'specialist3b@demo.local', name: 'Kārlis Ozols', role: 'agent', tier: 3 },
  { email: 'supervisor@demo.local', name: 'Sarah Mitchell', role: 'supervisor', tier: null },
];

export const FIRST = {
  en: ['James', 'Olivia', 'Harry', 'Amelia', 'George', 'Isla', 'Jack', 'Grace', 'Noah', 'Lily', 'Thomas', 'Chloe'],
  hu: ['László', 'Katalin', 'Zoltán', 'Erzsébet', 'Péter', 'Ildikó', 'Balázs', 'Zsófia', 'Attila', 'Réka'],
  lv: ['Andris', 'Inese', 'Māris', 'Dace', 'Edgars', 'Laura', 'Roberts', 'Kristīne', 'Artūrs', 'Zane'],
} as const;
export const LAST = {
  en: ['Smith', 'Jones', 'Taylor', 'Brown', 'Wilson', 'Evans', 'Walker', 'Wright', 'Green', 'Hall'],
  hu: ['Horváth', 'Varga', 'Kiss', 'Molnár', 'Németh', 'Farkas', 'Balogh', 'Papp', 'Lakatos', 'Takács'],
  lv: ['Liepiņš', 'Kalniņš', 'Jansons', 'Krūmiņš', 'Vītols', 'Zariņš', 'Eglītis', 'Siliņš', 'Lācis', 'Briedis'],
} as const;

export interface Scenario {
  subject: string;
  opening: string;
  replies: string[];
  notes: string[];
  escalation?: { reason: string; summary: string };
  tags: string[];
}

export const SCENARIOS: Scenario[] = [
  {
    subject: 'Router keeps dropping the connection',
    opening: 'Since yesterday my internet drops every 20 minutes. I already restarted the router twice.',
    replies: ['Sorry about the drops! Could you tell me which lights blink on the router when it happens?', 'Thanks — I have reset your line profile. Please let me know if it happens again today.'],
    notes: ['Line test shows CRC errors on the DSL port.', 'Customer is working from home; keep an eye on this one.'],
    escalation: { reason: 'Line errors persist after profile reset', summary: 'Restarted router with customer, reset line profile, line test still shows CRC errors on port 4. Needs a field technician or port swap.' },
    tags: ['connectivity', 'dsl'],
  },
  {
    subject: 'Charged twice for my order',
    opening: 'I see two identical charges for order 48213 on my card statement. Please refund one.',
    replies: ['I can see both charges — one of them is a pending authorisation that will drop off within 3 days.', 'The duplicate authorisation has now been released by our payment provider.'],
    notes: ['Checked the payment log: second charge is an auth hold, not a capture.'],
    escalation: { reason: 'Refund tool rejects the reversal', summary: 'Confirmed duplicate capture in the payment log, tried a reversal in the refund tool twice (error PAY-409). Customer informed we are on it.' },
    tags: ['billing', 'refund'],
  },
  {
    subject: 'Cannot log in to the self-service portal',
    opening: 'The portal says my password is wrong but the reset email never arrives.',
    replies: ['I have re-sent the reset link — please also check the spam folder.', 'Glad you are back in! Anything else I can help with?'],
    notes: ['Reset emails to this domain bounced last week; mail team is aware.'],
    tags: ['portal', 'login'],
  },
  {
    subject: 'Delivery arrived damaged',
    opening: 'The box was crushed and the screen of the monitor is cracked. What now?',
    replies: ['I am really sorry it arrived like that. Could you send a photo of the box and the screen?', 'A replacement is on its way and the courier will collect the damaged one on Thursday.'],
    notes: ['Photos received, clear transport damage. Replacement order created.'],
    tags: ['delivery', 'damaged'],
  },
  {
    subject: 'App crashes when exporting a report',
    opening: 'Every time I export the monthly report to PDF the desktop app closes without a message.',
    replies: ['Thanks for the details. Which version of the app do you use (Help → About)?', 'Our engineers found the cause; a fix is planned for the next release. Meanwhile CSV export works.'],
    notes: ['Reproduced with reports over 200 pages. Crash dump attached to the engineering issue.'],
    escalation: { reason: 'Reproducible crash, needs engineering', summary: 'Reproduced on 3.2.1 and 3.2.2 with reports over 200 pages; clearing the cache and reinstalling did not help. Crash dump collected.' },
    tags: ['bug', 'export'],
  },
  {
    subject: 'Question about my invoice',
    opening: 'Could you explain the "service fee" line on my last invoice? It was not there before.',
    replies: ['The service fee was introduced in September for paper invoices. Switching to e-invoices removes it.'],
    notes: ['Customer may qualify for a goodwill credit — long-time customer.'],
    tags: ['billing', 'invoice'],
  },
  {
    subject: 'Change of address',
    opening: 'We are moving next month. How do I move my contract to the new address?',
    replies: ['Congratulations on the move! I can schedule the transfer — which date suits you?', 'Done: the transfer is booked for the 1st; you will get a confirmation by email.'],
    notes: ['Checked coverage at the new address: fibre available.'],
    tags: ['contract'],
  },
  {
    subject: 'Data export for GDPR request',
    opening: 'Under GDPR I would like a copy of all personal data you hold about me.',
    replies: ['We have received your request and will send the export within 30 days, as the law requires.'],
    notes: ['Identity verified by a call-back to the number on file.'],
    escalation: { reason: 'Data subject access request', summary: 'Identity verified by call-back; request logged in the privacy register. Needs the export from the data team.' },
    tags: ['privacy', 'gdpr'],
  },
];

/** The handoff for a case without its own escalation story that still needed a specialist. */
export const GENERIC_ESCALATION = {
  reason: 'Needs specialist knowledge',
  summary: 'Went through the standard checks with the customer and the knowledge base; the case needs a specialist to decide.',
};

export const CALL_LOGS = [
  'Called the customer back, walked through the steps on the phone; customer confirmed it works now.',
  'Inbound call: customer wanted an update, explained the next steps and the expected timeline.',
  'Left a voicemail with the case number and asked the customer to reply by email.',
];

export const FOLLOW_UPS = ['Any news on this?', 'Thank you, that helped!', 'It happened again this morning.', 'Could someone call me, please?'];

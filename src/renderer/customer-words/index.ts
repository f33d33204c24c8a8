// Text for the customer, in the customer's language: the reply templates and the agent's signature. The
// agent's console may be in Hungarian while this customer reads Latvian; nothing here follows the console's
// locale. Each message is compiled once per language (intl-messageformat), like the console's catalogues.
import { IntlMessageFormat } from 'intl-messageformat';
import type { Language } from '../../shared/domain';
import { customerEn, type CustomerWordKey, type CustomerWords } from './en';
import { customerHu } from './hu';
import { customerLv } from './lv';

export const CUSTOMER_WORDS: Record<Language, CustomerWords> = { en: customerEn, hu: customerHu, lv: customerLv };

/** The templates an agent may insert, in the order the menu lists them. */
export const TEMPLATES = ['acknowledge', 'moreInfo', 'escalated', 'solved'] as const;
export type TemplateId = (typeof TEMPLATES)[number];

const compiled = new Map<string, IntlMessageFormat>();

function say(language: Language, key: CustomerWordKey, values?: Record<string, string>): string {
  const id = `${language}:${key}`;
  let mf = compiled.get(id);
  if (!mf) {
    mf = new IntlMessageFormat(CUSTOMER_WORDS[language][key], language, undefined, { ignoreTag: true });
    compiled.set(id, mf);
  }
  return String(mf.format(values));
}

/** A template as it goes into the reply: the greeting (by name when known), a blank line, the text. */
export function templateText(language: Language, template: TemplateId, customerName: string | null): string {
  const name = customerName?.trim();
  const greeting = name ? say(language, 'greeting', { name }) : say(language, 'greeting.noName');
  return `${greeting}\n\n${say(language, `template.${template}`)}`;
}

/** The agent's signature under a reply, in the customer's language. */
export function signatureText(language: Language, agentName: string): string {
  return say(language, 'signature', { agent: agentName });
}

/** The reply as sent: the agent's text, then the signature after a blank line. */
export function signedBody(body: string, signature: string | null): string {
  return signature ? `${body.trimEnd()}\n\n${signature}` : body;
}

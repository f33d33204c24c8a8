// Words that go to the customer, in English: reply templates and the signature. Chosen by the customer's
// language (customer.language), never by the agent's console language. ICU MessageFormat, like the console's
// catalogues; hu.ts and lv.ts have exactly these keys and placeholders (customer-words.test.ts).
export const customerEn = {
  greeting: 'Hello {name},',
  'greeting.noName': 'Hello,',
  signature: 'Kind regards,\n{agent}\nCustomer support',
  'template.acknowledge': 'Thank you for contacting us. We have received your message and are looking into it now; we will get back to you as soon as we know more.',
  'template.moreInfo': 'To help you further, could you send us a few more details: what you did, what you expected to happen, and what happened instead? A screenshot helps too.',
  'template.escalated': 'I have passed your case to our specialist team, who will continue with it. You do not need to do anything: they will write to you here.',
  'template.solved': 'We believe this is now solved. If anything is still not working, simply reply to this message and we will pick it up again.',
};

export type CustomerWordKey = keyof typeof customerEn;
export type CustomerWords = Record<CustomerWordKey, string>;

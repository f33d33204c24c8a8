import { describe, expect, it } from 'vitest';
import { catalogueProblems } from '../i18n/test-support/catalogue-check';
import { customerEn } from './en';
import { CUSTOMER_WORDS, signatureText, signedBody, templateText, TEMPLATES } from './index';

describe("the customer's words", () => {
  it.each(['hu', 'lv'] as const)('%s has every English key, no other, each compiling with the same placeholders', (language) => {
    expect(catalogueProblems(customerEn, CUSTOMER_WORDS[language], language)).toEqual([]);
  });

  it('has a text for every template in every language', () => {
    for (const language of ['en', 'hu', 'lv'] as const) for (const id of TEMPLATES) expect(CUSTOMER_WORDS[language][`template.${id}`]?.trim()).toBeTruthy();
  });

  it('greets by name in the language of the customer, and without a name when there is none', () => {
    expect(templateText('lv', 'acknowledge', 'Līga Ozola').split('\n')[0]).toBe('Labdien, Līga Ozola!');
    expect(templateText('hu', 'solved', 'Kovács Anna').split('\n')[0]).toBe('Kedves Kovács Anna!');
    expect(templateText('en', 'moreInfo', '  ').split('\n')[0]).toBe('Hello,');
    expect(templateText('en', 'moreInfo', 'Sam')).toBe(`Hello Sam,\n\n${customerEn['template.moreInfo']}`);
  });

  it('signs with the agent name, and puts the signature after one blank line', () => {
    expect(signatureText('hu', 'Nagy Péter')).toBe('Üdvözlettel:\nNagy Péter\nÜgyfélszolgálat');
    expect(signedBody('Thanks!\n\n', 'Kind regards,\nAnna')).toBe('Thanks!\n\nKind regards,\nAnna');
    expect(signedBody('Thanks!', null)).toBe('Thanks!');
  });

  it('keeps a name with ICU syntax characters as it is', () => {
    expect(templateText('en', 'solved', "O'Brien {x}").split('\n')[0]).toBe("Hello O'Brien {x},");
  });
});

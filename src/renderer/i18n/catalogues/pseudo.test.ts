import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { placeholders } from '../test-support/catalogue-check';
import { en, type MessageKey } from './en';
import { pseudoCatalogue } from './pseudo';

const keys = Object.keys(en) as MessageKey[];
/** Sample values a message is formatted with: a number for every name (plural and number need one). */
const sample = (message: string) => Object.fromEntries([...placeholders(new IntlMessageFormat(message, 'en').getAst())].map((p, i) => [p, 70 + i]));
const show = (message: string, locale: string) => String(new IntlMessageFormat(message, locale).format(sample(message)));

describe('the pseudo-locale', () => {
  const pseudo = pseudoCatalogue();

  it.each(keys)('%s: framed, at least 40% longer than English, no plain letter left, every value still shown', (key) => {
    const english = show(en[key], 'en');
    const text = show(pseudo[key], 'en-XA');
    expect(text.startsWith('⟦') && text.endsWith('⟧')).toBe(true);
    expect([...text].length).toBeGreaterThanOrEqual(Math.floor([...english].length * 1.4));
    for (const value of Object.values(sample(en[key]))) expect(text).toContain(String(value));
    expect(text.replace(/\d+/g, '')).not.toMatch(/[A-Za-z]/);
  });
});

// The console's language, chosen from the keyboard (Tab to it, arrows or the first letter, no mouse needed).
// Each language is named in itself, so an agent who cannot read the current one still finds theirs; the
// change is announced in the new language. The pseudo-locale is offered only while it is in use (set for
// layout checks), never to agents.
import { intlLocale, isLocale, LANGUAGES, LOCALES, strings, useLocaleStore, useStrings, type Locale } from '../i18n';
import { useUiStore } from './ui-store';

const NAMES: Record<Locale, string> = { en: 'English', hu: 'Magyar', lv: 'Latviešu', pseudo: '⟦Ƥšéúđó⟧' };

export function LanguagePicker({ testId = 'language-picker' }: { testId?: string }) {
  const t = useStrings();
  const locale = useLocaleStore((s) => s.locale);
  const choices = locale === 'pseudo' ? LOCALES : LANGUAGES;
  return (
    <label className="language-picker">
      {/* The top bar is tight in long languages: the label is for screen readers; the select shows the language. */}
      <span className="visually-hidden">{t.language.label}</span>
      <select
        data-testid={testId}
        value={locale}
        onChange={(e) => {
          const next = e.target.value;
          if (!isLocale(next)) return;
          useLocaleStore.getState().setLocale(next);
          useUiStore.getState().announce(strings.language.changed);
        }}
      >
        {choices.map((l) => (
          <option key={l} value={l} lang={intlLocale(l)}>
            {NAMES[l]}
          </option>
        ))}
      </select>
    </label>
  );
}

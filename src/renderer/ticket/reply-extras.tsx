// What a reply adds for the customer, in the customer's language (not the console's): the template menu
// (Ctrl/⌘+I) and the signature under the reply, with the language named so the agent knows what goes out.
import type { Language } from '../../shared/domain';
import { signatureText, templateText, TEMPLATES, type TemplateId } from '../customer-words';
import { useStrings } from '../i18n';
import { OptionMenu } from '../ui/option-menu';

export interface ReplyCustomer {
  name: string;
  language: Language;
}

/** The language a reply to this customer is written in: theirs, or English when it is not known here. */
export const replyLanguage = (customer: ReplyCustomer | null): Language => customer?.language ?? 'en';

export function TemplateMenu({ customer, onInsert, onClose }: { customer: ReplyCustomer | null; onInsert(text: string, language: Language): void; onClose(): void }) {
  const t = useStrings();
  const language = replyLanguage(customer);
  return (
    <OptionMenu<TemplateId>
      title={t.templates.title(t.customer.languages[language])}
      hint={t.menus.hint}
      testId="template-menu"
      options={TEMPLATES.map((id) => ({ value: id, label: t.templates.names[id] }))}
      onClose={onClose}
      onChoose={(id) => {
        onClose();
        onInsert(templateText(language, id, customer?.name ?? null), language);
      }}
    />
  );
}

interface ReplyFootProps {
  customer: ReplyCustomer | null;
  agentName: string;
  sign: boolean;
  onSign(sign: boolean): void;
}

/** The customer's language, and the signature (on by default) exactly as it will be sent. */
export function ReplyFoot({ customer, agentName, sign, onSign }: ReplyFootProps) {
  const t = useStrings();
  const language = replyLanguage(customer);
  return (
    <div className="reply-foot">
      <p className="composer-language muted" data-testid="composer-language">
        {customer ? t.templates.customerLanguage(t.customer.languages[language]) : t.templates.languageUnknown}
      </p>
      <label className="composer-sign">
        <input type="checkbox" data-testid="composer-sign" checked={sign} onChange={(e) => onSign(e.target.checked)} />
        {t.templates.sign}
      </label>
      {sign ? (
        <pre className="composer-signature" lang={language} data-testid="composer-signature">
          {signatureText(language, agentName)}
        </pre>
      ) : null}
    </div>
  );
}

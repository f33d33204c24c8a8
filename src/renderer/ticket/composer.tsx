// Reply to the customer or leave an internal note; Ctrl/⌘+Enter sends. Who will read it is never left
// to a glance at a toggle: a banner, the field's label, the colours and the send button all name the
// audience. After a send the focus leaves the field, so the next key is a shortcut again (an `n` typed
// right after a reply must open a note, not add a letter to another reply).
import { useEffect, useId, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { ariaKeyShortcuts, formatKeys } from '../../shared/keymap';
import { signatureText, signedBody } from '../customer-words';
import { useStrings } from '../i18n';
import { useUiStore, type ComposerMode } from '../app/ui-store';
import { firstKey, useKeymap } from '../keyboard/keymap-store';
import { isMac } from '../ui/format';
import { replyLanguage, ReplyFoot, TemplateMenu, type ReplyCustomer } from './reply-extras';

interface ComposerProps {
  ticketId: string;
  /** Resolves true when the message was saved locally (then the field clears). */
  onSend(kind: ComposerMode, body: string): Promise<boolean>;
  /** Called after a successful send, once the field has let go of the focus (the ticket takes it). */
  onSent?(): void;
  /** Set when the agent may not write on this ticket: the field is off and says why. */
  readOnlyReason?: string | null;
  /** Who reads a reply: their language picks the templates and the signature. Null while not known here. */
  customer?: ReplyCustomer | null;
  /** The name the signature gives; without one the composer offers no signature. */
  agentName?: string;
}

export function Composer({ ticketId, onSend, onSent, readOnlyReason = null, customer = null, agentName = '' }: ComposerProps) {
  const t = useStrings();
  const mode = useUiStore((s) => s.composerMode);
  const setMode = useUiStore((s) => s.setComposerMode);
  const focusWanted = useUiStore((s) => s.composerFocusFor === ticketId);
  const composerFocused = useUiStore((s) => s.composerFocused);
  const sendRequest = useUiStore((s) => s.sendRequest);
  const [body, setBody] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [sign, setSign] = useState(true);
  const ref = useRef<HTMLTextAreaElement>(null);
  const audienceId = useId();
  const off = readOnlyReason !== null;
  const keymap = useKeymap();
  const templateOpen = useUiStore((s) => s.dialog === 'template');
  const closeDialog = useUiStore((s) => s.closeDialog);
  const language = replyLanguage(customer);
  const signs = sign && agentName.trim() !== '';
  const keyLabel = (k: string) => (k ? <kbd>{formatKeys(k, isMac(), t.help.then)}</kbd> : null);

  // The ticket turned read-only under an open template menu: close it, or it would hold the keyboard unseen.
  useEffect(() => {
    if (templateOpen && (off || mode === 'note')) closeDialog();
  }, [templateOpen, off, mode, closeDialog]);

  /** A template goes in at the caret (or replaces nothing: an empty field takes it whole), and the caret after it. */
  const insert = (text: string) => {
    const el = ref.current;
    const start = el?.selectionStart ?? body.length;
    const end = el?.selectionEnd ?? body.length;
    const next = body.slice(0, start) + text + body.slice(end);
    setBody(next);
    if (error) setError(null);
    requestAnimationFrame(() => {
      el?.focus();
      el?.setSelectionRange(start + text.length, start + text.length);
    });
    useUiStore.getState().announce(t.templates.inserted(t.customer.languages[language]));
  };

  // A layout effect: the field has the focus before the key after `r` / `n` is read.
  useLayoutEffect(() => {
    if (!focusWanted) return;
    ref.current?.focus();
    composerFocused(ticketId);
  }, [focusWanted, composerFocused, ticketId]);

  const send = async () => {
    if (busy || off) return;
    if (!body.trim()) {
      setError(t.composer.empty);
      return;
    }
    setBusy(true);
    // A reply goes out signed in the customer's language when the agent keeps the signature on; a note never is.
    const ok = await onSend(mode, mode === 'reply' && signs ? signedBody(body, signatureText(language, agentName)) : body);
    setBusy(false);
    if (ok) {
      setBody('');
      setError(null);
      ref.current?.blur();
      onSent?.();
    }
  };
  const sendRef = useRef(send);
  useEffect(() => {
    sendRef.current = send;
  });

  useEffect(() => {
    if (sendRequest) void sendRef.current();
  }, [sendRequest]);

  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      e.stopPropagation();
      void send();
    }
  };

  const isNote = mode === 'note';
  const c = t.composer;
  return (
    <section className={`composer ${isNote ? 'composer-note' : 'composer-reply'}`} aria-label={c.label} data-testid="composer" data-mode={mode}>
      <div className="composer-modes" role="radiogroup" aria-label={c.label}>
        {(['reply', 'note'] as const).map((m) => (
          <button
            key={m}
            type="button"
            role="radio"
            aria-checked={mode === m}
            data-testid={`composer-mode-${m}`}
            className={`composer-mode${mode === m ? ' is-current' : ''}`}
            onClick={() => setMode(m)}
          >
            {m === 'reply' ? c.reply : c.note} {keyLabel(firstKey(keymap, m === 'reply' ? 'ticket.reply' : 'ticket.note'))}
          </button>
        ))}
      </div>
      <p id={audienceId} className="composer-audience" data-testid="composer-audience">
        <span aria-hidden="true">{isNote ? '✎ ' : '✉ '}</span>
        {isNote ? c.noteAudience : c.replyAudience}
      </p>
      {!isNote && !off ? (
        <button
          type="button"
          className="small composer-templates"
          data-testid="composer-templates"
          aria-haspopup="menu"
          aria-keyshortcuts={ariaKeyShortcuts(firstKey(keymap, 'composer.template'))}
          onClick={() => useUiStore.getState().openDialog('template')}
        >
          {t.templates.button} {keyLabel(firstKey(keymap, 'composer.template'))}
        </button>
      ) : null}
      {off ? (
        <p className="composer-off" data-testid="composer-off">
          {readOnlyReason}
        </p>
      ) : null}
      <textarea
        ref={ref}
        className="composer-input"
        data-testid="composer-input"
        aria-label={isNote ? c.noteField : c.replyField}
        aria-describedby={audienceId}
        placeholder={(isNote ? c.notePlaceholder : c.replyPlaceholder)(formatKeys(firstKey(keymap, 'composer.send'), isMac(), t.help.then))}
        value={body}
        rows={4}
        disabled={off}
        // A reply is spell-checked and read aloud in the customer's language; a note in the console's.
        lang={isNote ? undefined : language}
        onChange={(e) => {
          setBody(e.target.value);
          if (error) setError(null);
        }}
        onKeyDown={onKeyDown}
      />
      {!isNote && !off && agentName.trim() ? <ReplyFoot customer={customer} agentName={agentName} sign={sign} onSign={setSign} /> : null}
      {templateOpen && !isNote && !off ? <TemplateMenu customer={customer} onInsert={insert} onClose={closeDialog} /> : null}
      <div className="composer-foot">
        {error ? (
          <span className="field-error" role="alert">
            {error}
          </span>
        ) : null}
        <button type="button" className="primary" data-testid="composer-send" aria-keyshortcuts="Control+Enter Meta+Enter" disabled={busy || off} onClick={() => void send()}>
          {isNote ? c.saveNote : c.send}
        </button>
      </div>
    </section>
  );
}

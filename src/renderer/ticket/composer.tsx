// Reply to the customer or leave an internal note; Ctrl/⌘+Enter sends. Who will read it is never left
// to a glance at a toggle: a banner, the field's label, the colours and the send button all name the
// audience. After a send the focus leaves the field, so the next key is a shortcut again (an `n` typed
// right after a reply must open a note, not add a letter to another reply).
import { useEffect, useId, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useStrings } from '../i18n';
import { useUiStore, type ComposerMode } from '../app/ui-store';

interface ComposerProps {
  ticketId: string;
  /** Resolves true when the message was saved locally (then the field clears). */
  onSend(kind: ComposerMode, body: string): Promise<boolean>;
  /** Called after a successful send, once the field has let go of the focus (the ticket takes it). */
  onSent?(): void;
  /** Set when the agent may not write on this ticket: the field is off and says why. */
  readOnlyReason?: string | null;
}

export function Composer({ ticketId, onSend, onSent, readOnlyReason = null }: ComposerProps) {
  const t = useStrings();
  const mode = useUiStore((s) => s.composerMode);
  const setMode = useUiStore((s) => s.setComposerMode);
  const focusWanted = useUiStore((s) => s.composerFocusFor === ticketId);
  const composerFocused = useUiStore((s) => s.composerFocused);
  const sendRequest = useUiStore((s) => s.sendRequest);
  const [body, setBody] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const ref = useRef<HTMLTextAreaElement>(null);
  const audienceId = useId();
  const off = readOnlyReason !== null;

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
    const ok = await onSend(mode, body);
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
            {m === 'reply' ? c.reply : c.note} <kbd>{m === 'reply' ? 'r' : 'n'}</kbd>
          </button>
        ))}
      </div>
      <p id={audienceId} className="composer-audience" data-testid="composer-audience">
        <span aria-hidden="true">{isNote ? '✎ ' : '✉ '}</span>
        {isNote ? c.noteAudience : c.replyAudience}
      </p>
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
        placeholder={isNote ? c.notePlaceholder : c.replyPlaceholder}
        value={body}
        rows={4}
        disabled={off}
        onChange={(e) => {
          setBody(e.target.value);
          if (error) setError(null);
        }}
        onKeyDown={onKeyDown}
      />
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

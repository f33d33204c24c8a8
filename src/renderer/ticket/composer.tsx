// Reply to the customer or leave an internal note; Ctrl/⌘+Enter sends. Note mode looks like a note.
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useStrings } from '../i18n';
import { useUiStore, type ComposerMode } from '../app/ui-store';

interface ComposerProps {
  /** Resolves true when the message was saved locally (then the field clears). */
  onSend(kind: ComposerMode, body: string): Promise<boolean>;
}

export function Composer({ onSend }: ComposerProps) {
  const t = useStrings();
  const mode = useUiStore((s) => s.composerMode);
  const setMode = useUiStore((s) => s.setComposerMode);
  const focusRequest = useUiStore((s) => s.composerFocusRequest);
  const sendRequest = useUiStore((s) => s.sendRequest);
  const [body, setBody] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const ref = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    if (focusRequest) ref.current?.focus();
  }, [focusRequest]);

  const send = async () => {
    if (busy) return;
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
  return (
    <section className={`composer${isNote ? ' composer-note' : ''}`} aria-label={t.composer.label} data-testid="composer" data-mode={mode}>
      <div className="composer-modes" role="radiogroup" aria-label={t.composer.label}>
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
            {m === 'reply' ? t.composer.reply : t.composer.note} <kbd>{m === 'reply' ? 'r' : 'n'}</kbd>
          </button>
        ))}
      </div>
      <textarea
        ref={ref}
        className="composer-input"
        data-testid="composer-input"
        aria-label={isNote ? t.composer.note : t.composer.reply}
        placeholder={isNote ? t.composer.notePlaceholder : t.composer.replyPlaceholder}
        value={body}
        rows={4}
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
        <button type="button" className="primary" data-testid="composer-send" aria-keyshortcuts="Control+Enter Meta+Enter" disabled={busy} onClick={() => void send()}>
          {isNote ? t.composer.saveNote : t.composer.send}
        </button>
      </div>
    </section>
  );
}

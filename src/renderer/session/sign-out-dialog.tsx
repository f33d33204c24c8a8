// Signing out with changes the server has not processed yet: the agent chooses. Waiting sends them and
// then signs out (the replica is erased once the outbox is empty); keeping leaves the replica on this
// workstation until this agent signs in here again; discarding erases it, changes included, after a
// second, explicit confirmation.
import { useEffect, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Replica } from '../db';
import { pendingChangeCount } from '../db/queries';
import { useStrings } from '../i18n';
import { useSyncStore } from '../sync/sync-store';
import { Dialog } from '../ui/dialog';

export type SignOutChoice = 'synced' | 'keep' | 'discard';

interface SignOutDialogProps {
  replica: Replica;
  /** The count that made the console ask (shown until the live count is read). */
  pendingAtRequest: number;
  onChoose(choice: SignOutChoice): void;
  onCancel(): void;
}

export function SignOutDialog({ replica, pendingAtRequest, onChoose, onCancel }: SignOutDialogProps) {
  const t = useStrings();
  const pending = useLiveQuery(() => pendingChangeCount(replica.db), [replica]);
  const offline = useSyncStore((s) => s.status?.state === 'offline' || s.status?.state === 'service_gone');
  const [step, setStep] = useState<'choose' | 'waiting' | 'confirm-discard'>('choose');

  useEffect(() => {
    if (step === 'waiting' && pending === 0) onChoose('synced');
  }, [step, pending, onChoose]);

  const wait = () => {
    setStep('waiting');
    replica.sync.syncNow();
  };
  const n = pending ?? pendingAtRequest;

  return (
    <Dialog title={t.signOut.title} onClose={onCancel} testId="sign-out-dialog" className="sign-out-dialog">
      <p data-testid="sign-out-pending" data-count={n}>
        {t.signOut.pending(n)}
      </p>
      <p className="muted">{t.signOut.erasedNote}</p>
      {step === 'confirm-discard' ? (
        <>
          <p className="field-error" role="alert">
            {t.signOut.discardConfirm(n)}
          </p>
          <div className="form-actions">
            <button type="button" className="destructive" data-testid="sign-out-discard-yes" onClick={() => onChoose('discard')}>
              {t.signOut.discardYes}
            </button>
            <button type="button" data-autofocus data-testid="sign-out-back" onClick={() => setStep('choose')}>
              {t.signOut.back}
            </button>
          </div>
        </>
      ) : (
        <>
          {step === 'waiting' ? (
            <p role="status" data-testid="sign-out-waiting">
              {t.signOut.waiting(n)} {offline ? t.signOut.offlineHint : null}
            </p>
          ) : null}
          <div className="sign-out-choices">
            <button type="button" className="primary" data-autofocus data-testid="sign-out-wait" aria-disabled={step === 'waiting'} onClick={step === 'waiting' ? undefined : wait}>
              {t.signOut.wait}
            </button>
            <button type="button" data-testid="sign-out-keep" aria-describedby="sign-out-keep-hint" onClick={() => onChoose('keep')}>
              {t.signOut.keep}
            </button>
            <p id="sign-out-keep-hint" className="muted">
              {t.signOut.keepHint}
            </p>
            <button type="button" className="destructive" data-testid="sign-out-discard" onClick={() => setStep('confirm-discard')}>
              {t.signOut.discard}
            </button>
            <button type="button" data-testid="sign-out-cancel" onClick={onCancel}>
              {t.signOut.cancel}
            </button>
          </div>
        </>
      )}
    </Dialog>
  );
}

// The ticket's complaint in its header: none, open or closed, with the dialog's button (Shift+C) — in the
// field, not the toolbar, which must stay on one line at 1440 px (layout-1440 e2e). The complaint itself
// is shown above the thread (complaint-block.tsx).
import type { Ticket } from '../../shared/domain';
import type { ActionId } from '../../shared/keymap';
import { useStrings } from '../i18n';
import { FieldAction } from '../ticket/tags-field-action';

export function ComplaintField({ complaint, allowed, run }: { complaint: Ticket['complaint']; allowed: boolean; run(action: ActionId): void }) {
  const t = useStrings();
  const open = complaint?.state === 'open';
  return (
    <div className="ticket-complaint-field">
      <dt>{t.complaint.title}</dt>
      <dd>
        <span data-testid="ticket-complaint" data-value={complaint?.state ?? 'none'}>
          {complaint ? t.complaint.state[complaint.state] : <span className="muted">{t.complaint.field.none}</span>}
        </span>
        <FieldAction action="ticket.complaint" word={open ? t.complaint.field.close : t.complaint.field.raise} allowed={allowed} run={run} />
      </dd>
    </div>
  );
}

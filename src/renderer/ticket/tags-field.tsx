// The ticket's tags in its header: shown as chips, or "No tags", with the editor's button (t). Seeing
// them teaches the editor's suggestions (tags-known.ts).
import { useEffect } from 'react';
import type { Ticket } from '../../shared/domain';
import type { ActionId } from '../../shared/keymap';
import { useStrings } from '../i18n';
import { FieldAction } from './tags-field-action';
import { rememberTags } from './tags-known';
import './tags.css';

export function TagsField({ tags, allowed, run }: { tags: Ticket['tags']; allowed: boolean; run(action: ActionId): void }) {
  const t = useStrings();
  useEffect(() => rememberTags(tags), [tags]);
  return (
    <div className="ticket-tags-field">
      <dt>{t.tags.field}</dt>
      <dd>
        <span data-testid="ticket-tags">
          {tags.length ? (
            <ul className="tag-list">
              {tags.map((tag) => (
                <li key={tag} className="tag" data-tag={tag}>
                  {tag}
                </li>
              ))}
            </ul>
          ) : (
            <span className="muted">{t.tags.none}</span>
          )}
        </span>
        <FieldAction action="ticket.tags" word={t.tags.edit} allowed={allowed} run={run} />
      </dd>
    </div>
  );
}

// The ticket's tags in its header: shown as chips, or "No tags". Seeing them teaches the editor's
// suggestions (tags-known.ts).
import { useEffect } from 'react';
import type { Ticket } from '../../shared/domain';
import { useStrings } from '../i18n';
import { rememberTags } from './tags-known';
import './tags.css';

export function TagsField({ tags }: { tags: Ticket['tags'] }) {
  const t = useStrings();
  useEffect(() => rememberTags(tags), [tags]);
  return (
    <div className="ticket-tags-field">
      <dt>{t.tags.field}</dt>
      <dd data-testid="ticket-tags">
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
      </dd>
    </div>
  );
}

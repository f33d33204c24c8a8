// The supervisors' complaint list (`g c`): open, closed or all complaints, by category and by the
// ticket's assignee, newest first, with the count per category; from the local replica through the
// complaint indexes, live, and marked "as of HH:MM" while the link is not online. j/k (or the arrows)
// move, Enter opens the ticket, Esc from the ticket comes back here. Mounted for supervisors only.
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useId, useRef, type KeyboardEvent } from 'react';
import { COMPLAINT_CATEGORIES, type ComplaintCategory } from '../../shared/complaint';
import { useConsole } from '../app/console-context';
import { usePulledAt } from '../board/use-board';
import { agentsById } from '../db/queries';
import { useStrings } from '../i18n';
import { useQueueStore } from '../queue/queue-store';
import { useSyncStore } from '../sync/sync-store';
import { ComplaintListItem } from './complaint-list-item';
import { useComplaintListStore } from './complaint-list-store';
import { complaintList, LIST_LIMIT, type StateFilter } from './complaint-queries';
import './complaints.css';

const MOVES: Record<string, number> = { j: 1, ArrowDown: 1, k: -1, ArrowUp: -1 };

export function ComplaintList() {
  const t = useStrings();
  const c = t.complaints;
  const { replica } = useConsole();
  const db = replica.db;
  const filter = useComplaintListStore((s) => s.filter);
  const cursorId = useComplaintListStore((s) => s.cursorId);
  const focusWanted = useComplaintListStore((s) => s.focusWanted);
  const list = useLiveQuery(() => complaintList(db, filter), [db, filter]);
  const agents = useLiveQuery(() => agentsById(db), [db]);
  const pulledAt = usePulledAt(db);
  const state = useSyncStore((s) => s.status?.state);
  const live = state === 'online' || state === 'syncing';
  const listRef = useRef<HTMLUListElement>(null);
  const rootRef = useRef<HTMLElement>(null);
  const id = useId();
  const items = list?.items ?? [];
  const index = Math.max(
    0,
    items.findIndex((i) => i.ticket.id === cursorId),
  );
  const current = items[index];

  useEffect(() => {
    if (!focusWanted || !list) return;
    // The list when it has rows, else the section itself (its heading and "no complaints" are read).
    (listRef.current ?? rootRef.current)?.focus();
    useComplaintListStore.getState().focused();
  }, [focusWanted, list]);

  const onKeyDown = (e: KeyboardEvent<HTMLUListElement>) => {
    const step = MOVES[e.key];
    if (step !== undefined && !e.ctrlKey && !e.metaKey && !e.altKey) {
      const next = items[Math.min(items.length - 1, Math.max(0, index + step))];
      if (next) useComplaintListStore.getState().setCursor(next.ticket.id);
    } else if (e.key === 'Enter' && current) {
      open(current.ticket.id);
    } else return;
    // These keys are the list's here, not the queue's.
    e.preventDefault();
    e.stopPropagation();
  };
  // The list takes the focus again when it comes back (Esc from the ticket).
  const open = (ticketId: string) => {
    useComplaintListStore.getState().focusList();
    useQueueStore.getState().openTicket(ticketId);
  };
  const setFilter = useComplaintListStore.getState().setFilter;
  const people = [...(agents?.values() ?? [])]
    .filter((a) => a.role === 'agent')
    .sort((a, b) => a.name.localeCompare(b.name));
  const total = list ? COMPLAINT_CATEGORIES.reduce((sum, k) => sum + list.counts[k], 0) : 0;

  return (
    <section
      ref={rootRef}
      tabIndex={-1}
      className="complaints"
      aria-labelledby={`${id}-title`}
      data-testid="complaint-list"
      aria-busy={!list}
    >
      <header className="complaints-head">
        <h2 id={`${id}-title`}>{c.title}</h2>
        <span className={live ? 'board-live' : 'board-as-of'} data-testid="complaints-as-of" data-live={live}>
          {live ? c.live : pulledAt ? c.asOf(pulledAt) : null}
        </span>
      </header>
      <div className="complaints-filters">
        <label>
          {c.filter.state}
          <select
            data-testid="complaints-state"
            value={filter.state}
            onChange={(e) => setFilter({ state: e.target.value as StateFilter })}
          >
            <option value="open">{c.filter.open}</option>
            <option value="closed">{c.filter.closed}</option>
            <option value="all">{c.filter.all}</option>
          </select>
        </label>
        <label>
          {c.filter.category}
          <select
            data-testid="complaints-category"
            value={filter.category ?? ''}
            onChange={(e) => setFilter({ category: (e.target.value || null) as ComplaintCategory | null })}
          >
            <option value="">{c.filter.allCategories}</option>
            {COMPLAINT_CATEGORIES.map((k) => (
              <option key={k} value={k}>
                {t.complaint.category[k]}
              </option>
            ))}
          </select>
        </label>
        <label>
          {c.filter.agent}
          <select
            data-testid="complaints-agent"
            value={filter.assignee ?? '*'}
            onChange={(e) => setFilter({ assignee: e.target.value === '*' ? null : e.target.value })}
          >
            <option value="*">{c.filter.allAgents}</option>
            <option value="">{c.unassigned}</option>
            {people.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
          </select>
        </label>
      </div>
      <table className="complaints-counts" data-testid="complaints-counts">
        <caption>{c.counts}</caption>
        <tbody>
          {COMPLAINT_CATEGORIES.map((k) => (
            <tr key={k}>
              <th scope="row">{t.complaint.category[k]}</th>
              <td data-testid={`complaints-count-${k}`}>{list ? t.format.number(list.counts[k]) : ''}</td>
            </tr>
          ))}
          <tr>
            <th scope="row">{c.total}</th>
            <td data-testid="complaints-count-total">{list ? t.format.number(total) : ''}</td>
          </tr>
        </tbody>
      </table>
      <p className="muted" id={`${id}-hint`}>
        {c.hint}
        {items.length >= LIST_LIMIT ? ` ${c.newest(LIST_LIMIT)}` : ''}
      </p>
      {list && items.length === 0 ? (
        <p className="muted" data-testid="complaints-empty">
          {c.empty}
        </p>
      ) : null}
      {items.length === 0 ? null : (
        <ul
          ref={listRef}
          role="listbox"
          tabIndex={0}
          className="complaints-list"
          aria-labelledby={`${id}-title`}
          aria-describedby={`${id}-hint`}
          aria-activedescendant={current ? `${id}-${current.ticket.id}` : undefined}
          data-testid="complaints-items"
          onKeyDown={onKeyDown}
        >
          {items.map((item) => (
            <ComplaintListItem
              key={item.ticket.id}
              optionId={`${id}-${item.ticket.id}`}
              item={item}
              agents={agents}
              selected={item === current}
              onSelect={() => useComplaintListStore.getState().setCursor(item.ticket.id)}
              onOpen={() => open(item.ticket.id)}
            />
          ))}
        </ul>
      )}
    </section>
  );
}

// The three queues of the agent's tier with their counts (always shown), and for supervisors a tier picker.
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useRef } from 'react';
import type { Tier } from '../../shared/domain';
import { isSupervisor } from '../../shared/authorize';
import { queueCount } from '../db/queries';
import { useConsole } from '../app/console-context';
import { useUiStore } from '../app/ui-store';
import { useStrings } from '../i18n';
import { formatKeys } from '../../shared/keymap';
import { firstKey, useKeymap } from '../keyboard/keymap-store';
import { isMac } from '../ui/format';
import { queueKeyOf, queueName, viewsOf } from './queue-key';
import { useQueueStore, type QueueView } from './queue-store';
import { FILTER_LIMIT } from './use-queue-rows';

function QueueCount({ view, tier }: { view: QueueView; tier: Tier }) {
  const t = useStrings();
  const { replica } = useConsole();
  const key = queueKeyOf(view, tier);
  const n = useLiveQuery(() => queueCount(replica.db, replica.agent, key), [replica, view, tier]);
  return (
    <span className="queue-count" data-testid={`queue-count-${view}`}>
      {n === undefined ? '…' : t.format.number(n)}
    </span>
  );
}

export function QueueTabs({ tier }: { tier: Tier }) {
  const t = useStrings();
  const { replica } = useConsole();
  const view = useQueueStore((s) => s.view);
  const setView = useQueueStore((s) => s.setView);
  const setTier = useQueueStore((s) => s.setTier);
  return (
    <nav className="queue-tabs" aria-label={t.queue.navLabel}>
      {viewsOf(tier).map((v) => (
        <button
          key={v}
          type="button"
          className={`queue-tab${v === view ? ' is-current' : ''}`}
          aria-current={v === view ? 'page' : undefined}
          data-testid={`queue-tab-${v}`}
          onClick={() => setView(v)}
        >
          <span>{queueName(t, v, tier)}</span>
          <QueueCount view={v} tier={tier} />
        </button>
      ))}
      {isSupervisor(replica.agent) ? (
        <label className="tier-picker">
          {t.queue.tierPicker}
          <select
            value={tier}
            data-testid="tier-picker"
            onChange={(e) => setTier(Number(e.target.value) as Tier)}
          >
            {[1, 2, 3].map((n) => (
              <option key={n} value={n}>
                {t.header.tier(n)}
              </option>
            ))}
          </select>
        </label>
      ) : null}
    </nav>
  );
}

export function QueueFilter() {
  const t = useStrings();
  const filter = useQueueStore((s) => s.filter);
  const setFilter = useQueueStore((s) => s.setFilter);
  const focusRequest = useUiStore((s) => s.filterFocusRequest);
  const focusQueue = useUiStore((s) => s.focusQueue);
  const matches = useQueueStore((s) => s.count);
  // While the filtered rows load, the last count belongs to another filter, and while the matches are
  // still being counted the rows shown are only a lower bound: say nothing about matches yet.
  const searching = useQueueStore((s) => s.rows === null || s.rows.partial === true);
  const ref = useRef<HTMLInputElement>(null);
  const keymap = useKeymap();
  useEffect(() => {
    if (focusRequest) {
      ref.current?.focus();
      ref.current?.select();
    }
  }, [focusRequest]);
  return (
    <div className="queue-filter">
      <input
        ref={ref}
        type="search"
        aria-label={t.queue.filterLabel}
        placeholder={t.queue.filterPlaceholder(formatKeys(firstKey(keymap, 'queue.filter'), isMac(), t.help.then))}
        data-testid="queue-filter"
        value={filter}
        onChange={(e) => setFilter(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' || e.key === 'ArrowDown') {
            e.preventDefault();
            focusQueue();
          } else if (e.key === 'Escape') {
            e.preventDefault();
            e.stopPropagation();
            if (filter) setFilter('');
            else focusQueue();
          }
        }}
      />
      {filter.trim() ? (
        <span className="queue-filter-matches" role="status">
          {searching ? t.queue.filterSearching : matches >= FILTER_LIMIT ? t.queue.filterFirstMatches(FILTER_LIMIT) : t.queue.filterMatches(matches)}
        </span>
      ) : null}
    </div>
  );
}

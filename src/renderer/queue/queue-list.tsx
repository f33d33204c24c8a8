// The queue the agent is working: the store's selection over the replica's rows.
import { useEffect } from 'react';
import { useStrings } from '../i18n';
import { useUiStore } from '../app/ui-store';
import { QueueListView } from './queue-list-view';
import { useQueueStore } from './queue-store';
import { queueKeyOf, queueName } from './queue-key';
import { useQueueRows } from './use-queue-rows';
import type { Tier } from '../../shared/domain';

export function QueueList({ tier }: { tier: Tier }) {
  const t = useStrings();
  const view = useQueueStore((s) => s.view);
  const filter = useQueueStore((s) => s.filter);
  const selectedIndex = useQueueStore((s) => s.selectedIndex);
  const select = useQueueStore((s) => s.select);
  const move = useQueueStore((s) => s.move);
  const setSelectedTicketId = useQueueStore((s) => s.setSelectedTicketId);
  const openTicket = useUiStore((s) => s.openTicket);
  const focusRequest = useUiStore((s) => s.queueFocusRequest);
  const key = queueKeyOf(view, tier);
  const { count = 0, rowAt, onRangeChange } = useQueueRows(key, filter);

  const setCount = useQueueStore((s) => s.setCount);
  useEffect(() => {
    setCount(count);
    if (count > 0 && selectedIndex >= count) select(count - 1);
  }, [count, selectedIndex, select, setCount]);

  const selectedId = rowAt(selectedIndex)?.ticket.id ?? null;
  useEffect(() => {
    setSelectedTicketId(selectedId);
  }, [selectedId, setSelectedTicketId]);

  const onOpen = (i: number) => {
    select(i);
    const id = rowAt(i)?.ticket.id;
    if (id) openTicket(id);
  };

  return (
    <QueueListView
      label={t.queue.listLabel(queueName(t, view, tier))}
      count={count}
      rowAt={rowAt}
      selectedIndex={selectedIndex}
      onSelect={select}
      onOpen={onOpen}
      onMove={move}
      onRangeChange={onRangeChange}
      focusRequest={focusRequest}
    />
  );
}

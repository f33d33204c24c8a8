// The queue the agent is working: the replica's rows under the store's cursor.
import { useEffect } from 'react';
import { useStrings } from '../i18n';
import { useUiStore } from '../app/ui-store';
import { highlightOf } from './cursor';
import { QueueListView } from './queue-list-view';
import { useQueueStore } from './queue-store';
import { queueKeyOf, queueName } from './queue-key';
import { useQueueRows } from './use-queue-rows';
import type { Tier } from '../../shared/domain';
import { MarksBar } from '../rebalance/marks-bar';

export function QueueList({ tier }: { tier: Tier }) {
  const t = useStrings();
  const view = useQueueStore((s) => s.view);
  const filter = useQueueStore((s) => s.filter);
  const cursor = useQueueStore((s) => s.cursor);
  const open = useQueueStore((s) => s.open);
  const select = useQueueStore((s) => s.select);
  const move = useQueueStore((s) => s.move);
  const syncRows = useQueueStore((s) => s.syncRows);
  const openSelected = useQueueStore((s) => s.openSelected);
  const focusRequest = useUiStore((s) => s.queueFocusRequest);
  const key = queueKeyOf(view, tier);
  const { count = 0, loaded, rowAt, onRangeChange } = useQueueRows(key, filter);

  // Runs again when the cursor or the open state changes too, so a cursor reset (g m on the queue
  // already shown) lands on a row at once, without waiting for the rows to change.
  useEffect(() => {
    syncRows(loaded);
  }, [loaded, cursor, open, syncRows]);

  const onOpen = (i: number) => {
    select(i);
    openSelected();
  };

  return (
    <>
      <MarksBar />
      <QueueListView
        label={t.queue.listLabel(queueName(t, view, tier))}
        count={count}
        rowAt={rowAt}
        selectedIndex={highlightOf(cursor, loaded)}
        scrollIndex={cursor.index}
        onSelect={select}
        onOpen={onOpen}
        onMove={move}
        onRangeChange={onRangeChange}
        focusRequest={focusRequest}
      />
    </>
  );
}

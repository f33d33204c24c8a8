// The virtualized queue: only the rows in view (plus a little overscan) are in the DOM, so a queue of
// 100k tickets costs the same as one of 50. The focus stays on the list; the selected row is announced
// through aria-activedescendant.
import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useRef } from 'react';
import { useStrings } from '../i18n';
import { QueueRow, type QueueRowData } from './queue-row';

export const ROW_HEIGHT = 34;

export interface QueueListViewProps {
  label: string;
  count: number;
  rowAt(index: number): QueueRowData | undefined;
  /** The highlighted row, or -1 when none is (the open ticket is not in this queue). */
  selectedIndex: number;
  /** The row to keep in view (the cursor's place, highlighted or not); selectedIndex when absent. */
  scrollIndex?: number;
  onSelect(index: number): void;
  onOpen(index: number): void;
  /** Arrow keys, Page Up/Down, Home/End on the focused list move the selection. */
  onMove?(delta: number): void;
  /** The rows the list shows now (first and last index, inclusive), so the caller can load them. */
  onRangeChange?(first: number, last: number): void;
  /** Bumped to pull the focus onto the list. */
  focusRequest?: number;
}

export function QueueListView(props: QueueListViewProps) {
  const { label, count, rowAt, selectedIndex, onSelect, onOpen, onMove, onRangeChange, focusRequest } = props;
  const scrollIndex = props.scrollIndex ?? selectedIndex;
  const t = useStrings();
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items[items.length - 1]?.index ?? -1;

  useEffect(() => {
    onRangeChange?.(first, last);
  }, [first, last, onRangeChange]);

  useEffect(() => {
    if (count > 0 && scrollIndex >= 0 && scrollIndex < count) virtualizer.scrollToIndex(scrollIndex, { align: 'auto' });
  }, [scrollIndex, count, virtualizer]);

  useEffect(() => {
    if (focusRequest) scrollRef.current?.focus();
  }, [focusRequest]);

  const optionId = useCallback((i: number) => `queue-row-${i}`, []);
  const page = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? 0) / ROW_HEIGHT) - 1);
  const moves: Record<string, number> = { ArrowDown: 1, ArrowUp: -1, PageDown: page, PageUp: -page, Home: -count, End: count };

  return (
    <div
      ref={scrollRef}
      className="queue-list"
      role="listbox"
      aria-label={label}
      aria-activedescendant={count > 0 && selectedIndex >= 0 ? optionId(selectedIndex) : undefined}
      tabIndex={0}
      data-testid="queue-list"
      data-count={count}
      onKeyDown={(e) => {
        const delta = moves[e.key];
        if (delta === undefined || !onMove || e.ctrlKey || e.metaKey || e.altKey) return;
        e.preventDefault();
        onMove(delta);
      }}
    >
      {count === 0 ? <div className="queue-empty">{t.queue.empty}</div> : null}
      <div className="queue-list-inner" style={{ height: virtualizer.getTotalSize() }}>
        {items.map((item) => (
          <QueueRow
            key={item.key}
            index={item.index}
            row={rowAt(item.index)}
            selected={item.index === selectedIndex}
            optionId={optionId(item.index)}
            top={item.start}
            height={item.size}
            onSelect={onSelect}
            onOpen={onOpen}
          />
        ))}
      </div>
    </div>
  );
}

// Above the queue while tickets are marked: "3 tickets marked · Shift+A: assign · Esc: clear the marks".
// It also keeps the marks to their queue: showing another view or tier clears them.
import { useEffect } from 'react';
import { formatKeys } from '../../shared/keymap';
import { useStrings } from '../i18n';
import { firstKey, useKeymap } from '../keyboard/keymap-store';
import { useQueueStore } from '../queue/queue-store';
import { isMac } from '../ui/format';
import { useMarksStore } from './marks-store';
import { marksQueueOf } from './rebalance-commands';
import './rebalance.css';

export function MarksBar() {
  const t = useStrings();
  const queue = useQueueStore((s) => marksQueueOf(s));
  const marks = useMarksStore((s) => (s.queue === queue ? s.marked.size : 0));
  const keymap = useKeymap();
  useEffect(() => useMarksStore.getState().follow(queue), [queue]);
  if (!marks) return null;
  return (
    <div className="marks-bar" data-testid="marks-bar">
      <strong data-testid="marks-count">{t.marks.count(marks)}</strong>
      <span className="muted">{t.marks.hint(formatKeys(firstKey(keymap, 'queue.assignTo'), isMac(), t.help.then))}</span>
    </div>
  );
}

// One number on the board: a button that opens the ticket list it counts (or the nearest queue).
import type { Tier } from '../../shared/domain';
import type { QueueView } from '../queue/queue-store';

export interface FigureTarget {
  tier: Tier;
  view: QueueView;
}

export function BoardFigure(props: { cell: string; testId: string; label: string; value: string; target: FigureTarget; onOpen(t: FigureTarget): void }) {
  return (
    <button type="button" className="board-figure" data-cell={props.cell} data-testid={props.testId} aria-label={props.label} onClick={() => props.onOpen(props.target)}>
      {props.value}
    </button>
  );
}

// The supervisor's wallboard: per tier and in total, the queue load, the SLA risk and the last hour's and
// today's flow, and open tickets by channel, all from the local replica, live; "as of HH:MM" (its last
// pull) while the link is not online. Every number is a button that opens its ticket list; the arrows
// move across the numbers. Mounted for supervisors only (console-shell.tsx).
import { useEffect, useRef } from 'react';
import { CHANNELS, TIERS, type Tier } from '../../shared/domain';
import { useConsole } from '../app/console-context';
import { useUiStore } from '../app/ui-store';
import { useStrings } from '../i18n';
import { queueName } from '../queue/queue-key';
import { useQueueStore } from '../queue/queue-store';
import { useNotifySettingsStore } from '../settings/notify-settings-store';
import { useSyncStore } from '../sync/sync-store';
import { AgentsPanel } from './agents-panel';
import { AutoAssignSwitches } from './auto-assign-switches';
import { BoardFigure, type FigureTarget } from './board-figure';
import { ROWS, countOf, viewOf, waitOf, type RowId } from './board-rows';
import { useBoardStore } from './board-store';
import { onGridKey } from './grid-keys';
import { useBoard, usePulledAt } from './use-board';
import { useNow } from './use-now';
import './board.css';

/** The board's windows and the longest wait move on every this many ms while nothing changes. */
const STEP_MS = 15_000;
const COLUMNS: readonly (Tier | 'all')[] = [...TIERS, 'all'];

export function Board() {
  const t = useStrings();
  const { replica } = useConsole();
  const warn = useNotifySettingsStore((s) => s.settings.slaWarningMinutes);
  const now = useNow(STEP_MS);
  const data = useBoard(replica.db, now, warn);
  const pulledAt = usePulledAt(replica.db);
  const state = useSyncStore((s) => s.status?.state);
  const focusWanted = useBoardStore((s) => s.focusWanted);
  const root = useRef<HTMLElement>(null);
  const loaded = !!data;
  useEffect(() => {
    const first = root.current?.querySelector<HTMLElement>('[data-cell]');
    if (!focusWanted || !loaded || !first) return;
    // A dialog opened since (the cheat sheet, a rebalance dialog) keeps the focus: the request lapses.
    if (useUiStore.getState().dialog) return useBoardStore.getState().focused();
    first.focus();
    useBoardStore.getState().focused();
  }, [focusWanted, loaded]);

  const open = (target: FigureTarget) => {
    const q = useQueueStore.getState();
    q.setTier(target.tier);
    q.setView(target.view);
    useUiStore.getState().focusQueue();
  };
  const where = (col: Tier | 'all') => (col === 'all' ? t.board.total : t.board.tier(col));
  // The total's numbers open tier 1's list: there is no list across tiers.
  const tierOf = (col: Tier | 'all'): Tier => (col === 'all' ? 1 : col);
  const rowName = (row: RowId) => (row === 'atRisk' ? t.board.row.atRisk(warn) : t.board.row[row]);
  const live = state === 'online' || state === 'syncing';

  const figure = (row: RowId, r: number, col: Tier | 'all', c: number) => {
    if (!data) return null;
    const tiers: readonly Tier[] = col === 'all' ? TIERS : [col];
    let value: string;
    if (row === 'longestWait') {
      const at = waitOf(data, tiers);
      value = at ? t.format.duration(Math.max(0, now - Date.parse(at))) : t.board.noneWaiting;
    } else value = t.format.number(tiers.reduce((sum, tier) => sum + countOf(data, row, tier), 0));
    const target = { tier: tierOf(col), view: viewOf(row) } as const;
    const label = t.board.opens(rowName(row), where(col), value, queueName(t, target.view, target.tier));
    return <BoardFigure cell={`${r},${c}`} testId={`board-${row}-${col}`} label={label} value={value} target={target} onOpen={open} />;
  };
  const channelFigure = (ch: (typeof CHANNELS)[number], r: number, col: Tier | 'all', c: number) => {
    if (!data) return null;
    const tiers: readonly Tier[] = col === 'all' ? TIERS : [col];
    const value = t.format.number(tiers.reduce((sum, tier) => sum + data.counts[tier].channels[ch], 0));
    const target = { tier: tierOf(col), view: 'tier' } as const;
    const label = t.board.opens(`${t.board.channels}: ${t.channel[ch]}`, where(col), value, queueName(t, target.view, target.tier));
    return <BoardFigure cell={`${r},${c}`} testId={`board-channel-${ch}-${col}`} label={label} value={value} target={target} onOpen={open} />;
  };
  const head = (first: string) => (
    <thead>
      <tr>
        <th scope="col">{first}</th>
        {COLUMNS.map((col) => (
          <th scope="col" key={col}>
            {where(col)}
          </th>
        ))}
      </tr>
    </thead>
  );

  return (
    <section className="board" ref={root} aria-labelledby="board-title" data-testid="board" aria-busy={!data}>
      <header className="board-head">
        <h2 id="board-title">{t.board.title}</h2>
        <span className={live ? 'board-live' : 'board-as-of'} data-testid="board-as-of" data-live={live}>
          {live ? t.board.live : pulledAt ? t.board.asOf(pulledAt) : null}
        </span>
      </header>
      <table className="board-grid" onKeyDown={onGridKey}>
        <caption className="visually-hidden">{t.board.title}</caption>
        {head(t.board.figure)}
        <tbody>
          {ROWS.map((row, r) => (
            <tr key={row}>
              <th scope="row">{rowName(row)}</th>
              {COLUMNS.map((col, c) => (
                <td key={col}>{figure(row, r, col, c)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <table className="board-grid" onKeyDown={onGridKey}>
        <caption className="board-caption">{t.board.channels}</caption>
        {head(t.board.channel)}
        <tbody>
          {CHANNELS.map((ch, r) => (
            <tr key={ch}>
              <th scope="row">{t.channel[ch]}</th>
              {COLUMNS.map((col, c) => (
                <td key={col}>{channelFigure(ch, r, col, c)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <AutoAssignSwitches />
      <AgentsPanel />
    </section>
  );
}

// A supervisor's ticket pane when no ticket is open: the wallboard, or another supervisor screen chosen
// with its `g` key. Agents never get this mounted (console-shell checks the role).
import { Board } from '../board/board';
import { ComplaintList } from '../complaints/complaint-list';
import { KpiScreen } from '../kpi/kpi-screen';
import { useUiStore } from './ui-store';

export function SupervisorPane() {
  const pane = useUiStore((s) => s.supervisorPane);
  switch (pane) {
    case 'board':
      return <Board />;
    case 'complaints':
      return <ComplaintList />;
    case 'kpis':
      return <KpiScreen />;
  }
}

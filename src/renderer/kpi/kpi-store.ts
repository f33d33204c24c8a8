// The KPI screen's choices (period, grouping, the KPI whose trend is drawn) and its focus request.
import { create } from 'zustand';
import type { KpiKey } from './kpi-columns';
import type { PeriodKind } from './kpi-period';

export type KpiGroupBy = 'tier' | 'agent' | 'channel';

interface KpiState {
  period: PeriodKind;
  groupBy: KpiGroupBy;
  trend: KpiKey;
  focusWanted: boolean;
  setPeriod(p: PeriodKind): void;
  setGroupBy(g: KpiGroupBy): void;
  setTrend(k: KpiKey): void;
  focusScreen(): void;
  focused(): void;
}

export const useKpiStore = create<KpiState>()((set) => ({
  period: 'week',
  groupBy: 'tier',
  trend: 'fcrPct',
  focusWanted: false,
  setPeriod: (period) => set({ period }),
  setGroupBy: (groupBy) => set({ groupBy }),
  setTrend: (trend) => set({ trend }),
  focusScreen: () => set({ focusWanted: true }),
  focused: () => set({ focusWanted: false }),
}));

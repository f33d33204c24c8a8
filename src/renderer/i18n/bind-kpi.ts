// The KPI screen's words in the Strings shape (kpi/), and its figures in the console's locale: percentages
// with up to two decimals, durations, NPS with its sign, "not measured" for null.
import { KPI_COLUMNS, type KpiKey, type KpiKind } from '../kpi/kpi-columns';
import type { Messages } from './messages';

export function bindKpi(m: Messages, intl: string) {
  const f = m.format.bind(m);
  const s = m.text.bind(m);
  const pct = new Intl.NumberFormat(intl, { style: 'percent', maximumFractionDigits: 2 });
  const signed = new Intl.NumberFormat(intl, { maximumFractionDigits: 2, signDisplay: 'exceptZero' });
  const day = new Intl.DateTimeFormat(intl, { month: 'short', day: 'numeric' });
  const time = new Intl.DateTimeFormat(intl, { dateStyle: 'short', timeStyle: 'short' });
  // Read when bound, like every word (the catalogue test sees which keys are read).
  const col = Object.fromEntries(['group' as const, ...KPI_COLUMNS.map((c) => c.key)].map((k) => [k, s(`kpi.col.${k}`)])) as Record<KpiKey | 'group', string>;
  return {
    kpi: {
      title: s('kpi.title'),
      forSupervisors: s('kpi.forSupervisors'),
      period: { label: s('kpi.period.label'), today: s('kpi.period.today'), week: s('kpi.period.week'), month: s('kpi.period.month') },
      group: {
        label: s('kpi.group.label'),
        tier: s('kpi.group.tier'),
        agent: s('kpi.group.agent'),
        channel: s('kpi.group.channel'),
        unassigned: s('kpi.group.unassigned'),
        unknownAgent: s('kpi.group.unknownAgent'),
      },
      export: s('kpi.export'),
      exported: (file: string) => f('kpi.exported', { file }),
      loading: s('kpi.loading'),
      error: { offline: s('kpi.error.offline'), forbidden: s('kpi.error.forbidden'), other: (why: string) => f('kpi.error.other', { why }) },
      retry: s('kpi.retry'),
      notMeasured: s('kpi.notMeasured'),
      empty: s('kpi.empty'),
      asOf: (iso: string) => f('kpi.asOf', { time: time.format(new Date(iso)) }),
      keys: s('kpi.keys'),
      col,
      complaints: (count: number, open: number) => f('kpi.complaints', { count, open }),
      /** A figure of that kind as this locale writes it (seconds as a duration). */
      figure: (kind: KpiKind, v: number | null, duration: (ms: number) => string) => {
        if (v === null) return s('kpi.notMeasured');
        if (kind === 'pct') return pct.format(v / 100);
        if (kind === 'seconds') return duration(v * 1000);
        if (kind === 'nps') return signed.format(v);
        return new Intl.NumberFormat(intl).format(v);
      },
      day: (iso: string) => day.format(new Date(iso)),
      trend: {
        label: s('kpi.trend.label'),
        title: (kpi: string) => f('kpi.trend.title', { kpi }),
        numbers: s('kpi.trend.numbers'),
        day: s('kpi.trend.day'),
        some: (shown: number, all: number) => f('kpi.trend.some', { shown, all }),
        noChart: s('kpi.trend.noChart'),
      },
    },
  };
}

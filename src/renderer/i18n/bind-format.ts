// Numbers, dates, times and durations through Intl in the console's locale (not the OS's, not a fixed 'en').
const UNITS = [
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
  ['second', 1000],
] as const;

export function bindFormat(intlLocale: string) {
  const number = new Intl.NumberFormat(intlLocale);
  const dateTime = new Intl.DateTimeFormat(intlLocale, { dateStyle: 'short', timeStyle: 'short' });
  const relative = new Intl.RelativeTimeFormat(intlLocale, { numeric: 'auto', style: 'short' });
  const unit = (u: (typeof UNITS)[number][0], pad: boolean) =>
    new Intl.NumberFormat(intlLocale, { style: 'unit', unit: u, unitDisplay: 'narrow', minimumIntegerDigits: pad ? 2 : 1 });
  const units = UNITS.map(([u, ms]) => ({ ms, first: unit(u, false), second: unit(u, u !== 'hour') }));
  return {
    format: {
      number: (n: number) => number.format(n),
      /** A UTC instant as local wall-clock date and time, e.g. "2026. 12. 01. 18:22" in Hungarian. */
      dateTime: (iso: string) => dateTime.format(new Date(iso)),
      /** A glanceable duration for dense rows: its two largest units ("2h 05m", "3d 4h"). */
      duration: (ms: number) => {
        const abs = Math.abs(ms);
        const found = units.findIndex((u) => abs >= u.ms);
        const i = found < 0 ? units.length - 1 : found;
        const big = units[i]!;
        const next = units[i + 1];
        const whole = Math.floor(abs / big.ms);
        if (!next) return big.first.format(whole);
        return `${big.first.format(whole)} ${next.second.format(Math.floor((abs % big.ms) / next.ms))}`;
      },
      /** From now to an instant, e.g. "in 5 min" / "3 hr. ago" — in the largest unit that fits. */
      relative: (ms: number) => {
        const u = UNITS.find(([, size]) => Math.abs(ms) >= size) ?? UNITS[UNITS.length - 1]!;
        return relative.format(Math.trunc(ms / u[1]), u[0]);
      },
    },
  };
}

// Settings → Notifications: per event on/off and sound, the SLA warning threshold, what a break or away
// lets through, sound while busy, and hiding message text on shared screens. Each change is kept at once.
import { NOTIFY_KINDS, QuietMode, SLA_WARNING_MINUTES, type NotifySettings } from '../../shared/notify';
import { useStrings } from '../i18n';
import { MinutesField } from './minutes-field';
import { useNotifySettingsStore } from './notify-settings-store';
import { PermissionRow } from './permission-row';

export function NotifySection({ say }: { say(text: string): void }) {
  const t = useStrings();
  const n = t.notifySettings;
  const settings = useNotifySettingsStore((s) => s.settings);
  const update = (change: (s: NotifySettings) => NotifySettings) => {
    const ok = useNotifySettingsStore.getState().update(change);
    if (ok) say(n.saved);
    return ok;
  };
  const quietSelect = (which: 'break' | 'away', label: string) => (
    <label className="check-row">
      {label}
      <select
        data-testid={`quiet-${which}`}
        value={settings.quiet[which]}
        onChange={(e) => {
          const mode = QuietMode.safeParse(e.target.value);
          if (mode.success) update((s) => ({ ...s, quiet: { ...s.quiet, [which]: mode.data } }));
        }}
      >
        {QuietMode.options.map((m) => (
          <option key={m} value={m}>
            {n.quiet[m]}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <section className="settings-section" aria-labelledby="settings-notify">
      <h3 id="settings-notify">{n.title}</h3>
      <PermissionRow />
      <table className="keys-table settings-notify">
        <thead>
          <tr>
            <th scope="col">{n.event}</th>
            <th scope="col">{n.on}</th>
            <th scope="col">{n.sound}</th>
          </tr>
        </thead>
        <tbody>
          {NOTIFY_KINDS.map((kind) => {
            const ev = settings.events[kind];
            const set = (field: 'on' | 'sound', v: boolean) => update((s) => ({ ...s, events: { ...s.events, [kind]: { ...s.events[kind], [field]: v } } }));
            return (
              <tr key={kind} data-kind={kind}>
                <th scope="row">{n.kind[kind]}</th>
                <td>
                  <input type="checkbox" data-testid={`notify-on-${kind}`} aria-label={n.onFor(n.kind[kind])} checked={ev.on} onChange={(e) => set('on', e.target.checked)} />
                </td>
                <td>
                  <input
                    type="checkbox"
                    data-testid={`notify-sound-${kind}`}
                    aria-label={n.soundFor(n.kind[kind])}
                    checked={ev.sound}
                    disabled={!ev.on}
                    onChange={(e) => set('sound', e.target.checked)}
                  />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <MinutesField
        label={n.warningMinutes}
        value={settings.slaWarningMinutes}
        min={SLA_WARNING_MINUTES.min}
        max={SLA_WARNING_MINUTES.max}
        testId="sla-warning-minutes"
        boundsText={n.minutesBounds(SLA_WARNING_MINUTES.min, SLA_WARNING_MINUTES.max)}
        onValid={(m) => m === settings.slaWarningMinutes || update((s) => ({ ...s, slaWarningMinutes: m }))}
      />
      {quietSelect('break', n.quietBreak)}
      {quietSelect('away', n.quietAway)}
      <label className="check-row">
        <input type="checkbox" data-testid="busy-sound" checked={settings.busySound} onChange={(e) => update((s) => ({ ...s, busySound: e.target.checked }))} />
        {n.busySound}
      </label>
      <label className="check-row">
        <input type="checkbox" data-testid="hide-text" checked={settings.hideMessageText} onChange={(e) => update((s) => ({ ...s, hideMessageText: e.target.checked }))} />
        {n.hideText}
      </label>
    </section>
  );
}

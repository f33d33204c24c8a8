// Settings → Presence: whether the console sets the agent Away when idle, and after how many minutes.
import { useIdleSettingsStore, IDLE_MINUTES } from '../presence/presence-store';
import { useStrings } from '../i18n';
import { MinutesField } from './minutes-field';

export function PresenceSection({ say }: { say(text: string): void }) {
  const t = useStrings();
  const idle = useIdleSettingsStore((s) => s.idle);
  const p = t.presence.settings;
  return (
    <section className="settings-section" aria-labelledby="settings-presence">
      <h3 id="settings-presence">{p.title}</h3>
      <label className="check-row">
        <input
          type="checkbox"
          data-testid="idle-away"
          checked={idle.on}
          onChange={(e) => {
            useIdleSettingsStore.getState().set({ on: e.target.checked });
            say(e.target.checked ? p.idleSaved(idle.minutes) : p.idleOffSaved);
          }}
        />
        {p.idleAway}
      </label>
      <MinutesField
        label={p.idleMinutes}
        value={idle.minutes}
        min={IDLE_MINUTES.min}
        max={IDLE_MINUTES.max}
        disabled={!idle.on}
        testId="idle-minutes"
        boundsText={p.idleBounds(IDLE_MINUTES.min, IDLE_MINUTES.max)}
        onValid={(n) => {
          const ok = useIdleSettingsStore.getState().set({ minutes: n });
          if (ok && n !== idle.minutes) say(p.idleSaved(n));
          return ok;
        }}
      />
      <p className="muted">{p.idleHint}</p>
    </section>
  );
}

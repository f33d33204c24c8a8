// The agent's presence in the top bar: always shown (a dot and the word), changed from the keyboard (Tab to
// it, arrows; or `b` anywhere for the menu). The dot is decoration: the state is in words.
import type { Presence } from '../../shared/domain';
import { useConsole } from '../app/console-context';
import { useStrings } from '../i18n';
import { OptionMenu } from '../ui/option-menu';
import { CHOSEN_PRESENCES, setMyPresence, useMyPresence } from './use-presence';
import { useIdleAwayStore } from './use-idle-away';

const isChosen = (v: string): v is (typeof CHOSEN_PRESENCES)[number] => (CHOSEN_PRESENCES as readonly string[]).includes(v);

export function PresencePicker() {
  const t = useStrings();
  const { replica } = useConsole();
  const presence = useMyPresence(replica);
  if (!presence) return null;
  return (
    <label className="presence-picker" data-presence={presence}>
      <span className={`presence-dot presence-${presence}`} aria-hidden="true" />
      <span className="visually-hidden">{t.presence.label}</span>
      <select
        data-testid="presence-picker"
        value={presence}
        onChange={(e) => {
          if (!isChosen(e.target.value)) return;
          useIdleAwayStore.getState().chosen();
          void setMyPresence(replica, e.target.value);
        }}
      >
        {presence === 'offline' ? <option value="offline">{t.presence.state.offline}</option> : null}
        {CHOSEN_PRESENCES.map((p) => (
          <option key={p} value={p}>
            {t.presence.state[p]}
          </option>
        ))}
      </select>
    </label>
  );
}

/** `b`: the four presences, a number key each. */
export function PresenceMenu({ onClose }: { onClose(): void }) {
  const t = useStrings();
  const { replica } = useConsole();
  const presence = useMyPresence(replica);
  return (
    <OptionMenu<Presence>
      title={t.presence.menuTitle}
      hint={t.menus.hint}
      testId="presence-menu"
      current={presence ?? 'available'}
      options={CHOSEN_PRESENCES.map((p) => ({ value: p, label: t.presence.state[p] }))}
      onClose={onClose}
      onChoose={(p) => {
        onClose();
        useIdleAwayStore.getState().chosen();
        if (p !== presence) void setMyPresence(replica, p);
      }}
    />
  );
}

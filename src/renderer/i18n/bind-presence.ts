// The presence words in the Strings shape: the states, the picker and menu, automatic away and its settings.
import type { Presence } from '../../shared/domain';
import type { Messages } from './messages';

export function bindPresence(m: Messages) {
  const f = m.format.bind(m);
  const s = m.text.bind(m);
  return {
    presence: {
      label: s('presence.label'),
      state: {
        available: s('presence.state.available'),
        busy: s('presence.state.busy'),
        break: s('presence.state.break'),
        away: s('presence.state.away'),
        offline: s('presence.state.offline'),
      } satisfies Record<Presence, string>,
      menuTitle: s('presence.menuTitle'),
      set: (state: string) => f('presence.set', { state }),
      setNotSent: (state: string) => f('presence.setNotSent', { state }),
      autoAway: (n: number) => f('presence.autoAway', { n }),
      back: (state: string) => f('presence.back', { state }),
      ofAgent: (name: string, state: string) => f('presence.ofAgent', { name, state }),
      settings: {
        title: s('settings.presence'),
        idleAway: s('settings.idleAway'),
        idleMinutes: s('settings.idleMinutes'),
        idleHint: s('settings.idleHint'),
        idleSaved: (n: number) => f('settings.idleSaved', { n }),
        idleOffSaved: s('settings.idleOffSaved'),
        idleBounds: (min: number, max: number) => f('settings.idleBounds', { min, max }),
      },
    },
  };
}

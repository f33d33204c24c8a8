// English words for the agent's presence: the top bar picker, the `b` menu, automatic away, and its settings.
export const enPresence = {
  'presence.label': 'Your presence',
  'presence.state.available': 'Available',
  'presence.state.busy': 'Busy',
  'presence.state.break': 'On a break',
  'presence.state.away': 'Away',
  'presence.state.offline': 'Offline',
  'presence.menuTitle': 'Set your presence',
  'presence.set': 'You are now: {state}.',
  'presence.setNotSent': 'You are now: {state}. Saved on this workstation; colleagues see it once it is sent.',
  'presence.autoAway': '{n, plural, one {No input for # minute} other {No input for # minutes}}: you are set to Away.',
  'presence.back': 'Welcome back: you are {state} again.',
  'presence.ofAgent': '{name} ({state})',

  'actions.presence.choose': 'Set my presence',
  'actions.presence.available': 'Presence: available',
  'actions.presence.busy': 'Presence: busy',
  'actions.presence.break': 'Presence: on a break',
  'actions.presence.away': 'Presence: away',

  'settings.presence': 'Presence',
  'settings.idleAway': 'Set me Away when I am idle',
  'settings.idleMinutes': 'Minutes without input',
  'settings.idleHint': 'Your presence comes back when you return. A break is never changed.',
  'settings.idleSaved': 'Away after {n, plural, one {# minute} other {# minutes}} without input.',
  'settings.idleOffSaved': 'Your presence is never changed on its own.',
  'settings.idleBounds': 'Enter a number of minutes from {min, number} to {max, number}.',
};

// The move to ICU messages must not change a word of the English a consumer shows: every text and every
// function (called with several argument sets) is compared with the strings as they were before.
import { describe, expect, it } from 'vitest';
import { en } from './en';
import { enBeforeIcu } from './test-support/en-before-icu';

/** Every text a Strings-shaped tree produces, by path. */
function texts(node: unknown, argSets: unknown[][], path = ''): [string, unknown][] {
  if (typeof node === 'function') return argSets.map((args, i) => [`${path}#${i}`, (node as (...a: unknown[]) => unknown)(...args)]);
  if (node && typeof node === 'object') return Object.entries(node).flatMap(([k, v]) => texts(v, argSets, path ? `${path}.${k}` : k));
  return [[path, node]];
}

// Numbers fit every parameter (strings print them as they are); 0 takes the 'no initials / no total' side.
const ARGS = [
  [1, 3],
  [2, 0],
  [21, 120],
  [11, 999],
];

describe('English after the move to ICU messages', () => {
  it('shows exactly the English it showed before', () => {
    const { format: _added, language: _alsoAdded, reason: _reasonsToo, settings: _settings, templates: _templates, presence: _presence, notifySettings: _notifySettings, board: _board, ...rest } = en;
    // Announcements and actions added since (new work in a tier, settings, templates) are not in the English from before.
    const { arrived: _newWork, ...announce } = rest.announce;
    const { 'settings.open': _s, 'composer.template': _c, 'presence.choose': _p1, 'presence.available': _p2, 'presence.busy': _p3, 'presence.break': _p4, 'presence.away': _p5, 'go.board': _b, ...actions } =
      rest.actions;
    // The placeholders name the agent's own key now (settings can move it): they take it as a parameter.
    const { filterPlaceholder: _f, ...queue } = rest.queue;
    const { replyPlaceholder: _r, notePlaceholder: _n, ...composer } = rest.composer;
    const now = { ...rest, announce, actions, queue, composer };
    const { filterPlaceholder: _bf, ...queueBefore } = enBeforeIcu.queue;
    const { replyPlaceholder: _br, notePlaceholder: _bn, ...composerBefore } = enBeforeIcu.composer;
    const before = { ...enBeforeIcu, queue: queueBefore, composer: composerBefore };
    expect(Object.fromEntries(texts(now, ARGS))).toEqual(Object.fromEntries(texts(before, ARGS)));
  });

  it('says the same placeholders with the default keys', () => {
    expect(en.queue.filterPlaceholder('/')).toBe(enBeforeIcu.queue.filterPlaceholder);
    expect(en.composer.replyPlaceholder('Ctrl+Enter')).toBe(enBeforeIcu.composer.replyPlaceholder);
    expect(en.composer.notePlaceholder('Ctrl+Enter')).toBe(enBeforeIcu.composer.notePlaceholder);
  });

  it('groups large counts now, where it printed 1200 before', () => {
    expect(en.signOut.pending(1200)).toBe('1,200 changes have not reached the server yet.');
    expect(en.sync.initialLoad(1200, 4800)).toBe(enBeforeIcu.sync.initialLoad(1200, 4800));
  });
});

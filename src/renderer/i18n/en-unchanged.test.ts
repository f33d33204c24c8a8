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
    // Only what existed before is compared: screens, actions and announcements added since are new words, not changed
    // ones (a key the old English had and the new one lacks still fails, as does any changed text).
    const { filterPlaceholder: _f, ...queue } = en.queue;
    const { replyPlaceholder: _r, notePlaceholder: _n, ...composer } = en.composer;
    // The placeholders name the agent's own key now (settings can move it): they take it as a parameter.
    const now = { ...en, queue, composer };
    const { filterPlaceholder: _bf, ...queueBefore } = enBeforeIcu.queue;
    const { replyPlaceholder: _br, notePlaceholder: _bn, ...composerBefore } = enBeforeIcu.composer;
    const before = { ...enBeforeIcu, queue: queueBefore, composer: composerBefore };
    const oldPaths = new Set(texts(before, ARGS).map(([path]) => path));
    const kept = texts(now, ARGS).filter(([path]) => oldPaths.has(path));
    expect(Object.fromEntries(kept)).toEqual(Object.fromEntries(texts(before, ARGS)));
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

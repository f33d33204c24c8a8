import { describe, expect, it } from 'vitest';
import { DEFAULT_KEYMAP } from './keymap';
import { applyOverrides, keymapConflicts, readOverrides, remapRefusal } from './keymap-remap';

describe('remapping a key', () => {
  it('accepts a free key and puts it in place of the default', () => {
    expect(remapRefusal(DEFAULT_KEYMAP, 'queue.filter', 'f')).toBeNull();
    const km = applyOverrides({ 'queue.filter': ['f'] });
    expect(km.find((b) => b.action === 'queue.filter')?.keys).toEqual(['f']);
    // Everything else keeps its default, in the same order.
    expect(km.map((b) => b.action)).toEqual(DEFAULT_KEYMAP.map((b) => b.action));
    expect(km.find((b) => b.action === 'queue.next')?.keys).toEqual(['j']);
  });

  it("refuses another action's key, and names that action", () => {
    expect(remapRefusal(DEFAULT_KEYMAP, 'queue.filter', 'j')).toEqual({ code: 'key_in_use', action: 'queue.next', keys: 'j' });
  });

  it('refuses a key that starts or continues a sequence of another action', () => {
    // "g" is the start of g m / g u / g t / g e: bound alone it would swallow them.
    expect(remapRefusal(DEFAULT_KEYMAP, 'help.open', 'g')).toMatchObject({ code: 'key_in_use', action: 'go.mine', keys: 'g m' });
    // "j x" would never be reached: "j" fires first.
    expect(remapRefusal(DEFAULT_KEYMAP, 'help.open', 'j x')).toMatchObject({ code: 'key_in_use', action: 'queue.next' });
  });

  it('lets an action take back its own default key', () => {
    const km = applyOverrides({ 'help.open': ['F1'] });
    expect(remapRefusal(km, 'help.open', '?')).toBeNull();
  });

  it('needs Ctrl/⌘ (or Escape) for an action that works while typing', () => {
    expect(remapRefusal(DEFAULT_KEYMAP, 'palette.open', 'q')).toEqual({ code: 'key_needs_modifier' });
    expect(remapRefusal(DEFAULT_KEYMAP, 'palette.open', 'Mod+p')).toBeNull();
    expect(remapRefusal(DEFAULT_KEYMAP, 'composer.send', 'Mod+s')).toBeNull();
  });

  it('never takes Tab or Space, and refuses nonsense', () => {
    expect(remapRefusal(DEFAULT_KEYMAP, 'queue.next', 'Tab')).toEqual({ code: 'key_reserved' });
    expect(remapRefusal(DEFAULT_KEYMAP, 'queue.next', ' ')).toEqual({ code: 'key_invalid' });
    expect(remapRefusal(DEFAULT_KEYMAP, 'queue.next', '')).toEqual({ code: 'key_invalid' });
    expect(remapRefusal(DEFAULT_KEYMAP, 'queue.next', 'a b c')).toEqual({ code: 'key_invalid' });
    expect(remapRefusal(DEFAULT_KEYMAP, 'queue.next', 'x'.repeat(40))).toEqual({ code: 'key_invalid' });
  });
});

describe('the whole key map', () => {
  it('has no collisions by default', () => {
    expect(keymapConflicts(DEFAULT_KEYMAP)).toEqual([]);
  });

  it('finds a collision made by hand', () => {
    expect(keymapConflicts(applyOverrides({ 'queue.filter': ['j'] }))).toEqual([{ a: 'queue.next', b: 'queue.filter', keys: 'j' }]);
  });
});

describe('overrides read back from storage', () => {
  it('keeps the valid entries and drops unknown actions and bad shapes', () => {
    expect(readOverrides({ 'queue.filter': ['f'], 'no.such': ['x'], 'help.open': 'F1', 'palette.open': ['q'], back: ['Tab'] })).toEqual({ 'queue.filter': ['f'] });
  });

  it('drops the whole set when two actions would share a key', () => {
    expect(readOverrides({ 'queue.filter': ['f'], 'help.open': ['f'] })).toBeNull();
    expect(readOverrides({ 'queue.filter': ['j'] })).toBeNull();
  });

  it('reads garbage as nothing', () => {
    for (const raw of [null, 'x', 3, ['j']]) expect(readOverrides(raw)).toBeNull();
  });
});

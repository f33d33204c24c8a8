import { describe, expect, it } from 'vitest';
import { ACTION_IDS, DEFAULT_KEYMAP, formatKeys } from '../../shared/keymap';
import { createKeyDispatcher, isActivatingKeyOnControl, isTypingTarget, SEQUENCE_TIMEOUT_MS, strokeOf, type KeyStroke } from './dispatcher';

const key = (k: string, mods: Partial<KeyStroke> = {}): KeyStroke => ({ key: k, ctrlKey: false, metaKey: false, altKey: false, ...mods });

function setup() {
  let now = 1000;
  const d = createKeyDispatcher(DEFAULT_KEYMAP, () => now);
  return { d, step: (ms: number) => (now += ms) };
}

describe('key dispatcher', () => {
  it('maps the single keys of the brief to their actions', () => {
    const { d } = setup();
    const expected: Record<string, string> = {
      j: 'queue.next', k: 'queue.previous', Enter: 'ticket.open', Escape: 'back', r: 'ticket.reply', n: 'ticket.note',
      a: 'ticket.take', s: 'ticket.status', p: 'ticket.priority', e: 'ticket.escalate', '/': 'queue.filter', '?': 'help.open',
    };
    for (const [k, action] of Object.entries(expected)) expect(d.handle(key(k), { typing: false }), k).toBe(action);
  });

  it('ignores single-key shortcuts while typing, but not modifier chords or Escape', () => {
    const { d } = setup();
    for (const k of ['j', 'k', 'r', 'a', 's', 'e', 'g', '/', '?', 'Enter']) expect(d.handle(key(k), { typing: true }), k).toBeNull();
    expect(d.handle(key('k', { ctrlKey: true }), { typing: true })).toBe('palette.open');
    expect(d.handle(key('K', { metaKey: true }), { typing: true })).toBe('palette.open');
    expect(d.handle(key('Enter', { metaKey: true }), { typing: true })).toBe('composer.send');
    expect(d.handle(key('Escape'), { typing: true })).toBe('back');
  });

  it('reads g then m/u/t as go-to sequences', () => {
    const { d } = setup();
    expect(d.handle(key('g'), { typing: false })).toBe('pending');
    expect(d.handle(key('m'), { typing: false })).toBe('go.mine');
    expect(d.handle(key('g'), { typing: false })).toBe('pending');
    expect(d.handle(key('u'), { typing: false })).toBe('go.unassigned');
    expect(d.handle(key('g'), { typing: false })).toBe('pending');
    expect(d.handle(key('t'), { typing: false })).toBe('go.tier');
    // "m" alone is nothing; "t" alone is nothing.
    expect(d.handle(key('m'), { typing: false })).toBeNull();
  });

  it('drops a sequence after the timeout and reads an unknown continuation on its own', () => {
    const { d, step } = setup();
    d.handle(key('g'), { typing: false });
    step(SEQUENCE_TIMEOUT_MS + 1);
    expect(d.handle(key('m'), { typing: false })).toBeNull();
    d.handle(key('g'), { typing: false });
    expect(d.handle(key('j'), { typing: false })).toBe('queue.next');
    d.handle(key('g'), { typing: false });
    expect(d.handle(key('m'), { typing: true })).toBeNull();
  });

  it('normalizes strokes and skips bare modifiers', () => {
    expect(strokeOf(key('Shift'))).toBeNull();
    expect(strokeOf(key('K', { ctrlKey: true }))).toBe('Mod+k');
    expect(strokeOf(key('?'))).toBe('?');
  });

  it('knows what counts as typing', () => {
    const el = (tag: string, attrs: Record<string, string> = {}) => {
      const e = document.createElement(tag);
      for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
      return e;
    };
    expect(isTypingTarget(el('input'))).toBe(true);
    expect(isTypingTarget(el('input', { type: 'search' }))).toBe(true);
    expect(isTypingTarget(el('input', { type: 'checkbox' }))).toBe(false);
    expect(isTypingTarget(el('textarea'))).toBe(true);
    expect(isTypingTarget(el('select'))).toBe(true);
    expect(isTypingTarget(el('div', { contenteditable: 'true' }))).toBe(true);
    expect(isTypingTarget(el('div'))).toBe(false);
    expect(isActivatingKeyOnControl(key('Enter'), el('button'))).toBe(true);
    expect(isActivatingKeyOnControl(key('Enter'), el('div'))).toBe(false);
  });

  it('binds every action exactly once and formats keys for people', () => {
    expect(DEFAULT_KEYMAP.map((b) => b.action).sort()).toEqual([...ACTION_IDS].sort());
    expect(formatKeys('Mod+k', false)).toBe('Ctrl+k');
    expect(formatKeys('Mod+Enter', true)).toBe('⌘+Enter');
    expect(formatKeys('g m', false)).toBe('g then m');
  });
});

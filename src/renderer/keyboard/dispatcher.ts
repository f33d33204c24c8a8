// One key dispatcher for the whole console: turns keydown events into action ids using the key map
// (src/shared/keymap.ts). Pure apart from the clock it is given, so it is tested without a DOM.
import type { ActionId, KeyBinding } from '../../shared/keymap';

export interface KeyStroke {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
}

/** How long the second key of a sequence ("g" then "m") may wait. */
export const SEQUENCE_TIMEOUT_MS = 1500;

/** Normalizes a stroke to the key map's notation: "Mod+k", "Enter", "?", "j". */
export function strokeOf(e: KeyStroke): string | null {
  if (e.key === 'Control' || e.key === 'Meta' || e.key === 'Shift' || e.key === 'Alt') return null;
  const mod = e.ctrlKey || e.metaKey;
  const key = mod && e.key.length === 1 ? e.key.toLowerCase() : e.key;
  return `${mod ? 'Mod+' : ''}${e.altKey ? 'Alt+' : ''}${key}`;
}

export interface DispatchContext {
  /** The focus is in a text field: single-key shortcuts must not fire. */
  typing: boolean;
}

export interface KeyDispatcher {
  /** The action the stroke completes, 'pending' when it starts a sequence, or null. */
  handle(e: KeyStroke, ctx: DispatchContext): ActionId | 'pending' | null;
  reset(): void;
}

export function createKeyDispatcher(
  keymap: readonly KeyBinding[],
  now: () => number = () => Date.now(),
): KeyDispatcher {
  let pending: { strokes: string[]; at: number } | null = null;

  const lookup = (strokes: string[], typing: boolean): ActionId | 'pending' | null => {
    const seq = strokes.join(' ');
    let prefix = false;
    for (const b of keymap) {
      if (typing && !b.whileTyping) continue;
      for (const k of b.keys) {
        if (k === seq) return b.action;
        if (k.startsWith(`${seq} `)) prefix = true;
      }
    }
    return prefix ? 'pending' : null;
  };

  return {
    handle(e, ctx) {
      const stroke = strokeOf(e);
      if (stroke === null) return null;
      const t = now();
      if (pending && t - pending.at <= SEQUENCE_TIMEOUT_MS && !ctx.typing) {
        const hit = lookup([...pending.strokes, stroke], false);
        if (hit === 'pending') {
          pending = { strokes: [...pending.strokes, stroke], at: t };
          return 'pending';
        }
        pending = null;
        if (hit) return hit;
        // An unknown continuation cancels the sequence; the stroke is then read on its own.
      }
      pending = null;
      const hit = lookup([stroke], ctx.typing);
      if (hit === 'pending') pending = { strokes: [stroke], at: t };
      return hit;
    },
    reset() {
      pending = null;
    },
  };
}

interface TargetLike {
  tagName?: string;
  isContentEditable?: boolean;
  getAttribute?(name: string): string | null;
}

const NON_TEXT_INPUTS = new Set(['button', 'checkbox', 'radio', 'submit', 'reset', 'range', 'color', 'file']);

/** Is the agent typing into this element (so single keys are text, not commands)? */
export function isTypingTarget(target: EventTarget | null): boolean {
  const el = target as TargetLike | null;
  if (!el || typeof el.tagName !== 'string') return false;
  const tag = el.tagName.toLowerCase();
  if (tag === 'textarea' || tag === 'select') return true;
  if (tag === 'input') {
    const type = (el.getAttribute?.('type') ?? 'text').toLowerCase();
    return !NON_TEXT_INPUTS.has(type);
  }
  if (el.isContentEditable) return true;
  const ce = el.getAttribute?.('contenteditable');
  return ce === '' || ce === 'true' || ce === 'plaintext-only';
}

/** Enter and Space on a button or link belong to that control, not to the key map. */
export function isActivatingKeyOnControl(e: KeyStroke, target: EventTarget | null): boolean {
  if (e.ctrlKey || e.metaKey) return false;
  if (e.key !== 'Enter' && e.key !== ' ') return false;
  const el = target as TargetLike | null;
  const tag = el?.tagName?.toLowerCase();
  const role = el?.getAttribute?.('role');
  return tag === 'button' || tag === 'a' || tag === 'summary' || role === 'button' || role === 'menuitem' || role === 'option';
}

// The agent's own keys: overrides over the default key map, and the rules a new key must pass before it
// is kept. Pure, so the settings screen and the stored overrides are checked by the same function.
// A refusal is a code (the renderer words it), never a sentence.
import { ACTION_IDS, DEFAULT_KEYMAP, type ActionId, type KeyBinding } from './keymap';

/** Per action, the sequences that replace its default ones. */
export type KeyOverrides = Partial<Record<ActionId, readonly string[]>>;

export type RemapRefusal =
  /** The sequence is already another action's, or starts/continues one of its sequences ("g" vs "g m"). */
  | { code: 'key_in_use'; action: ActionId; keys: string }
  /** The action also works while typing, so a bare key would be typed into fields: it needs Ctrl/⌘. */
  | { code: 'key_needs_modifier' }
  /** Tab and Space move and press in every screen (and Tab leaves the key field): never a shortcut. */
  | { code: 'key_reserved' }
  | { code: 'key_invalid' };

const MAX_STROKES = 2;
const MAX_STROKE_LENGTH = 24;
const RESERVED = new Set(['Tab', ' ', 'Shift+Tab']);

export function applyOverrides(overrides: KeyOverrides, base: readonly KeyBinding[] = DEFAULT_KEYMAP): KeyBinding[] {
  return base.map((b) => {
    const keys = overrides[b.action];
    return keys ? { ...b, keys: [...keys] } : b;
  });
}

const strokes = (sequence: string) => sequence.split(' ');
const hasModifier = (stroke: string) => stroke.startsWith('Mod+') || stroke.startsWith('Alt+');

/** Do two sequences collide in the dispatcher: equal, or one the start of the other? */
function collide(a: string, b: string): boolean {
  return a === b || a.startsWith(`${b} `) || b.startsWith(`${a} `);
}

/** Why `sequence` may not become `action`'s key in `keymap`, or null when it may. */
export function remapRefusal(keymap: readonly KeyBinding[], action: ActionId, sequence: string): RemapRefusal | null {
  const parts = strokes(sequence);
  if (!sequence || parts.length > MAX_STROKES || parts.some((p) => p.length === 0 || p.length > MAX_STROKE_LENGTH)) return { code: 'key_invalid' };
  if (parts.some((p) => RESERVED.has(p))) return { code: 'key_reserved' };
  const binding = keymap.find((b) => b.action === action);
  if (!binding) return { code: 'key_invalid' };
  // Escape is the one bare key that is read while typing: it leaves the field.
  if (binding.whileTyping && !(parts.length === 1 && (hasModifier(parts[0]!) || parts[0] === 'Escape'))) return { code: 'key_needs_modifier' };
  for (const other of keymap) {
    if (other.action === action) continue;
    const hit = other.keys.find((k) => collide(k, sequence));
    if (hit !== undefined) return { code: 'key_in_use', action: other.action, keys: hit };
  }
  return null;
}

/** Every collision in a whole key map (a stored set of overrides is checked with it before use). */
export function keymapConflicts(keymap: readonly KeyBinding[]): Array<{ a: ActionId; b: ActionId; keys: string }> {
  const out: Array<{ a: ActionId; b: ActionId; keys: string }> = [];
  keymap.forEach((x, i) => {
    for (const y of keymap.slice(i + 1))
      for (const k of x.keys) for (const l of y.keys) if (collide(k, l)) out.push({ a: x.action, b: y.action, keys: k });
  });
  return out;
}

/**
 * Overrides read back from storage (anything: an older build's, a hand-edited one): the valid entries
 * for actions this build knows, or null when the whole set would make two actions share a key.
 */
export function readOverrides(raw: unknown): KeyOverrides | null {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return null;
  const out: KeyOverrides = {};
  for (const [action, keys] of Object.entries(raw as Record<string, unknown>)) {
    if (!(ACTION_IDS as readonly string[]).includes(action)) continue;
    if (!Array.isArray(keys) || keys.length !== 1 || typeof keys[0] !== 'string') continue;
    const id = action as ActionId;
    // Its shape alone (length, reserved keys, the modifier rule); collisions are judged on the whole set.
    const alone = DEFAULT_KEYMAP.filter((b) => b.action === id);
    if (remapRefusal(alone, id, keys[0]) === null) out[id] = [keys[0]];
  }
  return keymapConflicts(applyOverrides(out)).length === 0 ? out : null;
}

import { describe, expect, it } from 'vitest';
import { en } from './en';

/** Every text the catalogue can produce: plain strings, and functions called with sample arguments. */
function texts(node: unknown): string[] {
  if (typeof node === 'string') return [node];
  if (typeof node === 'function') return texts((node as (...a: unknown[]) => unknown)(2, 3));
  if (Array.isArray(node)) return node.flatMap(texts);
  if (node && typeof node === 'object') return Object.values(node).flatMap(texts);
  return [];
}

describe('english catalogue', () => {
  it('says "hand back" for returning a ticket and "handoff summary" for the summary, never "handback"', () => {
    const all = texts(en);
    expect(all.filter((s) => /handback|hand-off|hand off/i.test(s))).toEqual([]);
    expect(en.escalation.handBackSummary).toMatch(/^Handoff summary/);
  });
});

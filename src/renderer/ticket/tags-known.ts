// Tags this console has seen (on the tickets it showed, and the ones the agent added), offered while
// typing in the tag editor. The replica has no index on tags, and reading every ticket to collect them
// would cost a full scan (100k rows: over a second): this list costs nothing and learns as the agent works.
const MAX_KNOWN = 200;
const known = new Map<string, true>();

/** The most recently seen last; the oldest go past the bound. */
export function rememberTags(tags: readonly string[]): void {
  for (const tag of tags) {
    known.delete(tag);
    known.set(tag, true);
  }
  for (const oldest of known.keys()) {
    if (known.size <= MAX_KNOWN) break;
    known.delete(oldest);
  }
}

/** The known tags, most recently seen first. */
export function knownTags(): string[] {
  return [...known.keys()].reverse();
}

/** Forgets them all (sign-out: nothing of the last agent's work stays in the page). */
export function forgetTags(): void {
  known.clear();
}

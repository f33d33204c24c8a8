// The words of what the agent captures on a ticket (ticket/rating-*, ticket/tags-*) in the Strings shape.
import type { Messages } from './messages';

export function bindCapture(m: Messages, intl: string) {
  const f = m.format.bind(m);
  const s = m.text.bind(m);
  const when = new Intl.DateTimeFormat(intl, { dateStyle: 'medium' });
  return {
    tags: {
      field: s('tags.field'),
      none: s('tags.none'),
      title: s('tags.title'),
      add: s('tags.add'),
      hint: s('tags.hint'),
      current: s('tags.current'),
      remove: (tag: string) => f('tags.remove', { tag }),
      suggestions: s('tags.suggestions'),
      empty: s('tags.empty'),
      duplicate: (tag: string) => f('tags.duplicate', { tag }),
      full: (max: number) => f('tags.full', { max }),
      added: (tag: string) => f('tags.added', { tag }),
      removed: (tag: string) => f('tags.removed', { tag }),
      done: s('tags.done'),
      /** The field's button: its visible word (the action's full name is its accessible name). */
      edit: s('tags.edit'),
    },
    rating: {
      field: s('rating.field'),
      none: s('rating.none'),
      csatValue: (n: number) => f('rating.csatValue', { n }),
      npsValue: (n: number) => f('rating.npsValue', { n }),
      /** Where the answer came from, and the day it came (the locale's medium date). */
      fromSurvey: (at: string) => f('rating.fromSurvey', { when: when.format(new Date(at)) }),
      fromAgent: (at: string) => f('rating.fromAgent', { when: when.format(new Date(at)) }),
      title: s('rating.title'),
      hint: (save: string) => f('rating.hint', { save }),
      csat: s('rating.csat'),
      nps: s('rating.nps'),
      comment: s('rating.comment'),
      needsScore: s('rating.needsScore'),
      save: s('rating.save'),
      cancel: s('rating.cancel'),
      saved: s('rating.saved'),
      record: s('rating.record'),
    },
  };
}

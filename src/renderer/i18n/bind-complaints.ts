// The words of complaints (complaints/) in the Strings shape: categories, the block and marker, the
// dialog, the supervisors' list.
import { COMPLAINT_CATEGORIES, type ComplaintCategory } from '../../shared/complaint';
import type { Messages } from './messages';

export function bindComplaints(m: Messages, intl: string) {
  const f = m.format.bind(m);
  const s = m.text.bind(m);
  const clock = new Intl.DateTimeFormat(intl, { hour: '2-digit', minute: '2-digit' });
  const category = Object.fromEntries(COMPLAINT_CATEGORIES.map((c) => [c, s(`complaint.category.${c}`)])) as Record<ComplaintCategory, string>;
  return {
    complaint: {
      category,
      title: s('complaint.title'),
      state: { open: s('complaint.state.open'), closed: s('complaint.state.closed') },
      raisedBy: (who: string, when: string) => f('complaint.raisedBy', { who, when }),
      closedBy: (who: string, when: string) => f('complaint.closedBy', { who, when }),
      someone: s('complaint.someone'),
      marker: { open: s('complaint.marker.open'), closed: s('complaint.marker.closed') },
      button: s('complaint.button'),
      field: { none: s('complaint.field.none'), raise: s('complaint.field.raise'), close: s('complaint.field.close') },
      dialog: {
        raiseTitle: s('complaint.dialog.raiseTitle'),
        closeTitle: s('complaint.dialog.closeTitle'),
        category: s('complaint.dialog.category'),
        categoryHint: s('complaint.dialog.categoryHint'),
        description: s('complaint.dialog.description'),
        descriptionHint: (min: number, max: number) => f('complaint.dialog.descriptionHint', { min, max }),
        raise: s('complaint.dialog.raise'),
        close: s('complaint.dialog.close'),
        cancel: s('complaint.dialog.cancel'),
        submitHint: (key: string) => f('complaint.dialog.submitHint', { key }),
        closeNotAllowed: s('complaint.dialog.closeNotAllowed'),
      },
      announce: { raised: s('complaint.announce.raised'), closed: s('complaint.announce.closed') },
    },
    complaints: {
      title: s('complaints.title'),
      forSupervisors: s('complaints.forSupervisors'),
      live: s('complaints.live'),
      asOf: (iso: string) => f('complaints.asOf', { time: clock.format(new Date(iso)) }),
      filter: {
        state: s('complaints.filter.state'),
        open: s('complaints.filter.open'),
        closed: s('complaints.filter.closed'),
        all: s('complaints.filter.all'),
        category: s('complaints.filter.category'),
        allCategories: s('complaints.filter.allCategories'),
        agent: s('complaints.filter.agent'),
        allAgents: s('complaints.filter.allAgents'),
      },
      unassigned: s('complaints.unassigned'),
      counts: s('complaints.counts'),
      total: s('complaints.total'),
      col: {
        raised: s('complaints.col.raised'),
        ticket: s('complaints.col.ticket'),
        category: s('complaints.col.category'),
        description: s('complaints.col.description'),
        assignee: s('complaints.col.assignee'),
        raisedBy: s('complaints.col.raisedBy'),
        state: s('complaints.col.state'),
      },
      empty: s('complaints.empty'),
      hint: s('complaints.hint'),
      newest: (n: number) => f('complaints.newest', { n }),
    },
  };
}

// A customer's CSAT/NPS answer about a ticket, whoever brings it (a survey system's POST /inbound/survey,
// an agent's recordSurvey after a call): one rule makes both the survey row the KPIs read and the ticket's
// latest rating, so the two writers can never keep them differently.
import type { SurveySource, Ticket } from './domain';

/** Longest comment kept with an answer (the inbound survey's bound too). */
export const MAX_SURVEY_COMMENT = 1000;

export interface SurveyAnswer {
  csat?: number | null | undefined;
  nps?: number | null | undefined;
  comment?: string | null | undefined;
}

/** A row of the server's surveys (not replicated: the KPIs are computed on the server). */
export interface SurveyRecord {
  id: string;
  ticketId: string;
  csat: number | null;
  nps: number | null;
  comment: string | null;
  source: SurveySource;
  at: string;
}

/** Whether an answer says anything: at least one of the two scores. */
export function hasScore(a: SurveyAnswer): boolean {
  return (a.csat ?? null) !== null || (a.nps ?? null) !== null;
}

/**
 * The survey row and the ticket carrying it as its latest rating. The ticket's updatedAt stays: an answer
 * is not work on the ticket (it must not move the queue order, nor keep a closed ticket on workstations
 * longer than its history window).
 */
export function rateTicket(
  ticket: Ticket,
  answer: SurveyAnswer,
  id: string,
  source: SurveySource,
  now: string,
): { ticket: Ticket; survey: SurveyRecord } {
  const csat = answer.csat ?? null;
  const nps = answer.nps ?? null;
  const survey: SurveyRecord = { id, ticketId: ticket.id, csat, nps, comment: answer.comment || null, source, at: now };
  return { ticket: { ...ticket, rating: { csat, nps, at: now, source } }, survey };
}

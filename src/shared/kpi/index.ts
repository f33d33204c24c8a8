// KPIs of a support organisation as one pure module, used by the server's report (which counts in SQL
// and finishes here) and by the console. The exact rules, for a period [from, to) and a group (a
// ticket's current tier, its assignee — null: unassigned — or its channel):
//
// - Solved in the period: status solved or closed, solvedAt in [from, to). Created in the period:
//   createdAt in [from, to). A report describes those tickets as they stand at `asOf` (now): later
//   replies, escalations and reopens count.
// - Public reply: a message of kind reply or call written after the ticket was created (the call log
//   that opens a phone ticket is the contact, not a reply; notes are internal).
// - FCR % = tickets solved in the period with no escalation (kind escalate; a hand-back alone is none),
//   never reopened (no solved/closed → open transition, server table ticket_reopens) and at most one
//   public reply ÷ tickets solved in the period × 100.
// - First response time: created → first public reply, tickets created in the period that have one.
//   Resolution time: created → solvedAt, tickets solved in the period. Median and p90 by nearest rank
//   (percentile.ts), in milliseconds.
// - First response SLA % (tickets created in the period): first public reply at or before
//   firstResponseDueAt ÷ tickets with a public reply or whose deadline is before asOf.
//   Resolution SLA %: solved with solvedAt at or before resolutionDueAt ÷ tickets solved or whose
//   deadline is before asOf.
// - Escalation rate % (tickets created in the period): per tier N, tickets escalated from tier N ÷
//   tickets that were ever in tier N (current tier, or either end of an escalation or hand-back); per
//   agent or channel, tickets escalated at all ÷ tickets of the group.
// - Reopen rate % (tickets created in the period): tickets reopened at least once ÷ tickets ever
//   solved (solved now, or reopened — a reopen follows a solve).
// - CSAT % = answers 4–5 ÷ CSAT answers × 100; NPS = (answers 9–10 − answers 0–6) ÷ NPS answers × 100;
//   answers given in [from, to), grouped by their ticket's group.
// - Complaints: raised in the period (count), still open, by category; null when no complaint data is
//   given (the server reads them from the tickets: kpi-complaints.ts).
// Percentages and NPS have two decimals; every KPI is null, not 0, when there is nothing to measure.
export * from './rows';
export * from './percentile';
export * from './tally';
export { computeKpis } from './compute';
export { kpiCsv, kpiSeriesCsv, KPI_CSV_COLUMNS } from './csv';

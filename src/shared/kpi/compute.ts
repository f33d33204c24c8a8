// Every KPI of one period, per group, from plain rows (see index.ts for the exact rules).
// A report describes the period's tickets as they stand at `asOf`: a reply, escalation or reopen made
// after the period still counts for the ticket it belongs to.
import { countComplaints } from './complaints';
import { spread } from './percentile';
import { groupOf, inPeriod, isPublicReply, isSolved, type GroupBy, type GroupKey, type KpiInput, type KpiTicket, type Period } from './rows';
import { emptyTally, report, type KpiRow, type Tally } from './tally';

interface Facts {
  publicReplies: number;
  firstReplyAt: string | null;
  escalatedFrom: Set<number>;
  tiersVisited: Set<number>;
  reopens: number;
}

function factsOf(input: KpiInput): Map<string, Facts> {
  const byId = new Map(input.tickets.map((t) => [t.id, t]));
  const facts = new Map<string, Facts>(input.tickets.map((t) => [t.id, { publicReplies: 0, firstReplyAt: null, escalatedFrom: new Set(), tiersVisited: new Set([t.tier]), reopens: 0 }]));
  for (const m of input.messages) {
    const t = byId.get(m.ticketId);
    const f = facts.get(m.ticketId);
    if (!t || !f || !isPublicReply(m, t)) continue;
    f.publicReplies++;
    if (f.firstReplyAt === null || m.createdAt < f.firstReplyAt) f.firstReplyAt = m.createdAt;
  }
  for (const e of input.escalations) {
    const f = facts.get(e.ticketId);
    if (!f) continue;
    // Every tier change is an escalation or a hand-back: these and the current tier are the tiers it was in.
    f.tiersVisited.add(e.fromTier).add(e.toTier);
    if (e.kind === 'escalate') f.escalatedFrom.add(e.fromTier);
  }
  for (const r of input.reopens) {
    const f = facts.get(r.ticketId);
    if (f) f.reopens++;
  }
  return facts;
}

const ms = (later: string, earlier: string) => Date.parse(later) - Date.parse(earlier);

export function computeKpis(input: KpiInput, period: Period, by: GroupBy): KpiRow[] {
  const facts = factsOf(input);
  const tallies = new Map<string, Tally>();
  const tally = (g: GroupKey) => {
    const key = JSON.stringify(g);
    let t = tallies.get(key);
    if (!t) tallies.set(key, (t = emptyTally(g)));
    return t;
  };
  const firstResponse = new Map<string, number[]>();
  const resolution = new Map<string, number[]>();
  const add = (m: Map<string, number[]>, g: GroupKey, v: number) => m.set(JSON.stringify(g), [...(m.get(JSON.stringify(g)) ?? []), v]);

  for (const t of input.tickets) {
    const f = facts.get(t.id)!;
    const g = groupOf(t, by);
    if (isSolved(t) && inPeriod(t.solvedAt, period)) {
      const row = tally(g);
      row.solved++;
      if (f.escalatedFrom.size === 0 && f.reopens === 0 && f.publicReplies <= 1) row.fcr++;
      add(resolution, g, ms(t.solvedAt!, t.createdAt));
    }
    if (!inPeriod(t.createdAt, period)) continue;
    createdTally(tally(g), t, f, period);
    if (f.firstReplyAt !== null) add(firstResponse, g, ms(f.firstReplyAt, t.createdAt));
    if (by === 'tier') {
      for (const tier of f.tiersVisited) {
        const row = tally(tier);
        row.handled++;
        if (f.escalatedFrom.has(tier)) row.escalated++;
      }
    } else {
      const row = tally(g);
      row.handled++;
      if (f.escalatedFrom.size > 0) row.escalated++;
    }
  }

  const ticketsById = new Map(input.tickets.map((t) => [t.id, t]));
  for (const s of input.surveys) {
    const t = ticketsById.get(s.ticketId);
    if (!t || !inPeriod(s.at, period)) continue;
    const row = tally(groupOf(t, by));
    if (s.csat !== null) {
      row.csatAnswers++;
      if (s.csat >= 4) row.csatSatisfied++;
    }
    if (s.nps !== null) {
      row.npsAnswers++;
      if (s.nps >= 9) row.promoters++;
      if (s.nps <= 6) row.detractors++;
    }
  }
  for (const [key, values] of firstResponse) tallies.get(key)!.firstResponseMs = spread(values);
  for (const [key, values] of resolution) tallies.get(key)!.resolutionMs = spread(values);
  if (input.complaints) countComplaints(input.complaints, ticketsById, period, by, tally);
  return report(tallies.values());
}

function createdTally(row: Tally, t: KpiTicket, f: Facts, p: Period): void {
  row.created++;
  const solved = isSolved(t);
  if (solved || f.reopens > 0) row.everSolved++;
  if (f.reopens > 0) row.reopened++;
  if (f.firstReplyAt !== null || t.firstResponseDueAt < p.asOf) row.firstResponseMeasured++;
  if (f.firstReplyAt !== null && f.firstReplyAt <= t.firstResponseDueAt) row.firstResponseMet++;
  if (solved || t.resolutionDueAt < p.asOf) row.resolutionMeasured++;
  if (solved && t.solvedAt! <= t.resolutionDueAt) row.resolutionMet++;
}

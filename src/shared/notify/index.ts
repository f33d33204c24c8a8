// Local notifications, the pure part (issue 10): what a change or a deadline means for this agent, and
// whether and how loud to tell them. The renderer's sync loop and a deadline timer feed it; main's
// Notifier port only shows what comes out. The API, in the order a caller uses it:
//
//   eventsFromChange(before, pulled, me, {initial})  per pulled ticket → NotifyEvent[]
//   slaSchedule({tickets, me, now, thresholdMinutes, fired})  → {due: events, nextAt}; persist fired keys
//   decide(event, {me, presence, settings, focused})  → Decision {notify, loudness, surface, dedupKey, coalesceKey, content}
//   offer(state, decision, now) / flush(state, now) / nextFlushAt(state)  → Shown[] (tag, replaces, content)
//   NotifySettings.parse(stored ?? {})  the agent's settings with defaults
//
// A Shown's content is a code with params (kind, count, tier, ticket, …): the renderer words it.
export * from './event-types';
export * from './settings';
export * from './decide';
export * from './coalesce';
export * from './events-from-change';
export * from './sla-schedule';

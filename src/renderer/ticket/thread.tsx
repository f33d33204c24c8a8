// The conversation: customer messages, public replies, internal notes and call logs each look different,
// and escalations / handbacks sit in the timeline with their handoff summaries.
import type { Agent, Escalation, Message } from '../../shared/domain';
import { useStrings } from '../i18n';

type Entry = { at: string; message: Message } | { at: string; escalation: Escalation };

const KIND_ICON: Record<Message['kind'], string> = { customer: '✉', reply: '↩', note: '✎', call: '☎' };

function MessageItem({ message }: { message: Message }) {
  const t = useStrings();
  return (
    <article className={`msg msg-${message.kind}`} data-testid={`message-${message.kind}`} data-kind={message.kind}>
      <header className="msg-head">
        <span className="msg-kind">
          <span aria-hidden="true">{KIND_ICON[message.kind]} </span>
          {t.ticket.kinds[message.kind]}
        </span>
        <span className="msg-author">{message.authorName}</span>
        <time className="msg-time" dateTime={message.createdAt}>
          {t.format.dateTime(message.createdAt)}
        </time>
      </header>
      <div className="msg-body">{message.body}</div>
    </article>
  );
}

function EscalationItem({ escalation, agents }: { escalation: Escalation; agents: Map<string, Agent> }) {
  const t = useStrings();
  const who = agents.get(escalation.byAgentId)?.name ?? t.ticket.unknownAgent;
  const title =
    escalation.kind === 'escalate' ? t.ticket.escalated(escalation.fromTier, escalation.toTier) : t.ticket.handedBack(escalation.fromTier);
  return (
    <article className={`msg msg-escalation msg-${escalation.kind}`} data-testid="escalation-entry" data-kind={escalation.kind}>
      <header className="msg-head">
        <span className="msg-kind">
          <span aria-hidden="true">⇅ </span>
          {title}
        </span>
        <span className="msg-author">{t.ticket.by(who)}</span>
        <time className="msg-time" dateTime={escalation.createdAt}>
          {t.format.dateTime(escalation.createdAt)}
        </time>
      </header>
      <dl className="handoff">
        <dt>{t.ticket.reason}</dt>
        <dd>{escalation.reason}</dd>
        <dt>{t.ticket.summary}</dt>
        <dd data-testid="escalation-summary">{escalation.summary}</dd>
      </dl>
    </article>
  );
}

export function Thread({ messages, escalations, agents }: { messages: Message[]; escalations: Escalation[]; agents: Map<string, Agent> }) {
  const t = useStrings();
  const entries: Entry[] = [
    ...messages.map((m) => ({ at: m.createdAt, message: m })),
    ...escalations.map((e) => ({ at: e.createdAt, escalation: e })),
  ];
  // Stable sort: messages keep the server order they came in; escalations slot in by time.
  entries.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  return (
    <section className="thread" aria-label={t.ticket.thread} data-testid="thread">
      {entries.map((e) =>
        'message' in e ? (
          <MessageItem key={e.message.id} message={e.message} />
        ) : (
          <EscalationItem key={e.escalation.id} escalation={e.escalation} agents={agents} />
        ),
      )}
    </section>
  );
}

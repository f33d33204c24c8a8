// DEMO=1: seed the demo organisation into an empty database, deterministically (seeded PRNG).
import { slaDeadlines, uuidv7, CHANNELS, PRIORITIES, SLA_TARGETS, type Channel, type Priority } from '../../../src/shared/index';
import { hashPassword } from '../auth/passwords';
import type { Db } from '../db/database';
import type { CustomersTable, EscalationsTable, MessagesTable, TicketsTable } from '../db/schema';
import { customerRow, normEmail } from './../sync/rows';
import { AGENTS, CALL_LOGS, FIRST, FOLLOW_UPS, LAST, SCENARIOS } from './demo-content';

export const DEMO_TENANT_ID = '01900000-0000-7000-8000-000000000001';
const TICKETS = 500;
const CUSTOMERS = 50;

function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Returns false when the database already holds an organisation (later starts keep their data). */
export async function seedDemo(db: Db, now = Date.now()): Promise<boolean> {
  const existing = await db.selectFrom('tenants').select('id').executeTakeFirst();
  if (existing) return false;
  const rnd = prng(20261123);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const idAt = (ms: number) => uuidv7(ms, (b) => b.forEach((_, i) => (b[i] = Math.floor(rnd() * 256))));
  const iso = (ms: number) => new Date(ms).toISOString();
  const passwordHash = await hashPassword('demo');
  // Agents and customers at version 1, then one version per ticket (with its thread), as if each had
  // been written by its own transaction: a first sync can then be cut into pages by version.
  const v = 1;

  const agents = AGENTS.map((a) => ({ ...a, id: idAt(now - 90 * 86400_000) }));
  const byTier = (tier: number) => agents.filter((a) => a.tier === tier);

  const customers: CustomersTable[] = [];
  for (let i = 0; i < CUSTOMERS; i++) {
    const lang = pick(['en', 'en', 'hu', 'lv'] as const);
    const first = pick(FIRST[lang]);
    const last = pick(LAST[lang]);
    const created = now - (200 + Math.floor(rnd() * 600)) * 86400_000;
    const email = `${first}.${last}${i}@example.${lang === 'en' ? 'com' : lang}`
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase();
    customers.push(
      customerRow(
        {
          id: idAt(created),
          name: `${first} ${last}`,
          email,
          phone: `+${lang === 'hu' ? '36' : lang === 'lv' ? '371' : '44'} ${String(20000000 + Math.floor(rnd() * 79999999))}`,
          language: lang,
          preferredChannel: pick(CHANNELS),
          vip: rnd() < 0.12,
          notes: rnd() < 0.2 ? 'Prefers a call-back in the afternoon.' : '',
          createdAt: iso(created),
          updatedAt: iso(created),
          version: v,
        },
        DEMO_TENANT_ID,
      ),
    );
  }

  const tickets: TicketsTable[] = [];
  const messages: MessagesTable[] = [];
  const escalations: EscalationsTable[] = [];
  const participants: { ticket_id: string; agent_id: string }[] = [];
  for (let n = 1; n <= TICKETS; n++) {
    const sc = pick(SCENARIOS);
    const cust = pick(customers);
    const channel: Channel = pick(CHANNELS);
    const priority: Priority = pick([...PRIORITIES, 'normal', 'normal', 'high'] as Priority[]);
    const status = pick(['new', 'open', 'open', 'open', 'pending', 'on_hold', 'solved', 'closed'] as const);
    // Open work sits mostly inside its SLA, some close to it and about one in eight past it, as a queue
    // that is being worked looks; history goes back a week.
    const target = SLA_TARGETS[priority];
    const openAge = (status === 'new' ? target.firstResponse : target.resolution) * (0.1 + rnd() * 1.05);
    const ageMin = status === 'solved' || status === 'closed' ? Math.floor(rnd() * 7 * 24 * 60) + 60 : Math.floor(openAge) + 5;
    const created = now - ageMin * 60_000;
    const tier: 1 | 2 | 3 = sc.escalation ? pick([1, 2, 2, 3] as const) : pick([1, 1, 1, 1, 2] as const);
    const unassigned = status === 'new' || rnd() < 0.3;
    const assignee = unassigned ? null : pick(byTier(tier)).id;
    const tier1Agent = pick(byTier(1));
    const ticketId = idAt(created);
    const tv = v + n;
    let t = created;
    const step = () => (t += Math.floor(rnd() * 90 + 5) * 60_000);
    const msg = (kind: string, authorId: string, authorName: string, body: string, ch: Channel = channel) =>
      messages.push({ id: idAt(step()), tenant_id: DEMO_TENANT_ID, ticket_id: ticketId, kind, author_id: authorId, author_name: authorName, channel: ch, body, created_at: iso(Math.min(t, now)), version: tv });
    msg(channel === 'phone' ? 'call' : 'customer', channel === 'phone' ? tier1Agent.id : cust.id, channel === 'phone' ? tier1Agent.name : cust.name, sc.opening);
    let firstResponse: string | null = null;
    if (status !== 'new') {
      msg('reply', tier1Agent.id, tier1Agent.name, sc.replies[0]!);
      firstResponse = messages[messages.length - 1]!.created_at;
      if (rnd() < 0.6) msg('note', tier1Agent.id, tier1Agent.name, pick(sc.notes));
      if (rnd() < 0.4) msg('customer', cust.id, cust.name, pick(FOLLOW_UPS));
      if (rnd() < 0.3) msg('call', tier1Agent.id, tier1Agent.name, pick(CALL_LOGS), 'phone');
    }
    participants.push({ ticket_id: ticketId, agent_id: tier1Agent.id });
    let mask = 1 << 1;
    for (let to = 2; to <= tier && sc.escalation; to++) {
      const by = to === 2 ? tier1Agent : pick(byTier(2));
      escalations.push({ id: idAt(step()), tenant_id: DEMO_TENANT_ID, ticket_id: ticketId, kind: 'escalate', from_tier: to - 1, to_tier: to, reason: sc.escalation.reason, summary: sc.escalation.summary, by_agent_id: by.id, created_at: iso(Math.min(t, now)), version: tv });
      mask |= 1 << to;
      if (to === 3) participants.push({ ticket_id: ticketId, agent_id: by.id });
    }
    if (tier > 1 && status !== 'new' && rnd() < 0.5 && sc.replies[1]) {
      const spec = pick(byTier(tier));
      msg('reply', spec.id, spec.name, sc.replies[1]);
      participants.push({ ticket_id: ticketId, agent_id: spec.id });
    }
    const due = slaDeadlines(priority, iso(created));
    const solved = status === 'solved' || status === 'closed' ? iso(Math.min(step(), now)) : null;
    tickets.push({
      id: ticketId, tenant_id: DEMO_TENANT_ID, number: n, subject: sc.subject, channel, priority, status, tier,
      assignee_id: assignee, customer_id: cust.id, tags: JSON.stringify(sc.tags.filter(() => rnd() < 0.7)),
      first_response_due_at: due.firstResponseDueAt, resolution_due_at: due.resolutionDueAt,
      created_at: iso(created), updated_at: iso(Math.min(t, now)), first_response_at: firstResponse, solved_at: solved,
      engineering_link: tier === 3 && rnd() < 0.5 ? `https://tracker.example.com/ENG-${1000 + n}` : null,
      version: tv, status_version: tv, assignee_version: tv, tier_version: tv,
      customer_unverified: 0, status_client: null, assignee_client: null, tier_client: null, tier_mask: mask, scope_version: tv,
    });
  }

  await db.transaction().execute(async (tx) => {
    await tx.insertInto('tenants').values({ id: DEMO_TENANT_ID, name: 'Demo', version: v + TICKETS, min_cursor: 0, next_ticket_number: TICKETS + 1, created_at: iso(now) }).execute();
    await tx
      .insertInto('agents')
      .values(agents.map((a) => ({ id: a.id, tenant_id: DEMO_TENANT_ID, email: normEmail(a.email)!, name: a.name, role: a.role, tier: a.tier, presence: 'offline', password_hash: passwordHash, version: v })))
      .execute();
    const chunked = async <T>(rows: T[], size: number, insert: (chunk: T[]) => Promise<unknown>) => {
      for (let i = 0; i < rows.length; i += size) await insert(rows.slice(i, i + size));
    };
    await chunked(customers, 50, (c) => tx.insertInto('customers').values(c).execute());
    await chunked(tickets, 30, (c) => tx.insertInto('tickets').values(c).execute());
    await chunked(messages, 80, (c) => tx.insertInto('messages').values(c).execute());
    await chunked(escalations, 50, (c) => tx.insertInto('escalations').values(c).execute());
    const uniq = [...new Map(participants.map((p) => [`${p.ticket_id}|${p.agent_id}`, p])).values()];
    await chunked(uniq, 200, (c) => tx.insertInto('ticket_participants').values(c).execute());
  });
  return true;
}

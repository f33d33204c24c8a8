// DEMO=1: seed the demo organisation into an empty database, deterministically (seeded PRNG). The
// organisation's history is replayed as what its people and customers did, through the same rules and
// write path as live changes (replay.ts), so every row is one the sync scopes know how to see.
import type { Actor, Agent } from '../../../src/shared/index';
import { CHANNELS } from '../../../src/shared/index';
import { hashPassword } from '../auth/passwords';
import type { Db } from '../db/database';
import { normEmail } from '../sync/rows';
import { AGENTS, FIRST, LAST } from './demo-content';
import { drawTicket, playTicket, type Cast } from './demo-story';
import { MemoryStore } from './memory-store';
import { Replay } from './replay';
import { seeded, type Seeded } from './seeded-random';

export const DEMO_TENANT_ID = '01900000-0000-7000-8000-000000000001';
const TICKETS = 500;
const CUSTOMERS = 50;
const DAY = 86_400_000;
/** Demo workload caps per tier: the specialists' tickets take longer, so they hold fewer at once. */
const DEMO_CAPS = { 1: 8, 2: 6, 3: 4 } as const;

/** Returns false when the database already holds an organisation (later starts keep their data). */
export async function seedDemo(db: Db, now = Date.now()): Promise<boolean> {
  const existing = await db.selectFrom('tenants').select('id').executeTakeFirst();
  if (existing) return false;
  const r = seeded(20261123);
  const iso = (ms: number) => new Date(ms).toISOString();
  const passwordHash = await hashPassword('demo');
  const agents: Agent[] = AGENTS.map((a) => ({
    ...a,
    id: r.id(now - 90 * DAY),
    presence: 'offline',
    cap: a.role === 'agent' && a.tier ? DEMO_CAPS[a.tier] : null,
    presenceSince: iso(now),
    version: 1,
  }));
  const actor = (a: Agent): Actor => ({ id: a.id, name: a.name, role: a.role, tier: a.tier });
  const cast: Cast = {
    byTier: (tier) => agents.filter((a) => a.role === 'agent' && a.tier === tier).map(actor),
    supervisor: actor(agents.find((a) => a.role === 'supervisor')!),
  };

  await db.transaction().execute(async (tx) => {
    await tx.insertInto('tenants').values({ id: DEMO_TENANT_ID, name: 'Demo', version: 0, min_cursor: 0, next_ticket_number: 1, created_at: iso(now), default_language: 'en' }).execute();
    await tx
      .insertInto('agents')
      .values(agents.map((a) => ({ id: a.id, tenant_id: DEMO_TENANT_ID, email: normEmail(a.email)!, name: a.name, role: a.role, tier: a.tier, presence: a.presence, password_hash: passwordHash, version: a.version, cap: a.cap, presence_since: a.presenceSince ?? iso(now) })))
      .execute();
    const store = new MemoryStore();
    const replay = new Replay(tx, store, DEMO_TENANT_ID, new Map(agents.map((a) => [a.id, a])), () => r.id(now));
    // Customers at version 1, then one version per ticket with its whole story, as if each had been its
    // own commit: a first sync can then be cut into pages by version.
    const customerIds: string[] = [];
    for (let i = 0; i < CUSTOMERS; i++) customerIds.push(await addCustomer(replay, r, cast.supervisor, i, now));
    const tickets = Array.from({ length: TICKETS }, () => drawTicket(r, cast, customerIds, now));
    // Played in the order they began: ticket numbers and versions follow creation time.
    tickets.sort((a, b) => a.created - b.created);
    for (const [i, d] of tickets.entries()) {
      replay.version = 2 + i;
      await playTicket(replay, r, cast, d, now, 1001 + i);
    }
    await tx.updateTable('tenants').set({ version: 1 + TICKETS, next_ticket_number: replay.nextTicketNumber }).where('id', '=', DEMO_TENANT_ID).execute();
    await store.flush(tx);
  });
  return true;
}

/** A customer as the supervisor set them up, long before this week's tickets. */
async function addCustomer(replay: Replay, r: Seeded, supervisor: Actor, i: number, now: number): Promise<string> {
  const lang = r.pick(['en', 'en', 'hu', 'lv'] as const);
  const first = r.pick(FIRST[lang]);
  const last = r.pick(LAST[lang]);
  const created = now - (200 + Math.floor(r.next() * 600)) * DAY;
  const email = `${first}.${last}${i}@example.${lang === 'en' ? 'com' : lang}`
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
  const id = r.id(created);
  const phone = `+${lang === 'hu' ? '36' : lang === 'lv' ? '371' : '44'} ${String(20000000 + Math.floor(r.next() * 79999999))}`;
  replay.version = 1;
  await replay.act(supervisor, new Date(created).toISOString(), 'createCustomer', { id, name: `${first} ${last}`, email, phone, language: lang, preferredChannel: r.pick(CHANNELS) });
  const vip = r.next() < 0.12;
  const notes = r.next() < 0.2 ? 'Prefers a call-back in the afternoon.' : '';
  if (vip || notes) await replay.act(supervisor, new Date(created + 60_000).toISOString(), 'updateCustomer', { id, patch: { ...(vip ? { vip } : {}), ...(notes ? { notes } : {}) } });
  return id;
}

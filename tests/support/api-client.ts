// A bare HTTP client for the backend, for tests and benchmarks (the product's client is src/main/services).
import { uuidv7, type Agent, type Customer, type PullResponse, type PushResponse, type RawMutation, type Ticket } from '../../src/shared/index';

export interface Session {
  token: string;
  agent: Agent;
  clientId: string;
  nextId: number;
}

export async function call<T>(base: string, path: string, body: unknown, token?: string): Promise<{ status: number; body: T }> {
  const res = await fetch(`${base}/api/v1${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as T };
}

export async function login(base: string, email: string, password = 'demo'): Promise<Session> {
  const r = await call<{ token: string; agent: Agent }>(base, '/auth/login', { email, password });
  if (r.status !== 200) throw new Error(`login ${email}: ${r.status} ${JSON.stringify(r.body)}`);
  return { ...r.body, clientId: uuidv7(), nextId: 1 };
}

export async function push(base: string, s: Session, mutations: Omit<RawMutation, 'id'>[] | RawMutation[]) {
  const withIds = mutations.map((m) => ('id' in m && typeof m.id === 'number' ? m : { ...m, id: s.nextId++ })) as RawMutation[];
  const r = await call<PushResponse>(base, '/sync/push', { clientId: s.clientId, mutations: withIds }, s.token);
  if (r.status !== 200) throw new Error(`push: ${r.status} ${JSON.stringify(r.body)}`);
  return { ...r.body, sent: withIds };
}

/** snapshot: the previous answer's continuation while a first sync is being paged. */
export async function pull(base: string, s: Session, cursor: number | null, ackedMutationId = 0, snapshot?: string) {
  const r = await call<PullResponse>(base, '/sync/pull', { clientId: s.clientId, cursor, ackedMutationId, ...(snapshot ? { snapshot } : {}) }, s.token);
  if (r.status !== 200) throw new Error(`pull: ${r.status} ${JSON.stringify(r.body)}`);
  return r.body;
}

/** Everything the session's scope holds, as maps by id (following `more` through every page). */
export async function snapshot(base: string, s: Session) {
  const tickets = new Map<string, Ticket>();
  const messages = new Map<string, { ticketId: string; body: string }>();
  const customers = new Map<string, Customer>();
  const session = { ...s, clientId: uuidv7() };
  let cursor: number | null = null;
  let token: string | undefined;
  for (;;) {
    const r = await pull(base, session, cursor, 0, token);
    if (!('changes' in r)) throw new Error('unexpected refetch');
    token = r.snapshot;
    for (const c of r.changes) {
      if (c.entity === 'ticket') tickets.set(c.value.id, c.value);
      if (c.entity === 'message') messages.set(c.value.id, c.value);
      if (c.entity === 'customer') customers.set(c.value.id, c.value);
    }
    cursor = r.cursor;
    if (!r.more) return { tickets, messages, customers, cursor };
  }
}

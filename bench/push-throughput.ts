// Push throughput of the real server on SQLite and on PostgreSQL: mutations applied per second.
// Run: npm run bench:push  (env: MUTATIONS=20000 BATCH=500 CLIENTS=4)
import { uuidv7, type RawMutation, type Ticket } from '../src/shared/index';
import { login, push, snapshot, type Session } from '../tests/support/api-client';
import { startPostgres } from '../tests/support/postgres';
import { startServer } from '../tests/support/server-process';

const TOTAL = Number(process.env.MUTATIONS ?? 20_000);
const BATCH = Number(process.env.BATCH ?? 500);
const CLIENTS = Number(process.env.CLIENTS ?? 4);
const EMAILS = ['agent1@demo.local', 'agent1b@demo.local', 'agent1c@demo.local', 'agent1d@demo.local'];

function workload(tickets: Ticket[], n: number): Omit<RawMutation, 'id'>[] {
  const out: Omit<RawMutation, 'id'>[] = [];
  for (let i = 0; i < n; i++) {
    const t = tickets[i % tickets.length]!;
    switch (i % 4) {
      case 0:
        out.push({ name: 'addMessage', args: { id: uuidv7(), ticketId: t.id, kind: 'note', body: `Checked the line again (${i}).` } });
        break;
      case 1:
        out.push({ name: 'setPriority', args: { ticketId: t.id, priority: ['low', 'normal', 'high', 'urgent'][i % 4] } });
        break;
      case 2:
        out.push({ name: 'addTag', args: { ticketId: t.id, tag: `bench-${i % 7}` } });
        break;
      default:
        out.push({ name: 'setStatus', args: { ticketId: t.id, status: i % 8 === 3 ? 'pending' : 'open', baseVersion: 1e9 } });
    }
  }
  return out;
}

async function run(db: 'sqlite' | 'postgres'): Promise<number> {
  const server = await startServer({ db, demo: true });
  try {
    const sessions: Session[] = [];
    for (let c = 0; c < CLIENTS; c++) sessions.push(await login(server.url, EMAILS[c % EMAILS.length]!));
    const snap = await snapshot(server.url, sessions[0]!);
    const tickets = [...snap.tickets.values()].filter((t) => t.tier === 1 && t.status !== 'closed');
    const perClient = Math.floor(TOTAL / CLIENTS);
    const work = sessions.map(() => workload(tickets, perClient));
    const started = performance.now();
    let refused = 0;
    await Promise.all(
      sessions.map(async (s, c) => {
        const mine = work[c]!;
        for (let i = 0; i < mine.length; i += BATCH) refused += (await push(server.url, s, mine.slice(i, i + BATCH))).refused.length;
      }),
    );
    const seconds = (performance.now() - started) / 1000;
    const rate = (perClient * CLIENTS) / seconds;
    console.log(`${db.padEnd(8)} ${perClient * CLIENTS} mutations from ${CLIENTS} clients in batches of ${BATCH}: ${seconds.toFixed(2)} s = ${Math.round(rate)} mutations/s (refused ${refused})`);
    return rate;
  } finally {
    await server.stop();
  }
}

async function main() {
  await run('sqlite');
  const pg = await startPostgres();
  process.env.CONSOLE_TEST_PG_URL = pg.url;
  try {
    await run('postgres');
  } finally {
    pg.stop();
  }
}

main().catch((err: Error) => {
  console.error(err.message);
  process.exit(1);
});

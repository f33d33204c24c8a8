// For tests only: a second connection to a running test server's database, the way another process
// would hold one, to hold locks, inject database faults and read what the API does not show.
import { sql } from 'kysely';
import { openDatabase, type OpenedDb } from '../db/database';

export function openServerDb(server: { dataDir: string; databaseUrl?: string | undefined }): OpenedDb {
  return openDatabase({ dataDir: server.dataDir, databaseUrl: server.databaseUrl ?? null });
}

/**
 * Holds the write lock a push needs (SQLite: the database's write lock; PostgreSQL: the tenant row)
 * until release() is called.
 */
export async function holdWriteLock(direct: OpenedDb): Promise<{ release(): Promise<void> }> {
  let release!: () => void;
  const released = new Promise<void>((r) => (release = r));
  let locked!: () => void;
  const isLocked = new Promise<void>((r) => (locked = r));
  const holding = direct.db.transaction().execute(async (tx) => {
    if (direct.dialect === 'sqlite') await sql`update tenants set name = name`.execute(tx);
    else await tx.selectFrom('tenants').select('id').forUpdate().execute();
    locked();
    await released;
  });
  await Promise.race([isLocked, holding]);
  return {
    async release() {
      release();
      await holding;
    },
  };
}

/**
 * PostgreSQL: waits for a transaction (other than one already cancelled) to block on a lock, and
 * cancels its statement, as an administrator or a statement timeout would. Returns its transaction start.
 */
export async function cancelLockWaiter(direct: OpenedDb, after: string | null = null): Promise<string> {
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    const { rows } = await sql<{ pid: number; xact_start: string }>`
      select pid, xact_start::text as xact_start from pg_stat_activity
      where datname = current_database() and wait_event_type = 'Lock' and pid <> pg_backend_pid()`.execute(direct.db);
    const waiter = rows.find((r) => r.xact_start !== after);
    if (waiter) {
      await sql`select pg_cancel_backend(${waiter.pid})`.execute(direct.db);
      return waiter.xact_start;
    }
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error('no transaction blocked on the lock within 10 s');
}

/** Makes inserting a message with this body fail inside the database, with a transient error code. */
export async function failMessagesWithBody(direct: OpenedDb, body: string): Promise<{ remove(): Promise<void> }> {
  if (direct.dialect === 'sqlite') {
    await sql`create trigger fail_message before insert on messages when new.body = ${sql.lit(body)}
      begin select raise(abort, 'injected failure'); end`.execute(direct.db);
    return { remove: async () => void (await sql`drop trigger fail_message`.execute(direct.db)) };
  }
  await sql`create function fail_message() returns trigger language plpgsql as $$
    begin
      if new.body = ${sql.lit(body)} then raise exception 'injected failure' using errcode = '40001'; end if;
      return new;
    end $$`.execute(direct.db);
  await sql`create trigger fail_message before insert on messages for each row execute function fail_message()`.execute(direct.db);
  return {
    async remove() {
      await sql`drop trigger fail_message on messages`.execute(direct.db);
      await sql`drop function fail_message()`.execute(direct.db);
    },
  };
}

/**
 * Makes a write meet a real data error of the database, the kind a value the contract let through would
 * raise: on PostgreSQL the same error a NUL character raises (SQLSTATE 22021, invalid byte sequence), on
 * SQLite a datatype mismatch (SQLITE_MISMATCH). `messages`: inserting a message with this body; `tenants`:
 * any update of an organisation's row (the push's own bookkeeping, which no mutation's data explains).
 */
export async function badDataOn(direct: OpenedDb, on: { messagesWithBody: string } | { tenants: true }): Promise<{ remove(): Promise<void> }> {
  const [table, event, when] =
    'tenants' in on ? ['tenants', 'update', sql`true`] : ['messages', 'insert', sql`new.body = ${sql.lit(on.messagesWithBody)}`];
  if (direct.dialect === 'sqlite') {
    await sql`create table bad_data_probe (id integer primary key)`.execute(direct.db);
    await sql`create trigger bad_data before ${sql.raw(event)} on ${sql.table(table)} when ${when}
      begin insert into bad_data_probe (id) values ('not a number'); end`.execute(direct.db);
    return {
      async remove() {
        await sql`drop trigger bad_data`.execute(direct.db);
        await sql`drop table bad_data_probe`.execute(direct.db);
      },
    };
  }
  await sql`create function bad_data() returns trigger language plpgsql as $$
    begin
      if ${when} then perform convert_from(decode('00', 'hex'), 'UTF8'); end if;
      return new;
    end $$`.execute(direct.db);
  await sql`create trigger bad_data before ${sql.raw(event)} on ${sql.table(table)} for each row execute function bad_data()`.execute(direct.db);
  return {
    async remove() {
      await sql`drop trigger bad_data on ${sql.table(table)}`.execute(direct.db);
      await sql`drop function bad_data()`.execute(direct.db);
    },
  };
}

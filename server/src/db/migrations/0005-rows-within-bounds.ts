// 0005: rows written before the contract bounded every text, list and link (issue 7) are brought inside
// those bounds, so no pull answer carries a row the client's contract refuses (which would stop its sync
// for good). Control characters become U+FFFD (visibly, rather than silently gone), over-long text is
// cut, a ticket keeps its first 50 tags, an engineering link that is not plain http(s) is removed, and so
// is an e-mail address over 254 characters. Changed rows get a new version of their organisation, so every
// workstation receives the cleaned copy. The bounds are written out here as they were at 0005.
import { sql, type Kysely } from 'kysely';

export const name = 'rows-within-bounds';

/** Text columns and their maximum length, per table. */
const TEXT: Record<string, Record<string, number>> = {
  tickets: { subject: 200 },
  messages: { author_name: 120, body: 20000 },
  customers: { name: 120, phone: 40, notes: 5000 },
  agents: { name: 120 },
  escalations: { reason: 500, summary: 5000 },
  history: { field: 40 },
};
const MAX_TAGS = 50;
const MAX_LINK = 500;
const MAX_EMAIL = 254;
/**
 * Control characters (but tab, newline, carriage return) and broken UTF-16. A migration keeps its own copy
 * of the contract's rule (src/shared/bounds.ts) on purpose: what it did must not change when the rule does.
 */
// eslint-disable-next-line no-control-regex -- this class names the control characters the migration removes
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\p{Cs}]/gu;
const HAS_CONTROL = new RegExp(CONTROL.source, 'u');
const CONTROL_BYTES = [...Array(32).keys(), 127].filter((b) => b !== 9 && b !== 10 && b !== 13);

type Row = Record<string, unknown> & { id: string; tenant_id: string };

export async function up(db: Kysely<unknown>): Promise<void> {
  // Placeholders tell the dialects apart: $1 on PostgreSQL, ? on SQLite.
  const postgres = sql`select ${1}`.compile(db).sql.includes('$1');
  const changes: { table: string; row: Row; patch: Record<string, unknown> }[] = [];
  for (const [table, columns] of Object.entries(TEXT)) {
    for (const row of await suspects(db, postgres, table, columns)) {
      const patch: Record<string, unknown> = {};
      for (const [col, max] of Object.entries(columns)) {
        const v = row[col];
        if (typeof v === 'string' && cleanText(v, max) !== v) patch[col] = cleanText(v, max);
      }
      if (table === 'tickets') Object.assign(patch, ticketPatch(row));
      if (table === 'customers' && typeof row.email === 'string' && row.email.length > MAX_EMAIL) Object.assign(patch, { email: null, email_norm: null });
      if (Object.keys(patch).length > 0) changes.push({ table, row, patch });
    }
  }
  const versions = new Map<string, number>();
  for (const { row } of changes) {
    if (versions.has(row.tenant_id)) continue;
    const { rows } = await sql<{ version: number }>`select version from tenants where id = ${row.tenant_id}`.execute(db);
    if (rows[0]) versions.set(row.tenant_id, Number(rows[0].version) + 1);
  }
  for (const { table, row, patch } of changes) {
    const version = versions.get(row.tenant_id);
    const set = Object.entries(version === undefined ? patch : { ...patch, version }).map(([col, v]) => sql`${sql.ref(col)} = ${v}`);
    await sql`update ${sql.table(table)} set ${sql.join(set)} where id = ${row.id}`.execute(db);
  }
  for (const [id, version] of versions) await sql`update tenants set version = ${version} where id = ${id}`.execute(db);
}

/** Rows that may break a bound: the database narrows them down, cleanText decides. */
async function suspects(db: Kysely<unknown>, postgres: boolean, table: string, columns: Record<string, number>): Promise<Row[]> {
  const tests = Object.entries(columns).flatMap(([col, max]) => {
    const c = sql.ref(col);
    // Both count characters (code points), as the contract does.
    const long = sql`length(${c}) > ${max}`;
    if (postgres) return [long, sql`${c} ~ ${'[\\x01-\\x08\\x0b\\x0c\\x0e-\\x1f\\x7f]'}`];
    // SQLite: UTF-8 holds these bytes only as those characters; blobs compare bytes, NUL included.
    return [long, ...CONTROL_BYTES.map((b) => sql`instr(cast(${c} as blob), ${sql.raw(`x'${b.toString(16).padStart(2, '0')}'`)}) > 0`)];
  });
  if (table === 'tickets') tests.push(sql`engineering_link is not null`, sql`length(tags) > ${MAX_TAGS * 3}`);
  if (table === 'customers') tests.push(sql`length(email) > ${MAX_EMAIL}`);
  const { rows } = await sql<Row>`select * from ${sql.table(table)} where ${sql.join(tests, sql` or `)}`.execute(db);
  return rows;
}

/** Control characters replaced, cut to `max` characters (code points, as the contract counts). */
function cleanText(s: string, max: number): string {
  const clean = s.replace(CONTROL, '\uFFFD');
  const chars = Array.from(clean);
  return chars.length <= max ? clean : chars.slice(0, max).join('');
}

function ticketPatch(row: Row): Record<string, unknown> {
  const patch: Record<string, unknown> = {};
  const tags = JSON.parse(String(row.tags)) as unknown[];
  if (tags.length > MAX_TAGS) patch.tags = JSON.stringify(tags.slice(0, MAX_TAGS));
  const link = row.engineering_link;
  if (typeof link === 'string' && !isHttpLink(link)) patch.engineering_link = null;
  return patch;
}

/** The contract's link rule at 0005: full http(s), a host, no credentials, no blanks or control characters. */
function isHttpLink(raw: string): boolean {
  if (raw.length > MAX_LINK || raw !== raw.trim() || /\s/.test(raw) || HAS_CONTROL.test(raw)) return false;
  if (!/^https?:\/\/[^/\\]/i.test(raw)) return false;
  try {
    const url = new URL(raw);
    return (url.protocol === 'http:' || url.protocol === 'https:') && !!url.hostname && !url.username && !url.password;
  } catch {
    return false;
  }
}

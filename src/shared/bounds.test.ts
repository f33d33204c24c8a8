// What the contract's bounds refuse and accept, on the real schemas: control characters in text, links
// that are not plain http(s), numbers beyond an integer column, lists and values beyond their caps.
import { describe, expect, it } from 'vitest';
import { ApiError, InboundTicketRequest, LoginRequest, PullRequest, PushRequest } from './sync-protocol';
import { HistoryEntry, MAX_TAGS_PER_TICKET, Ticket } from './domain';
import { MutationArgs, Refusal, parseMutation, type MutationName } from './mutations';
import { ids, ticket } from './test-fixtures';
import { validationReason } from './validation-reason';

const A = ids.anna;
/** A valid argument object per mutation; the tests below break one field at a time. */
const SAMPLES: Record<MutationName, Record<string, unknown>> = {
  createTicket: { id: ids.ticket, messageId: ids.msg, customerId: ids.customer, subject: 'Router', channel: 'email', priority: 'normal', body: 'hello' },
  addMessage: { id: ids.msg, ticketId: ids.ticket, kind: 'reply', body: 'Hi,\n\tthanks\r\n' },
  setStatus: { ticketId: ids.ticket, status: 'open', baseVersion: 1 },
  setPriority: { ticketId: ids.ticket, priority: 'high' },
  setSubject: { ticketId: ids.ticket, subject: 'Router reboots' },
  assign: { ticketId: ids.ticket, assigneeId: A, baseVersion: 1 },
  escalate: { id: ids.esc, ticketId: ids.ticket, toTier: 2, reason: 'billing bug', summary: 'tried a refund twice', baseVersion: 1 },
  handBack: { id: ids.esc, ticketId: ids.ticket, toAgentId: A, summary: 'fixed the account flag', baseVersion: 1 },
  addTag: { ticketId: ids.ticket, tag: 'refund' },
  removeTag: { ticketId: ids.ticket, tag: 'refund' },
  recordSurvey: { id: ids.msg, ticketId: ids.ticket, csat: 4, nps: 9, comment: 'Kind,\nquick' },
  setEngineeringLink: { ticketId: ids.ticket, url: 'https://tracker.example.com/ENG-1' },
  createCustomer: { id: ids.customer, name: 'Līga Ozola', email: 'liga@example.lv', phone: '+371 2000 0000', language: 'lv', preferredChannel: 'email' },
  updateCustomer: { id: ids.customer, patch: { name: 'Līga', email: 'l@example.lv', phone: '+371', notes: 'calls\nafter 5' } },
  setPresence: { presence: 'busy' },
  setAgentCap: { agentId: A, cap: 5 },
  setAutoAssign: { tier: 1, on: true },
  confirmCustomer: { ticketId: ids.ticket },
  raiseComplaint: { ticketId: ids.ticket, category: 'billing', description: 'Charged twice\nfor March' },
  closeComplaint: { ticketId: ids.ticket },
};

/** Every path to a string (or number) leaf of a sample, with a setter for a copy that changes it. */
function leaves(value: Record<string, unknown>, kind: 'string' | 'number', path: string[] = []): string[][] {
  return Object.entries(value).flatMap(([k, v]) =>
    v && typeof v === 'object' ? leaves(v as Record<string, unknown>, kind, [...path, k]) : typeof v === kind ? [[...path, k]] : [],
  );
}
function withLeaf(value: Record<string, unknown>, path: string[], f: (v: never) => unknown): Record<string, unknown> {
  const [head, ...rest] = path as [string, ...string[]];
  const v = value[head];
  return { ...value, [head]: rest.length ? withLeaf(v as Record<string, unknown>, rest, f) : f(v as never) };
}
const parse = (name: MutationName, args: unknown) => parseMutation({ id: 1, name, args });

describe('text in the contract', () => {
  it('every mutation has a sample here (add one for a new mutation)', () => {
    expect(Object.keys(SAMPLES).sort()).toEqual(Object.keys(MutationArgs).sort());
  });

  it('the samples are valid, tabs and newlines included', () => {
    for (const [name, args] of Object.entries(SAMPLES)) expect(parse(name as MutationName, args), name).toMatchObject({ ok: true });
  });

  it('refuses NUL, other control characters and broken surrogates in every text argument of every mutation', () => {
    const accepted: string[] = [];
    for (const [name, args] of Object.entries(SAMPLES)) {
      for (const path of leaves(args, 'string')) {
        for (const bad of ['\u0000', '\u0001', '\u001b', '\u007f', '\ud800']) {
          const r = parse(name as MutationName, withLeaf(args, path, (v: string) => `${v.slice(0, 3)}${bad}${v.slice(3)}`));
          if (r.ok) accepted.push(`${name}.${path.join('.')} with U+${bad.charCodeAt(0).toString(16)}`);
        }
      }
    }
    expect(accepted).toEqual([]);
    const r = parse('addMessage', { ...SAMPLES.addMessage, body: 'a\u0000b' });
    expect(!r.ok && r.reason).toBe('control_characters');
  });

  it('refuses control characters in inbound contacts and sign-in', () => {
    const contact = { channel: 'email', subject: 'Hello', body: 'Hi', customer: { name: 'Anna', email: 'a@example.com' } };
    expect(InboundTicketRequest.safeParse(contact).success).toBe(true);
    for (const bad of [{ subject: 'He\u0000llo' }, { body: 'Hi\u0000' }, { customer: { name: 'An\u0000na', email: 'a@example.com' } }, { customer: { name: 'Anna', phone: '+36\u00001' } }]) {
      expect(InboundTicketRequest.safeParse({ ...contact, ...bad }).success, JSON.stringify(bad)).toBe(false);
    }
    expect(LoginRequest.safeParse({ email: 'a@example.com', password: 'pass\u0000word' }).success).toBe(false);
  });
});

describe('engineering links: plain http(s) only', () => {
  const link = (url: unknown) => MutationArgs.setEngineeringLink.safeParse({ ticketId: ids.ticket, url });
  const stored = (url: string) => Ticket.safeParse(ticket({ engineeringLink: url }));
  const GOOD = ['https://tracker.example.com/ENG-1', 'http://jira.local:8080/browse/X-1?focus=1#c2', 'HTTPS://TRACKER.EXAMPLE.COM/ENG-2', `https://t.example/${'a'.repeat(480)}`];
  const BAD = [
    'javascript:alert(1)',
    'JAVASCRIPT:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'javascript://tracker.example.com/%0aalert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    'ftp://tracker.example.com/x',
    'http:/tracker.example.com',
    'http:tracker.example.com',
    'https:///tracker.example.com',
    'https:\\\\evil.example',
    '//evil.example/x',
    'https://',
    'tracker.example.com/ENG-1',
    // Credentials are refused: a look-alike such as tracker.example.com@evil.example leads elsewhere,
    // and a password has no place in a ticket (the console's link opener refuses them too).
    'https://user:secret@tracker.example.com/ENG-1',
    'https://tracker.example.com@evil.example/ENG-1',
    'https://tracker.example.com/a b',
    'https://tracker.example.com/\u0000',
    `https://t.example/${'a'.repeat(490)}`,
  ];

  it('accepts http(s) addresses, and clears a link with null', () => {
    for (const url of GOOD) expect(link(url).success, url).toBe(true);
    for (const url of GOOD) expect(stored(url).success, url).toBe(true);
    expect(link(null).success).toBe(true);
    expect(link('  https://tracker.example.com/ENG-1 ').data?.url).toBe('https://tracker.example.com/ENG-1');
  });

  it('refuses every other scheme, a broken http(s) address, credentials and an over-long one', () => {
    expect(BAD.filter((url) => link(url).success)).toEqual([]);
    expect(BAD.filter((url) => stored(url).success)).toEqual([]);
  });
});

describe('numbers fit the integer columns (2^31 - 1)', () => {
  const MAX = 2 ** 31 - 1;
  const pull = (over: object) => PullRequest.safeParse({ clientId: ids.ticket, cursor: 5, ackedMutationId: 3, ...over });
  it('ids, cursors and versions up to 2^31 - 1 pass; 2^31 and 2^53 are refused with the reason', () => {
    expect(pull({ ackedMutationId: MAX, cursor: MAX }).success).toBe(true);
    for (const n of [2 ** 31, 2 ** 53]) {
      for (const over of [{ ackedMutationId: n }, { cursor: n }]) {
        const r = pull(over);
        expect(r.success).toBe(false);
        expect(validationReason(r.error!)).toEqual({ reason: 'number_too_big', params: { max: 2147483647 } });
      }
      expect(PushRequest.safeParse({ clientId: ids.ticket, mutations: [{ id: n, name: 'setPresence', args: {} }] }).success).toBe(false);
      for (const [name, args] of Object.entries(SAMPLES)) {
        for (const path of leaves(args, 'number')) expect(parse(name as MutationName, withLeaf(args, path, () => n)).ok, `${name}.${path.join('.')}`).toBe(false);
      }
      expect(Ticket.safeParse(ticket({ version: n })).success).toBe(false);
      expect(Ticket.safeParse(ticket({ number: n })).success).toBe(false);
    }
  });
});

describe('lists and free-form values are capped', () => {
  it(`a ticket holds at most ${MAX_TAGS_PER_TICKET} tags`, () => {
    const tags = Array.from({ length: MAX_TAGS_PER_TICKET + 1 }, (_, i) => `t${i}`);
    expect(MAX_TAGS_PER_TICKET).toBe(50);
    expect(Ticket.safeParse(ticket({ tags: tags.slice(0, -1) })).success).toBe(true);
    expect(Ticket.safeParse(ticket({ tags })).success).toBe(false);
  });

  it('history values are bounded by their JSON size', () => {
    const entry = { id: ids.msg, ticketId: ids.ticket, customerId: null, field: 'notes', byAgentId: A, at: '2026-11-23T10:00:00.000Z', version: 3 };
    expect(HistoryEntry.safeParse({ ...entry, oldValue: 'x'.repeat(5000), newValue: { a: [1, null] } }).success).toBe(true);
    expect(HistoryEntry.safeParse({ ...entry, oldValue: 'x'.repeat(30_000), newValue: null }).success).toBe(false);
    expect(HistoryEntry.safeParse({ ...entry, oldValue: null, newValue: null, field: 'f'.repeat(41) }).success).toBe(false);
  });

  it('reason params (refusals, errors) are cut and cleaned, never a reason to drop an answer', () => {
    const r = Refusal.parse({ id: 1, code: 'conflict', reason: 'taken_by', params: { who: `${'x'.repeat(5000)}` } });
    expect(String(r.params.who).length).toBeLessThanOrEqual(200);
    expect(String(r.params.who).endsWith('…')).toBe(true);
    expect(ApiError.parse({ error: 'invalid', reason: 'taken_by', params: { who: 'Anna\u0000 K' } }).params.who).toBe('Anna K');
    // Cut between characters, never inside one (an emoji is two UTF-16 units).
    const emoji = Refusal.parse({ id: 1, code: 'conflict', reason: 'taken_by', params: { who: '😀'.repeat(1500) } }).params.who;
    expect(Array.from(String(emoji))).toEqual([...Array<string>(199).fill('😀'), '…']);
    // A refusal from a server before reasons (words only) still parses: reason unknown, shown by its code.
    expect(Refusal.parse({ id: 1, code: 'conflict', message: 'Anna took this ticket' })).toEqual({ id: 1, code: 'conflict', reason: 'unknown', params: {} });
  });
});

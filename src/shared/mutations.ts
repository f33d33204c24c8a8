// The mutation catalogue: every change an agent can make, as it travels in the outbox and over push.
import { z } from 'zod';
import { Email, Int32, PositiveInt32, httpUrl, jsonValue, text } from './bounds';
import { Channel, Csat, Id, Language, MAX_AGENT_CAP, Nps, Presence, Priority, Tag, TicketStatus, Tier } from './domain';
import { MAX_SURVEY_COMMENT } from './survey';
import { ComplaintCategory, ComplaintDescription } from './complaint';
import { WireReason, reason, type Reason } from './reasons';
import { validationReason } from './validation-reason';

const Body = text(20000, { trim: true }).min(1, 'message_empty');
const Subject = text(200, { trim: true }).min(1, 'subject_empty');
const Name = text(120, { trim: true }).min(1);
const Phone = text(40, { trim: true });
/** The field version the client saw; the server refuses the write if someone else changed it since. */
const BaseVersion = Int32;

export const MutationArgs = {
  createTicket: z.object({
    id: Id,
    messageId: Id,
    customerId: Id,
    subject: Subject,
    channel: Channel,
    priority: Priority,
    /** What the customer said (or the call log, for phone). */
    body: Body,
  }),
  addMessage: z.object({
    id: Id,
    ticketId: Id,
    kind: z.enum(['reply', 'note', 'call']),
    body: Body,
  }),
  setStatus: z.object({ ticketId: Id, status: TicketStatus, baseVersion: BaseVersion }),
  setPriority: z.object({ ticketId: Id, priority: Priority }),
  setSubject: z.object({ ticketId: Id, subject: Subject }),
  /** Take (assign to self), release (null) or, for supervisors, reassign. */
  assign: z.object({ ticketId: Id, assigneeId: Id.nullable(), baseVersion: BaseVersion }),
  escalate: z.object({
    id: Id,
    ticketId: Id,
    toTier: Tier,
    reason: text(500, { trim: true }).min(3, 'escalation_reason_short'),
    summary: text(5000, { trim: true }).min(10, 'escalation_summary_short'),
    baseVersion: BaseVersion,
  }),
  handBack: z.object({
    id: Id,
    ticketId: Id,
    /** The tier 1 agent who will follow up with the customer (usually the one who escalated). */
    toAgentId: Id.nullable(),
    summary: text(5000, { trim: true }).min(10, 'hand_back_summary_short'),
    baseVersion: BaseVersion,
  }),
  addTag: z.object({ ticketId: Id, tag: Tag }),
  removeTag: z.object({ ticketId: Id, tag: Tag }),
  /** The customer's CSAT and/or NPS answer, told to the agent (after a call): a survey from source 'agent'. */
  recordSurvey: z
    .object({ id: Id, ticketId: Id, csat: Csat.optional(), nps: Nps.optional(), comment: text(MAX_SURVEY_COMMENT, { trim: true }).optional() })
    .refine((a) => a.csat !== undefined || a.nps !== undefined, { message: 'survey_needs_answer' }),
  setEngineeringLink: z.object({ ticketId: Id, url: httpUrl(500).nullable() }),
  /** The agent checked the caller's identity: the customer an inbound contact was matched to is theirs. */
  confirmCustomer: z.object({ ticketId: Id }),
  createCustomer: z.object({
    id: Id,
    name: Name,
    email: Email.nullable(),
    phone: Phone.nullable(),
    language: Language,
    preferredChannel: Channel,
  }),
  updateCustomer: z.object({
    id: Id,
    patch: z
      .object({
        name: Name,
        email: Email.nullable(),
        phone: Phone.nullable(),
        language: Language,
        preferredChannel: Channel,
        vip: z.boolean(),
        notes: text(5000),
      })
      .partial()
      .refine((p) => Object.keys(p).length > 0, 'nothing_to_update'),
  }),
  setPresence: z.object({ presence: Presence }),
  /** Supervisors: the most open tickets auto-assign gives an agent (null: no cap). */
  setAgentCap: z.object({ agentId: Id, cap: z.number().int().min(1).max(MAX_AGENT_CAP).nullable() }),
  /** Supervisors: whether a tier's new tickets are assigned by the server as they arrive (off by default). */
  setAutoAssign: z.object({ tier: Tier, on: z.boolean() }),
  /** The customer complained: a complaint on the ticket (one open at a time; complaint.ts). */
  raiseComplaint: z.object({ ticketId: Id, category: ComplaintCategory, description: ComplaintDescription }),
  /** The ticket's complaint has been dealt with (its assignee or a supervisor). */
  closeComplaint: z.object({ ticketId: Id }),
} as const;

export type MutationName = keyof typeof MutationArgs;
export const MUTATION_NAMES = Object.keys(MutationArgs) as MutationName[];
export type ArgsOf<N extends MutationName> = z.infer<(typeof MutationArgs)[N]>;

/** A mutation as the client records it: id is the client's own counter (1, 2, 3 …). */
export type Mutation = {
  [N in MutationName]: { id: number; name: N; args: ArgsOf<N> };
}[MutationName];

export const MutationId = PositiveInt32;
/**
 * Arguments of one mutation as JSON, at most: far above the largest valid ones (a 20,000-character body,
 * escaped), so only a client that is not ours meets it.
 */
export const MAX_ARGS_JSON = 256 * 1024;

/** Envelope check only: args are parsed per name by parseMutation, so one bad mutation is refused alone. */
export const RawMutation = z.object({
  id: MutationId,
  /** Any characters: a name that is no mutation's is refused alone, never echoed (parseMutation). */
  name: z.string().max(64),
  args: jsonValue(MAX_ARGS_JSON),
});
export type RawMutation = z.infer<typeof RawMutation>;

export type ParseResult = { ok: true; mutation: Mutation } | ({ ok: false } & Reason);

export function parseMutation(raw: RawMutation): ParseResult {
  if (!Object.hasOwn(MutationArgs, raw.name)) {
    // The name is the client's: passed on only when it is a plain identifier, never raw into the words.
    return { ok: false, ...reason('unknown_mutation', { name: /^[A-Za-z0-9_]{1,64}$/.test(raw.name) ? raw.name : null }) };
  }
  const name = raw.name as MutationName;
  const parsed = MutationArgs[name].safeParse(raw.args);
  if (!parsed.success) {
    return { ok: false, ...validationReason(parsed.error) };
  }
  return { ok: true, mutation: { id: raw.id, name, args: parsed.data } as Mutation };
}

/** Refusal classes a client can act on; the reason says why (the renderer puts it in words). */
export const RefusalCode = z.enum(['conflict', 'forbidden', 'not_found', 'invalid', 'error']);
export type RefusalCode = z.infer<typeof RefusalCode>;

/**
 * A refused mutation: its class and its reason with parameters. A refusal from a server before reasons
 * (words in `message`) reads as reason `unknown`, and is shown by its class.
 */
export const Refusal = z.object({
  id: MutationId,
  code: RefusalCode,
  ...WireReason.shape,
});
export type Refusal = z.infer<typeof Refusal>;

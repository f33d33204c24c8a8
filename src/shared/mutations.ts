// The mutation catalogue: every change an agent can make, as it travels in the outbox and over push.
import { z } from 'zod';
import { Channel, Id, Language, Presence, Priority, Tag, TicketStatus, Tier } from './domain';

const Body = z.string().trim().min(1, 'the message is empty').max(20000);
/** The field version the client saw; the server refuses the write if someone else changed it since. */
const BaseVersion = z.number().int().nonnegative();

export const MutationArgs = {
  createTicket: z.object({
    id: Id,
    messageId: Id,
    customerId: Id,
    subject: z.string().trim().min(1, 'the subject is empty').max(200),
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
  setSubject: z.object({ ticketId: Id, subject: z.string().trim().min(1).max(200) }),
  /** Take (assign to self), release (null) or, for supervisors, reassign. */
  assign: z.object({ ticketId: Id, assigneeId: Id.nullable(), baseVersion: BaseVersion }),
  escalate: z.object({
    id: Id,
    ticketId: Id,
    toTier: Tier,
    reason: z.string().trim().min(3, 'give a reason for the escalation').max(500),
    summary: z
      .string()
      .trim()
      .min(10, 'the handoff summary must say what was tried (10 characters at least)')
      .max(5000),
    baseVersion: BaseVersion,
  }),
  handBack: z.object({
    id: Id,
    ticketId: Id,
    /** The tier 1 agent who will follow up with the customer (usually the one who escalated). */
    toAgentId: Id.nullable(),
    summary: z
      .string()
      .trim()
      .min(10, 'the handback summary must say what was done (10 characters at least)')
      .max(5000),
    baseVersion: BaseVersion,
  }),
  addTag: z.object({ ticketId: Id, tag: Tag }),
  removeTag: z.object({ ticketId: Id, tag: Tag }),
  setEngineeringLink: z.object({ ticketId: Id, url: z.url().max(500).nullable() }),
  createCustomer: z.object({
    id: Id,
    name: z.string().trim().min(1).max(120),
    email: z.email().nullable(),
    phone: z.string().trim().max(40).nullable(),
    language: Language,
    preferredChannel: Channel,
  }),
  updateCustomer: z.object({
    id: Id,
    patch: z
      .object({
        name: z.string().trim().min(1).max(120),
        email: z.email().nullable(),
        phone: z.string().trim().max(40).nullable(),
        language: Language,
        preferredChannel: Channel,
        vip: z.boolean(),
        notes: z.string().max(5000),
      })
      .partial()
      .refine((p) => Object.keys(p).length > 0, 'nothing to update'),
  }),
  setPresence: z.object({ presence: Presence }),
} as const;

export type MutationName = keyof typeof MutationArgs;
export const MUTATION_NAMES = Object.keys(MutationArgs) as MutationName[];
export type ArgsOf<N extends MutationName> = z.infer<(typeof MutationArgs)[N]>;

/** A mutation as the client records it: id is the client's own counter (1, 2, 3 …). */
export type Mutation = {
  [N in MutationName]: { id: number; name: N; args: ArgsOf<N> };
}[MutationName];

export const MutationId = z.number().int().positive();

/** Envelope check only: args are parsed per name by parseMutation, so one bad mutation is refused alone. */
export const RawMutation = z.object({
  id: MutationId,
  name: z.string().max(64),
  args: z.unknown(),
});
export type RawMutation = z.infer<typeof RawMutation>;

export type ParseResult = { ok: true; mutation: Mutation } | { ok: false; message: string };

export function parseMutation(raw: RawMutation): ParseResult {
  if (!Object.hasOwn(MutationArgs, raw.name)) {
    return { ok: false, message: `unknown mutation "${raw.name}"` };
  }
  const name = raw.name as MutationName;
  const parsed = MutationArgs[name].safeParse(raw.args);
  if (!parsed.success) {
    return { ok: false, message: z.prettifyError(parsed.error) };
  }
  return { ok: true, mutation: { id: raw.id, name, args: parsed.data } as Mutation };
}

/** Refusal codes a client can act on; message is already in words for the agent. */
export const RefusalCode = z.enum(['conflict', 'forbidden', 'not_found', 'invalid', 'error']);
export type RefusalCode = z.infer<typeof RefusalCode>;

export const Refusal = z.object({
  id: MutationId,
  code: RefusalCode,
  message: z.string(),
});
export type Refusal = z.infer<typeof Refusal>;

// Wire types of the sync protocol between the main process and the backend (and the login API).
import { z } from 'zod';
import { Agent, Customer, Escalation, HistoryEntry, Id, Message, Ticket } from './domain';
import { RawMutation, Refusal } from './mutations';

export const API_PREFIX = '/api/v1';
/** A push carries at most this many mutations; the client sends its outbox in batches of this size. */
export const MAX_PUSH_BATCH = 500;
/** Request bodies above this are refused with 413. */
export const MAX_BODY_BYTES = 2 * 1024 * 1024;

export const LoginRequest = z.object({
  email: z.email().max(200),
  password: z.string().min(1).max(200),
});
export type LoginRequest = z.infer<typeof LoginRequest>;
export const LoginResponse = z.object({ token: z.string(), agent: Agent });
export type LoginResponse = z.infer<typeof LoginResponse>;

export const PushRequest = z.object({
  clientId: Id,
  mutations: z.array(RawMutation).max(MAX_PUSH_BATCH),
});
export type PushRequest = z.infer<typeof PushRequest>;
export const PushResponse = z.object({
  /** The last mutation id of this client the server has processed (applied or refused). */
  lastMutationId: z.number().int().nonnegative(),
  /** Refusals for mutations of this push, including ones processed by an earlier delivery. */
  refused: z.array(Refusal),
});
export type PushResponse = z.infer<typeof PushResponse>;

export const PullRequest = z.object({
  clientId: Id,
  /** null: first pull, send everything in scope. */
  cursor: z.number().int().nonnegative().nullable(),
  /** Highest mutation id whose outcome the client already knows; refusals after it come back. */
  ackedMutationId: z.number().int().nonnegative().default(0),
});
export type PullRequest = z.input<typeof PullRequest>;

export const Change = z.discriminatedUnion('entity', [
  z.object({ entity: z.literal('ticket'), value: Ticket }),
  z.object({ entity: z.literal('message'), value: Message }),
  z.object({ entity: z.literal('customer'), value: Customer }),
  z.object({ entity: z.literal('agent'), value: Agent }),
  z.object({ entity: z.literal('escalation'), value: Escalation }),
  z.object({ entity: z.literal('history'), value: HistoryEntry }),
  /** A row the client must drop (left its scope for good, or erased). */
  z.object({
    entity: z.literal('delete'),
    value: z.object({
      kind: z.enum(['ticket', 'message', 'customer', 'agent', 'escalation', 'history']),
      id: Id,
    }),
  }),
]);
export type Change = z.infer<typeof Change>;

export const PullResponse = z.union([
  z.object({
    refetch: z.literal(false).optional(),
    cursor: z.number().int().nonnegative(),
    lastMutationId: z.number().int().nonnegative(),
    changes: z.array(Change),
    refused: z.array(Refusal),
    /** True when the server cut this answer short; the client pulls again from the new cursor. */
    more: z.boolean().default(false),
    /** About how many changed rows the following pages hold (0 on the last page): a progress figure. */
    remaining: z.number().int().nonnegative().optional(),
  }),
  /** The cursor is older than what the server kept (or from another database): start again from null. */
  z.object({ refetch: z.literal(true) }),
]);
export type PullResponse = z.infer<typeof PullResponse>;

/** Pokes on GET /api/v1/sync/stream carry the new version only; the client pulls. */
export const Poke = z.object({ type: z.literal('poke'), version: z.number().int().nonnegative() });
export type Poke = z.infer<typeof Poke>;

export const InboundTicketRequest = z
  .object({
    channel: z.enum(['phone', 'email', 'chat', 'social', 'web']),
    subject: z.string().trim().min(1).max(200),
    body: z.string().trim().min(1).max(20000),
    priority: z.enum(['low', 'normal', 'high', 'urgent']).default('normal'),
    customer: z.object({
      name: z.string().trim().min(1).max(120),
      email: z.email().nullable().optional(),
      phone: z.string().trim().max(40).nullable().optional(),
      language: z.enum(['en', 'hu', 'lv']).optional(),
    }),
  })
  .refine((r) => r.customer.email || r.customer.phone, {
    message: 'a contact needs the customer email or phone',
    path: ['customer'],
  });
export type InboundTicketRequest = z.input<typeof InboundTicketRequest>;
export const InboundTicketResponse = z.object({ ticketId: Id, number: z.number().int(), customerId: Id });

/** Error body of every 4xx/5xx answer. */
export const ApiError = z.object({ error: z.string(), message: z.string() });
export type ApiError = z.infer<typeof ApiError>;

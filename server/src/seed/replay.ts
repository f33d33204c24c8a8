// Replays the demo's story as domain operations, each at the moment it happened: an agent's change
// through authorize and applyMutation, a customer's contact through the shared contact rules, and every
// one written by writeEffects, the path push and inbound contacts write through. A change the rules
// refuse is a bug in the story, not something to write anyway.
import {
  applyMutation,
  authorize,
  targetsOf,
  type Actor,
  type Agent,
  type ArgsOf,
  type Decision,
  type Mutation,
  type MutationName,
  type Ticket,
} from '../../../src/shared/index';
import { receiveContact, receiveFollowUp, type ContactArgs, type ContactCustomer } from '../../../src/shared/contact';
import type { Tx } from '../db/database';
import { customerFromRow, ticketFromRow } from '../sync/rows';
import { writeEffects, type ServerWriteContext } from '../sync/write-effects';
import type { MemoryStore } from './memory-store';

export class Replay {
  /** The version the next writes carry (one per ticket's story, as if each were its own commit). */
  version = 1;
  private number = 1;
  private readonly participating = new Map<string, Set<string>>();

  constructor(
    private readonly tx: Tx,
    readonly store: MemoryStore,
    private readonly tenantId: string,
    private readonly agents: ReadonlyMap<string, Agent>,
    private readonly newId: () => string,
  ) {}

  get nextTicketNumber(): number {
    return this.number;
  }

  ticket(id: string): Ticket {
    return ticketFromRow(this.store.tickets.get(id)!);
  }

  /** An agent's change, or the rules' refusal (nothing written then). */
  async tryAct<N extends MutationName>(actor: Actor, at: string, name: N, args: ArgsOf<N>): Promise<Decision> {
    // Typed by the catalogue, not parsed: the seed's own arguments (the demo test checks what it wrote
    // against the contract's schemas, off the start-up path).
    const m = { id: 1, name, args } as Mutation;
    const targets = targetsOf(m, actor);
    const before = targets.ticketId ? this.store.tickets.get(targets.ticketId) : undefined;
    const ticket = before && ticketFromRow(before);
    const customer = targets.customerId ? this.store.customers.get(targets.customerId) : undefined;
    const agent = targets.agentId ? this.agents.get(targets.agentId) : undefined;
    const decision = authorize(actor, m, ticket, agent, {
      customerWorkable: m.name === 'updateCustomer' ? this.store.customerWorkable(m.args.id, actor) : undefined,
      customerOpenable: m.name === 'createTicket' ? this.store.customerWorkable(m.args.customerId, actor, { orCreated: true }) : undefined,
    });
    if (!decision.ok) return decision;
    const out = applyMutation(actor, at, m, { ticket, customer: customer && customerFromRow(customer), agent });
    if (!out.ok) return out;
    await writeEffects({ ...this.context(at), actor, participating: this.participatingOf(actor) }, out.effects, before);
    return { ok: true };
  }

  async act<N extends MutationName>(actor: Actor, at: string, name: N, args: ArgsOf<N>): Promise<void> {
    const d = await this.tryAct(actor, at, name, args);
    if (!d.ok) throw new Error(`demo seed: ${actor.name} may not ${name}: ${d.reason} ${JSON.stringify(d.params)}`);
  }

  /** A customer gets in touch: a new tier 1 ticket. */
  async contact(at: string, args: ContactArgs, who: ContactCustomer): Promise<void> {
    await writeEffects(this.context(at), receiveContact(at, args, who), undefined);
  }

  /** The customer writes again on their ticket. */
  async followUp(at: string, ticketId: string, messageId: string, body: string): Promise<void> {
    const before = this.store.tickets.get(ticketId)!;
    const ticket = ticketFromRow(before);
    const customer = customerFromRow(this.store.customers.get(ticket.customerId)!);
    await writeEffects(this.context(at), receiveFollowUp(at, { messageId, body }, ticket, customer), before);
  }

  private context(now: string): ServerWriteContext {
    return {
      tx: this.tx,
      tenantId: this.tenantId,
      version: this.version,
      clientId: null,
      actor: null,
      now,
      nextTicketNumber: () => this.number++,
      store: this.store,
      newId: this.newId,
    };
  }

  private participatingOf(actor: Actor): Set<string> {
    let set = this.participating.get(actor.id);
    if (!set) this.participating.set(actor.id, (set = new Set()));
    return set;
  }
}

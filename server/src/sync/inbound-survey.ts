// A customer's survey answer (POST /inbound/survey): CSAT and/or NPS about the ticket of that number, kept
// for the KPI reports, and the ticket's latest rating, which every workstation holding it shows. The
// shared rule (rateTicket) makes both rows and the write path writes them in one commit under the tenant
// lock, so the version moves and the ticket's workstations are poked, like for an agent's recordSurvey.
// The lookup is within the API key's tenant: another's number is 404.
import type { z } from 'zod';
import { reason, uuidv7, type InboundSurveyRequest, type InboundSurveyResponse } from '../../../src/shared/index';
import { rateTicket } from '../../../src/shared/survey';
import { lockTenant, type Db, type Dialect } from '../db/database';
import { HttpError } from './errors';
import { ticketFromRow } from './rows';
import { writeEffects } from './write-effects';

type Parsed = z.infer<typeof InboundSurveyRequest>;
type Answer = z.infer<typeof InboundSurveyResponse>;

export async function receiveInboundSurvey(
  deps: { db: Db; dialect: Dialect; onCommit(tenantId: string, version: number): void },
  tenantId: string,
  req: Parsed,
): Promise<Answer> {
  const result = await deps.db.transaction().execute(async (tx) => {
    const tenant = await lockTenant(tx, deps.dialect, tenantId);
    const before = await tx
      .selectFrom('tickets')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .where('number', '=', req.ticketNumber)
      .executeTakeFirst();
    if (!before) throw new HttpError(404, 'not_found', reason('ticket_not_found'));
    const v = tenant.version + 1;
    const now = new Date().toISOString();
    const rated = rateTicket(ticketFromRow(before), req, uuidv7(), 'inbound', now);
    const fx = {
      tickets: [rated.ticket],
      messages: [],
      customers: [],
      escalations: [],
      agents: [],
      overwrites: [],
      surveys: [rated.survey],
    };
    await writeEffects(
      {
        tx,
        tenantId,
        version: v,
        clientId: null,
        actor: null,
        now,
        nextTicketNumber: () => {
          throw new Error('an answer creates no ticket');
        },
      },
      fx,
      before,
    );
    await tx.updateTable('tenants').set({ version: v }).where('id', '=', tenantId).execute();
    return { answer: { surveyId: rated.survey.id, ticketId: before.id }, version: v };
  });
  deps.onCommit(tenantId, result.version);
  return result.answer;
}

// A customer's survey answer (POST /inbound/survey): CSAT and/or NPS about the ticket of that number,
// kept for the KPI reports. Surveys are not replicated (the reports are computed on the server), so no
// version moves and nobody is poked. The lookup is within the API key's tenant: another's number is 404.
import type { z } from 'zod';
import { reason, uuidv7, type InboundSurveyRequest, type InboundSurveyResponse } from '../../../src/shared/index';
import type { Db } from '../db/database';
import { HttpError } from './errors';

type Parsed = z.infer<typeof InboundSurveyRequest>;
type Answer = z.infer<typeof InboundSurveyResponse>;

export async function receiveInboundSurvey(db: Db, tenantId: string, req: Parsed, now = new Date().toISOString()): Promise<Answer> {
  const ticket = await db.selectFrom('tickets').select('id').where('tenant_id', '=', tenantId).where('number', '=', req.ticketNumber).executeTakeFirst();
  if (!ticket) throw new HttpError(404, 'not_found', reason('ticket_not_found'));
  const id = uuidv7();
  await db
    .insertInto('surveys')
    .values({ id, tenant_id: tenantId, ticket_id: ticket.id, csat: req.csat ?? null, nps: req.nps ?? null, comment: req.comment ?? null, source: 'inbound', at: now })
    .execute();
  return { surveyId: id, ticketId: ticket.id };
}

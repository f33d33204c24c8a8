// Numbered migrations, applied in order at start-up, each once, each in its own transaction.
import type { Kysely } from 'kysely';
import * as m0001 from './0001-initial';
import * as m0002 from './0002-session-last-used';
import * as m0003 from './0003-tickets-by-customer';
import * as m0004 from './0004-customer-provenance';
import * as m0005 from './0005-rows-within-bounds';
import * as m0006 from './0006-ticket-scopes';
import * as m0007 from './0007-refusal-reasons';
import * as m0008 from './0008-surveys-and-reopens';
import * as m0009 from './0009-workload-caps';
import * as m0010 from './0010-complaints';
import * as m0011 from './0011-ticket-rating';
import * as m0012 from './0012-rebalance';

export interface Migration {
  id: number;
  name: string;
  up(db: Kysely<unknown>): Promise<void>;
}

export const MIGRATIONS: Migration[] = [
  { id: 1, ...m0001 },
  { id: 2, ...m0002 },
  { id: 3, ...m0003 },
  { id: 4, ...m0004 },
  { id: 5, ...m0005 },
  { id: 6, ...m0006 },
  { id: 7, ...m0007 },
  { id: 8, ...m0008 },
  { id: 9, ...m0009 },
  { id: 10, ...m0010 },
  { id: 11, ...m0011 },
  { id: 12, ...m0012 },
];

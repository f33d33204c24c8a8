// Numbered migrations, applied in order at start-up, each once, each in its own transaction.
import type { Kysely } from 'kysely';
import * as m0001 from './0001-initial';

export interface Migration {
  id: number;
  name: string;
  up(db: Kysely<unknown>): Promise<void>;
}

export const MIGRATIONS: Migration[] = [{ id: 1, ...m0001 }];

// The two services every screen needs once signed in: the bridge to main and the local replica.
// Passed by context (not a store) so tests can hand in a replica on fake-indexeddb.
import { createContext, useContext } from 'react';
import type { ConsoleApi } from '../../shared/api';
import type { Replica } from '../db';

export interface ConsoleServices {
  api: ConsoleApi;
  replica: Replica;
}

export const ConsoleContext = createContext<ConsoleServices | null>(null);

export function useConsole(): ConsoleServices {
  const services = useContext(ConsoleContext);
  if (!services) throw new Error('useConsole() outside <ConsoleContext.Provider>');
  return services;
}

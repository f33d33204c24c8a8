// Binds the locale store to the signed-in agent for as long as the component that calls it is mounted
// (the console shell): their kept language comes back at sign-in; at sign-out the OS language returns, so the
// next person at a shared workstation does not inherit it. A layout effect: the first paint is in their language.
import { useLayoutEffect } from 'react';
import { useLocaleStore } from './locale-store';

export function useAgentLocale(agentId: string): void {
  useLayoutEffect(() => {
    useLocaleStore.getState().forAgent(agentId);
    return () => useLocaleStore.getState().forAgent(null);
  }, [agentId]);
}

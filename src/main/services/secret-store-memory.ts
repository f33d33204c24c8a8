// In-memory SecretStore: the browser edition and tests. Nothing survives the process.
import type { SecretStore } from './ports';

export function createMemorySecretStore(initial: string | null = null): SecretStore {
  let value = initial;
  return {
    load: async () => value,
    save: async (v) => {
      value = v;
    },
    clear: async () => {
      value = null;
    },
    // Never written anywhere: nothing in plain text on disk, so no warning is due.
    isSecure: () => true,
  };
}

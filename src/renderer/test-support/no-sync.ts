// A replica with no sync loop at all, for tests that play the rebase themselves (applyPulled directly):
// a loop pulling beside them would race their pages.
import type { OpenReplicaOptions } from '../db/replica';

export const noSync: OpenReplicaOptions['sync'] = () => ({
  onStatus: () => () => undefined,
  onRefused: () => () => undefined,
  onArrived: () => () => undefined,
  onNotify: () => () => undefined,
  kick: () => undefined,
  syncNow: () => undefined,
  close: async () => undefined,
});

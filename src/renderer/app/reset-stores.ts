// Puts every UI store back to its first state (on sign-out, and between tests).
import { useQueueStore } from '../queue/queue-store';
import { useSyncStore } from '../sync/sync-store';
import { resetAhead } from '../ticket/ahead';
import { useUiStore } from './ui-store';

export function resetUiStores(): void {
  useUiStore.setState(useUiStore.getInitialState(), true);
  useQueueStore.setState(useQueueStore.getInitialState(), true);
  useSyncStore.setState(useSyncStore.getInitialState(), true);
  resetAhead();
}

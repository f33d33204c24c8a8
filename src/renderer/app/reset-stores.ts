// Puts every UI store back to its first state (on sign-out, and between tests): nothing of the last agent's
// work (marked tickets, filters, tags seen, edits shown ahead) stays in the page for the next one.
import { useBoardStore } from '../board/board-store';
import { useComplaintListStore } from '../complaints/complaint-list-store';
import { useKpiStore } from '../kpi/kpi-store';
import { useMarksStore } from '../rebalance/marks-store';
import { forgetTags } from '../ticket/tags-known';
import { useQueueStore } from '../queue/queue-store';
import { useSyncStore } from '../sync/sync-store';
import { resetAhead } from '../ticket/ahead';
import { useUiStore } from './ui-store';

export function resetUiStores(): void {
  useUiStore.setState(useUiStore.getInitialState(), true);
  useQueueStore.setState(useQueueStore.getInitialState(), true);
  useSyncStore.setState(useSyncStore.getInitialState(), true);
  useBoardStore.setState(useBoardStore.getInitialState(), true);
  useComplaintListStore.setState(useComplaintListStore.getInitialState(), true);
  useKpiStore.setState(useKpiStore.getInitialState(), true);
  useMarksStore.setState(useMarksStore.getInitialState(), true);
  resetAhead();
  forgetTags();
}

// Renderer tests: a real IndexedDB implementation (fake-indexeddb) for the replica, a clean DOM and
// fresh UI stores between tests.
import 'fake-indexeddb/auto';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import { resetUiStores } from './app/reset-stores';

afterEach(() => {
  cleanup();
  resetUiStores();
});

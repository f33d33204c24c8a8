import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

// Two projects: node-side code (shared, main services, server, sync integration against a real server)
// and renderer code in happy-dom. End-to-end suites run under Playwright, not here.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'node',
          environment: 'node',
          include: ['src/shared/**/*.test.ts', 'src/main/**/*.test.ts', 'server/src/**/*.test.ts', 'tests/integration/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          pool: 'forks',
          globalSetup: ['tests/support/global-setup.ts'],
        },
      },
      {
        plugins: [react()],
        test: {
          name: 'renderer',
          environment: 'happy-dom',
          include: ['src/renderer/**/*.test.{ts,tsx}'],
          setupFiles: ['src/renderer/test-setup.ts'],
          testTimeout: 30_000,
        },
      },
    ],
  },
});

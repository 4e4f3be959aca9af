import { defineConfig } from 'vitest/config';

// Browser end-to-end tests: real Chromium, real server, real Neo4j (`test` instance).
export default defineConfig({
  test: {
    name: 'e2e',
    root: import.meta.dirname,
    include: ['e2e/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['support/globalSetup.ts'],
    fileParallelism: false,
    // After the other projects, never beside the integration tests: both change the data of
    // the `test` instance (seed tests reset it, the e2e setup reseeds it, resetting first on
    // a conflict). Side by side, an API test once found the article graph gone (404, tiktok).
    sequence: { groupOrder: 1 },
    testTimeout: 60_000,
    hookTimeout: 180_000,
  },
});

import { defineConfig } from 'vitest/config';

// Browser end-to-end tests: real Chromium, real server, real Neo4j (`test` instance).
export default defineConfig({
  test: {
    name: 'e2e',
    root: import.meta.dirname,
    include: ['e2e/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['support/globalSetup.ts'],
    setupFiles: ['e2e/support/failOnPageProblems.ts'],
    fileParallelism: false,
    // After every other project, never beside the integration tests: both change the data of
    // the `test` instance (seed tests reset it, the e2e setup reseeds it, resetting first on
    // a conflict). Side by side, an API test once found the article graph gone (404, tiktok).
    sequence: { groupOrder: 2 },
    // Polls wait on the server, the layout worker and animations on a 2-core
    // machine that also runs Neo4j: give them room instead of Vitest's 1 s.
    expect: { poll: { timeout: 15_000, interval: 50 } },
    testTimeout: 60_000,
    hookTimeout: 180_000,
  },
});

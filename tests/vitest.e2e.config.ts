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
    testTimeout: 60_000,
    hookTimeout: 180_000,
  },
});

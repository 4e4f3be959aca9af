import { defineConfig } from 'vitest/config';

// Integration tests share the real `test` Neo4j instance, so files run one at a time.
export default defineConfig({
  test: {
    name: 'integration',
    root: import.meta.dirname,
    include: ['integration/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['support/globalSetup.ts'],
    // Checks every /api answer against the server's OpenAPI document.
    setupFiles: ['integration/support/validateResponses.ts'],
    fileParallelism: false,
    // After the unit projects, never beside them: on 2 cores, Neo4j and the
    // integration servers beside the browser unit tests made those slow by chance.
    sequence: { groupOrder: 1 },
    // Seeding two articles took over 30 s while other suites loaded the 2 cores.
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});

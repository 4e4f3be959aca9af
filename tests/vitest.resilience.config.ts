import { defineConfig } from 'vitest/config';

// `npm run test:resilience`: the slow suites (load, Neo4j faults, concurrency)
// plus the hostile-Cypher and fuzz suites, so one run prints one summary.
export default defineConfig({
  test: {
    name: 'resilience',
    root: import.meta.dirname,
    include: [
      'resilience/**/*.test.ts',
      'integration/api/cypher-read-only.test.ts',
      'integration/api/fuzz.test.ts',
    ],
    environment: 'node',
    globalSetup: ['support/resilienceSetup.ts'],
    fileParallelism: false,
    testTimeout: 400_000,
    hookTimeout: 180_000,
  },
});

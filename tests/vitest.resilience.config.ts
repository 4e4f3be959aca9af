import { defineConfig } from 'vitest/config';

// Slow suites (load, Neo4j faults): `npm run test:resilience`, never part of `npm test`.
export default defineConfig({
  test: {
    name: 'resilience',
    root: import.meta.dirname,
    include: ['resilience/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['support/globalSetup.ts'],
    fileParallelism: false,
    testTimeout: 300_000,
    hookTimeout: 180_000,
  },
});

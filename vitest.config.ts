import { defineConfig } from 'vitest/config';

// One runner for every workspace: each workspace owns its project config.
// `npm test` (tools/test.ts) starts the `test` Neo4j instance before this runs.
export default defineConfig({
  test: {
    projects: [
      'model/vitest.config.ts',
      'seed/vitest.config.ts',
      'server/vitest.config.ts',
      'client/vitest.config.ts',
      'tests/vitest.config.ts',
      'tests/vitest.e2e.config.ts',
    ],
  },
});

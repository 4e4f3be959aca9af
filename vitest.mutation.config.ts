import { defineConfig } from 'vitest/config';

/**
 * The unit tests that guard correctness, for mutation testing only
 * (`npm run test:mutation`, stryker.config.json): the seed's validation and
 * offsets, the read-only guard, the export writers and the view-state
 * reducer. They run in Node, with no Neo4j and no browser, so that Stryker
 * can run them hundreds of times. The reducer is pure, so Node suffices.
 */
export default defineConfig({
  test: {
    projects: [
      'seed/vitest.config.ts',
      'server/vitest.config.ts',
      {
        test: {
          name: 'client-state',
          root: 'client',
          include: ['src/state/*.test.ts'],
          environment: 'node',
        },
      },
    ],
  },
});

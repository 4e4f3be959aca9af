import { defineConfig } from 'vitest/config';

/**
 * The export writers' unit tests alone, for `stryker run stryker.export.config.json`:
 * a mutant of a writer can only be killed by these files, so Stryker runs
 * nothing else (the full mutation config takes about 40 min on 2 cores).
 */
export default defineConfig({
  test: {
    name: 'server-export',
    root: 'server',
    include: ['src/services/export/*.test.ts'],
    environment: 'node',
  },
});

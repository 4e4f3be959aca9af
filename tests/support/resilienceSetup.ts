import neo4jSetup from './globalSetup.ts';
import { readSummary, resetSummary } from './summary.ts';

/** Starts the test Neo4j like the integration setup, and prints the resilience summary at the end. */
export default async function setup(): Promise<() => Promise<void>> {
  resetSummary();
  const teardown = await neo4jSetup();
  return async () => {
    console.log('\n──────── resilience summary ────────');
    for (const entry of readSummary()) {
      const { section, ...facts } = entry;
      console.log(
        `${String(section)}: ${Object.entries(facts)
          .map(([key, value]) => `${key}=${JSON.stringify(value)}`)
          .join(', ')}`,
      );
    }
    console.log('────────────────────────────────────\n');
    await teardown();
  };
}

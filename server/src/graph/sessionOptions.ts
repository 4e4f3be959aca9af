import type { RunRegistry } from './runRegistry.ts';

/** Where and how the server's own queries run; its own file so that deadline.ts and session.ts import no cycle. */
export interface SessionOptions {
  database: string | undefined;
  /**
   * Time limit of the server's own read queries (exploration, search…). With
   * a registry they keep the same deadline as user Cypher: 504 in time, and
   * the transaction terminated.
   */
  timeoutMs?: number;
  registry?: RunRegistry;
}

import type { Driver, Result } from 'neo4j-driver';
import type { CypherResultDto, PropertyValue } from '@newsgraph/model';
import { CypherSyntaxError } from '../domain/errors.ts';
import { assertBoundedCost } from './costGuard.ts';
import type { CypherGate } from './cypherGate.ts';
import { DEADLINE_GRACE_MS, runWithDeadline } from './deadline.ts';
import { toCypherParams } from './params.ts';
import { assertNoQueryPrefix, assertReadOnlyPlan } from './readOnlyGuard.ts';
import type { ReadOnlyVerdicts } from './readOnlyVerdicts.ts';
import type { CypherRequest } from './port.ts';
import type { RunRegistry } from './runRegistry.ts';
import type { SessionOptions } from './session.ts';
import { GraphCollector, toPropertyValue } from './toDomain.ts';
import { toEntityGraph } from './toEntities.ts';

const EXPLAIN_PREFIX = 'EXPLAIN ';

/** Neo4j reports positions in the text it received; take our EXPLAIN prefix back out. */
function shiftOutOfPrefix(error: unknown): unknown {
  if (!(error instanceof CypherSyntaxError) || !error.position) return error;
  const { offset, line, column } = error.position;
  const position = {
    offset: Math.max(0, offset - EXPLAIN_PREFIX.length),
    line: Math.max(1, line),
    column: line <= 1 ? Math.max(1, column - EXPLAIN_PREFIX.length) : column,
  };
  const message = error.message.replace(
    /\(line \d+, column \d+ \(offset: \d+\)\)/,
    `(line ${position.line}, column ${position.column} (offset: ${position.offset}))`,
  );
  return new CypherSyntaxError(message, position);
}

/** What user Cypher shares across requests: plan verdicts, the slot pool, in-flight runs. */
export interface CypherRunnerContext {
  verdicts: ReadOnlyVerdicts;
  gate: CypherGate;
  registry: RunRegistry;
  /** Longest a query waits for a slot before 503 (never longer than its time limit). */
  queueWaitMs: number;
}

/**
 * Runs user Cypher read-only by construction, within a deadline the API keeps:
 * 1. the text must not ask for unstoppable work inside one expression (costGuard);
 * 2. it waits for a slot in the bounded pool (cypherGate), held until Neo4j lets go;
 * 3. the plan from EXPLAIN must be a pure read (readOnlyGuard), checked once
 *    per query text (readOnlyVerdicts);
 * 4. it then runs in a READ-mode session, where Neo4j itself refuses writes,
 *    with a server-side timeout; rows stop at the cap; and the answer comes
 *    by the time limit plus DEADLINE_GRACE_MS whatever Neo4j does (deadline.ts).
 */
export async function runReadOnlyCypher(
  driver: Driver,
  sessionOptions: SessionOptions,
  request: CypherRequest,
  context: CypherRunnerContext,
): Promise<CypherResultDto> {
  const started = performance.now();
  const deadlineAt = started + request.timeoutMs + DEADLINE_GRACE_MS;
  assertNoQueryPrefix(request.cypher);
  assertBoundedCost(request.cypher, request.params);
  const params = toCypherParams(request.params) as Record<string, unknown>;
  const release = await context.gate.acquire(
    request.clientKey ?? 'server',
    Math.min(context.queueWaitMs, request.timeoutMs),
  );
  const inNeo4j: Promise<void>[] = [];
  const run = <T>(cypher: string, consume: (result: Result) => Promise<T>): Promise<T> => {
    const { answer, settled } = runWithDeadline(driver, sessionOptions, context.registry, {
      cypher,
      params,
      deadlineAt,
      consume,
    });
    inNeo4j.push(settled);
    return answer;
  };
  try {
    if (!context.verdicts.isApproved(request.cypher)) {
      const summary = await run(`${EXPLAIN_PREFIX}${request.cypher}`, async (result) =>
        result.summary(),
      ).catch((error: unknown) => {
        throw shiftOutOfPrefix(error);
      });
      assertReadOnlyPlan(summary.queryType, summary.plan, summary.database.name ?? undefined);
      context.verdicts.approve(request.cypher);
    }

    // Auto-commit in a READ session: Neo4j refuses writes, and leaving the
    // loop at the row cap cancels the rest of the stream on the server.
    return await run(request.cypher, async (result) => {
      const columns = [...(await result.keys())];
      const rows: PropertyValue[][] = [];
      const collector = new GraphCollector();
      let truncated = false;
      for await (const record of result) {
        if (rows.length === request.rowLimit) {
          truncated = true;
          break;
        }
        const values = columns.map((column) => record.get(column) as unknown);
        values.forEach((value) => collector.add(value));
        rows.push(values.map(toPropertyValue));
      }
      return {
        columns,
        rows,
        graph: toEntityGraph(collector),
        summary: { ms: Math.round(performance.now() - started), truncated, rowCount: rows.length },
      };
    });
  } finally {
    // The slot stays taken until Neo4j has let go of every query we sent.
    void Promise.all(inNeo4j).then(release);
  }
}

import type { Driver } from 'neo4j-driver';
import type { CypherResultDto, PropertyValue } from '../contract.ts';
import { CypherSyntaxError } from '../domain/errors.ts';
import { toDomainError } from './neo4jErrors.ts';
import { toCypherParams } from './params.ts';
import { assertNoQueryPrefix, assertReadOnlyPlan } from './readOnlyGuard.ts';
import type { ReadOnlyVerdicts } from './readOnlyVerdicts.ts';
import type { CypherRequest } from './repository.ts';
import { openReadSession, readQuery, type SessionOptions } from './session.ts';
import { GraphCollector, toPropertyValue } from './toDomain.ts';

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

/**
 * Runs user Cypher read-only by construction:
 * 1. the plan from EXPLAIN must be a pure read (readOnlyGuard), checked once
 *    per query text (readOnlyVerdicts);
 * 2. it then runs in a READ-mode session, where Neo4j itself refuses writes;
 * 3. the transaction has a server-side timeout, and rows stop at the cap.
 */
export async function runReadOnlyCypher(
  driver: Driver,
  sessionOptions: SessionOptions,
  request: CypherRequest,
  verdicts: ReadOnlyVerdicts,
): Promise<CypherResultDto> {
  assertNoQueryPrefix(request.cypher);
  const params = toCypherParams(request.params) as Record<string, unknown>;
  const session = openReadSession(driver, sessionOptions);
  const started = performance.now();
  try {
    if (!verdicts.isApproved(request.cypher)) {
      const explained = await readQuery(
        driver,
        sessionOptions,
        `${EXPLAIN_PREFIX}${request.cypher}`,
        params,
        { timeoutMs: request.timeoutMs },
      ).catch((error: unknown) => {
        throw shiftOutOfPrefix(error);
      });
      const summary = explained.summary;
      assertReadOnlyPlan(summary.queryType, summary.plan, summary.database.name ?? undefined);
      verdicts.approve(request.cypher);
    }

    // Auto-commit in a READ session: Neo4j refuses writes, and leaving the
    // loop at the row cap cancels the rest of the stream on the server.
    const result = session.run(request.cypher, params, { timeout: request.timeoutMs });
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
      graph: collector.toGraph(),
      summary: { ms: Math.round(performance.now() - started), truncated, rowCount: rows.length },
    };
  } catch (error) {
    throw toDomainError(error);
  } finally {
    await session.close();
  }
}

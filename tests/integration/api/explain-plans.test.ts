/**
 * The read-only guard's unit test (server/src/graph/readOnlyGuard.plans.test.ts)
 * judges plans that Neo4j really produced, kept in a fixture so that it runs
 * without Neo4j (and under mutation testing). This test keeps that fixture
 * true: it asks the test instance for each plan again and compares.
 * `NEWSGRAPH_RECORD_PLANS=1 npm test -- tests/integration/api/explain-plans.test.ts`
 * rewrites the fixture after a Neo4j upgrade or a new corpus entry.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import neo4j, { type Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  PLAN_QUERIES,
  type RecordedPlan,
  type RecordedPlans,
} from '../../../server/src/graph/fixtures/planQueries.ts';
import { ReadOnlyViolationError } from '../../../server/src/domain/errors.ts';
import { assertReadOnlyPlan, type PlanNode } from '../../../server/src/graph/readOnlyGuard.ts';
import { openTestDriver } from '../../support/driver.ts';

const FIXTURE = path.join(
  import.meta.dirname,
  '../../../server/src/graph/fixtures/explainPlans.json',
);

/** Only what the guard reads: operator, its Details text, children. */
function reduce(node: PlanNode): PlanNode {
  const details = node.arguments.Details;
  return {
    operatorType: node.operatorType,
    arguments: typeof details === 'string' ? { Details: details } : {},
    children: node.children.map(reduce),
  };
}

async function explain(driver: Driver, cypher: string): Promise<RecordedPlan> {
  // As the server does: EXPLAIN in a READ session on the default database.
  const session = driver.session({ defaultAccessMode: neo4j.session.READ });
  try {
    const summary = await session.run(`EXPLAIN ${cypher}`).summary();
    return {
      cypher,
      queryType: summary.queryType,
      database: summary.database.name ?? null,
      plan: summary.plan ? reduce(summary.plan) : null,
    };
  } finally {
    await session.close();
  }
}

/** What the guard decides on a plan, with the facts it decides from that do not depend on statistics. */
function judged(recorded: RecordedPlan): {
  queryType: string;
  database: string | null;
  verdict: string;
} {
  let verdict = 'allowed';
  try {
    assertReadOnlyPlan(recorded.queryType, recorded.plan ?? false, recorded.database ?? undefined);
  } catch (error) {
    if (!(error instanceof ReadOnlyViolationError)) throw error;
    verdict = error.message;
  }
  return { queryType: recorded.queryType, database: recorded.database, verdict };
}

describe('the recorded EXPLAIN plans the guard is unit-tested on', () => {
  let driver: Driver;
  const live: RecordedPlans = {};

  beforeAll(async () => {
    driver = openTestDriver();
    for (const [name, cypher] of Object.entries(PLAN_QUERIES)) {
      live[name] = await explain(driver, cypher);
    }
    if (process.env.NEWSGRAPH_RECORD_PLANS === '1')
      writeFileSync(FIXTURE, `${JSON.stringify(live, null, 2)}\n`);
  });

  afterAll(async () => {
    await driver.close();
  });

  // Not the plans' exact shape: Neo4j orders scans and caches properties by the
  // database's statistics, which other test files change (a full run saw
  // `cache[n.name]` and a relationship scan swap places). What the fixture must
  // keep true is what the guard concludes from a plan Neo4j really makes.
  it('lead the guard to the same verdict as what Neo4j plans today, for every query of the corpus', () => {
    const recorded = JSON.parse(readFileSync(FIXTURE, 'utf8')) as RecordedPlans;
    expect(Object.keys(recorded).sort()).toStrictEqual(Object.keys(PLAN_QUERIES).sort());
    const verdicts = (plans: RecordedPlans) =>
      Object.fromEntries(Object.entries(plans).map(([name, plan]) => [name, judged(plan)]));
    expect(verdicts(recorded)).toStrictEqual(verdicts(live));
  });
});

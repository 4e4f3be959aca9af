/**
 * The guard on plans Neo4j 5.26 really produced (fixtures/explainPlans.json,
 * kept true by tests/integration/api/explain-plans.test.ts): every allowed
 * procedure passes, and each way out of a read-only graph query is refused
 * with the message the user sees.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ReadOnlyViolationError } from '../domain/errors.ts';
import { PLAN_QUERIES, type PlanQueryName, type RecordedPlans } from './fixtures/planQueries.ts';
import { ALLOWED_PROCEDURES, assertReadOnlyPlan } from './readOnlyGuard.ts';

const PLANS = JSON.parse(
  readFileSync(path.join(import.meta.dirname, 'fixtures', 'explainPlans.json'), 'utf8'),
) as RecordedPlans;

/** The guard's verdict on one recorded plan: 'allowed', or the refusal's message. */
function verdict(name: PlanQueryName): string {
  const recorded = PLANS[name];
  if (!recorded) throw new Error(`No recorded plan for "${name}"; record the fixture again.`);
  try {
    assertReadOnlyPlan(recorded.queryType, recorded.plan ?? false, recorded.database ?? undefined);
    return 'allowed';
  } catch (error) {
    if (!(error instanceof ReadOnlyViolationError)) throw error;
    return error.message;
  }
}

const ALLOWED_LIST = [...ALLOWED_PROCEDURES].join(', ');
const WRITES = 'This query writes to the graph. Only read-only queries can run here.';
const ADMIN =
  'This query changes the schema or calls an administrative procedure. Only read-only queries can run here.';

describe('the read-only guard on real EXPLAIN plans', () => {
  it('has a recorded plan for every query of the corpus, and nothing else', () => {
    expect(Object.keys(PLANS).sort()).toStrictEqual(Object.keys(PLAN_QUERIES).sort());
  });

  it('lets plain reads and every allowed procedure through, also inside a subquery', () => {
    const allowed: PlanQueryName[] = [
      'plainRead',
      'labels',
      'relationshipTypes',
      'propertyKeys',
      'schemaVisualization',
      'nodeTypeProperties',
      'relTypeProperties',
      'fulltextNodes',
      'fulltextRelationships',
      'procedureInSubquery',
    ];
    expect(Object.fromEntries(allowed.map((name) => [name, verdict(name)]))).toStrictEqual(
      Object.fromEntries(allowed.map((name) => [name, 'allowed'])),
    );
    // Each allowed procedure is exercised by one recorded plan.
    const called = allowed.flatMap((name) => {
      const match = /CALL ([\w.]+)\(/.exec(PLAN_QUERIES[name]);
      return match?.[1] ? [match[1]] : [];
    });
    expect([...new Set(called)].sort()).toStrictEqual([...ALLOWED_PROCEDURES].sort());
  });

  it('refuses a read procedure that is not on the list, at any depth of the plan', () => {
    const refusal = `The procedure "db.info" is not allowed. Allowed: ${ALLOWED_LIST}.`;
    expect(verdict('dbInfo')).toBe(refusal);
    expect(verdict('dbInfoInSubquery')).toBe(refusal);
  });

  it('refuses operators that reach outside the graph although they plan as reads', () => {
    expect(verdict('loadCsv')).toBe('Refused: LOAD CSV reads files and URLs outside the graph.');
    expect(verdict('terminateTransactions')).toBe(
      'Refused: TERMINATE TRANSACTION acts on other users’ queries.',
    );
    expect(verdict('showTransactions')).toBe(
      'Refused: SHOW TRANSACTIONS exposes other users’ queries.',
    );
    expect(verdict('showSettings')).toBe('Refused: SHOW SETTINGS exposes server configuration.');
  });

  it('refuses writes, schema changes, dbms procedures and administration by their query type', () => {
    expect({
      create: verdict('create'),
      setProperty: verdict('setProperty'),
      createIndex: verdict('createIndex'),
      dbmsComponents: verdict('dbmsComponents'),
      dbmsListConfig: verdict('dbmsListConfig'),
      dbmsInSubquery: verdict('dbmsInSubquery'),
      showDatabases: verdict('showDatabases'),
      showUsers: verdict('showUsers'),
    }).toStrictEqual({
      create: WRITES,
      setProperty: WRITES,
      createIndex: ADMIN,
      dbmsComponents: ADMIN,
      dbmsListConfig: ADMIN,
      dbmsInSubquery: ADMIN,
      showDatabases: ADMIN,
      showUsers: ADMIN,
    });
  });
});

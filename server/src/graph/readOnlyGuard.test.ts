import { describe, expect, it } from 'vitest';
import { InvalidInputError, ReadOnlyViolationError } from '../domain/errors.ts';
import { assertNoQueryPrefix, assertReadOnlyPlan, type PlanNode } from './readOnlyGuard.ts';

const op = (operatorType: string, children: PlanNode[] = [], details?: string): PlanNode => ({
  operatorType,
  arguments: details === undefined ? {} : { Details: details },
  children,
});

describe('assertReadOnlyPlan', () => {
  it('accepts a plain read of the session database', () => {
    const plan = op('ProduceResults@neo4j', [op('Limit@neo4j', [op('AllNodesScan@neo4j')])]);
    expect(() => assertReadOnlyPlan('r', plan, 'neo4j')).not.toThrow();
  });

  it('refuses write and schema query types', () => {
    expect(() => assertReadOnlyPlan('w', false, 'neo4j')).toThrow(/writes to the graph/);
    expect(() => assertReadOnlyPlan('rw', false, 'neo4j')).toThrow(ReadOnlyViolationError);
    expect(() => assertReadOnlyPlan('s', false, 'neo4j')).toThrow(
      /schema or calls an administrative procedure/,
    );
    expect(() => assertReadOnlyPlan(undefined, false, 'neo4j')).toThrow(ReadOnlyViolationError);
  });

  it('refuses LOAD CSV and TERMINATE TRANSACTION even though they plan as reads', () => {
    expect(() =>
      assertReadOnlyPlan('r', op('ProduceResults@neo4j', [op('LoadCSV@neo4j')]), 'neo4j'),
    ).toThrow(/LOAD CSV/);
    expect(() => assertReadOnlyPlan('r', op('TerminateTransactions@neo4j'), 'neo4j')).toThrow(
      /TERMINATE/,
    );
  });

  it('allows listed read procedures and refuses the rest', () => {
    const labels = op('ProcedureCall@neo4j', [], 'db.labels() :: (label :: STRING)');
    expect(() => assertReadOnlyPlan('r', labels, 'neo4j')).not.toThrow();
    const config = op('ProcedureCall@neo4j', [], 'dbms.listConfig() :: (name :: STRING)');
    expect(() => assertReadOnlyPlan('r', config, 'neo4j')).toThrow(
      /"dbms.listConfig" is not allowed/,
    );
  });

  it('refuses plans that run on another database', () => {
    expect(() => assertReadOnlyPlan('r', op('AllNodesScan@system'), 'neo4j')).toThrow(
      /only read the "neo4j" database/,
    );
  });
});

describe('assertNoQueryPrefix', () => {
  it('refuses CYPHER, EXPLAIN and PROFILE prefixes, also behind comments', () => {
    expect(() => assertNoQueryPrefix('PROFILE MATCH (n) RETURN n')).toThrow(InvalidInputError);
    expect(() =>
      assertNoQueryPrefix('  // hi\n /* x */ cypher runtime=slotted MATCH (n) RETURN n'),
    ).toThrow(/CYPHER/);
    expect(() => assertNoQueryPrefix('explain MATCH (n) RETURN n')).toThrow(/EXPLAIN/);
  });

  it('lets ordinary queries through', () => {
    expect(() => assertNoQueryPrefix('MATCH (profile) RETURN profile')).not.toThrow();
  });
});

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

describe('assertReadOnlyPlan on operators no recorded plan reaches', () => {
  // Real plans for these need an enterprise server or a composite database;
  // the shapes follow Neo4j's operator names.
  it('refuses administration and system procedures even when planned as reads', () => {
    expect(() => assertReadOnlyPlan('r', op('AdministrationCommand@system'), 'neo4j')).toThrow(
      'Refused: administration commands are not allowed.',
    );
    expect(() =>
      assertReadOnlyPlan(
        'r',
        op('ProduceResults@neo4j', [op('SystemProcedureCall@neo4j')]),
        'neo4j',
      ),
    ).toThrow('Refused: system procedures are not allowed.');
  });

  it('checks procedures planned as ProcedureCallRead by name', () => {
    const read = (details: string) =>
      op('ProduceResults@neo4j', [op('ProcedureCallRead@neo4j', [], details)]);
    expect(() =>
      assertReadOnlyPlan('r', read('db.labels() :: (label :: STRING)'), 'neo4j'),
    ).not.toThrow();
    expect(() => assertReadOnlyPlan('r', read('apoc.load.json($url)'), 'neo4j')).toThrow(
      /^The procedure "apoc.load.json" is not allowed\. Allowed: db\.labels, /,
    );
    // No Details at all: the procedure has no name, and no name is on the list.
    expect(() => assertReadOnlyPlan('r', op('ProcedureCall@neo4j'), 'neo4j')).toThrow(
      /^The procedure "" is not allowed/,
    );
  });

  it('judges the database only when both the session and the operator name one', () => {
    expect(() => assertReadOnlyPlan('r', op('AllNodesScan@other'), undefined)).not.toThrow();
    expect(() => assertReadOnlyPlan('r', op('AllNodesScan'), 'neo4j')).not.toThrow();
    expect(() =>
      assertReadOnlyPlan('r', op('ProduceResults@neo4j', [op('AllNodesScan@other')]), 'neo4j'),
    ).toThrow('Queries may only read the "neo4j" database.');
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

import { InvalidInputError, ReadOnlyViolationError } from '../domain/errors.ts';

/**
 * Decides, from Neo4j's own EXPLAIN plan, whether an ad-hoc query may run.
 * Neo4j's query type alone is not enough: LOAD CSV and TERMINATE TRANSACTION
 * plan as read-only ('r'), and some procedures plan as schema ('s').
 * Execution then happens in a READ transaction, so Neo4j refuses any write
 * this check might miss.
 */
export interface PlanNode {
  operatorType: string;
  arguments: Record<string, unknown>;
  children: PlanNode[];
}

/** Read procedures a user may call; everything else (dbms.*, writes, admin) is refused. */
export const ALLOWED_PROCEDURES = new Set([
  'db.labels',
  'db.relationshipTypes',
  'db.propertyKeys',
  'db.schema.visualization',
  'db.schema.nodeTypeProperties',
  'db.schema.relTypeProperties',
  'db.index.fulltext.queryNodes',
  'db.index.fulltext.queryRelationships',
]);

/** Operators that read outside the graph or act on the server, though they plan as reads. */
const FORBIDDEN_OPERATORS = new Map<string, string>([
  ['LoadCSV', 'LOAD CSV reads files and URLs outside the graph'],
  ['TerminateTransactions', 'TERMINATE TRANSACTION acts on other users’ queries'],
  ['ShowTransactions', 'SHOW TRANSACTIONS exposes other users’ queries'],
  ['ShowSettings', 'SHOW SETTINGS exposes server configuration'],
  ['AdministrationCommand', 'administration commands are not allowed'],
  ['SystemProcedureCall', 'system procedures are not allowed'],
]);

const LEADING_OPTION = /^\s*(?:(?:\/\/[^\n]*\n|\/\*[\s\S]*?\*\/)\s*)*(CYPHER|EXPLAIN|PROFILE)\b/i;

/** Refuses query prefixes that would change how the safety EXPLAIN is read. */
export function assertNoQueryPrefix(cypher: string): void {
  const match = LEADING_OPTION.exec(cypher);
  if (match?.[1]) {
    throw new InvalidInputError(
      `Queries cannot start with ${match[1].toUpperCase()}: the server plans and limits each query itself. Remove the prefix and run it again.`,
    );
  }
}

function operatorName(operatorType: string): { name: string; database: string | undefined } {
  const [name = operatorType, database] = operatorType.split('@');
  return { name, database };
}

function procedureName(node: PlanNode): string {
  const details = typeof node.arguments.Details === 'string' ? node.arguments.Details : '';
  return details.split('(')[0]?.trim() ?? '';
}

/**
 * Throws ReadOnlyViolationError unless the plan is a pure read of the
 * expected database that calls only allow-listed procedures.
 */
export function assertReadOnlyPlan(
  queryType: string | undefined,
  plan: PlanNode | false | undefined,
  database: string | undefined,
): void {
  if (queryType !== 'r') {
    const kind =
      queryType === 's'
        ? 'changes the schema or calls an administrative procedure'
        : 'writes to the graph';
    throw new ReadOnlyViolationError(`This query ${kind}. Only read-only queries can run here.`);
  }
  if (!plan) return;
  const pending: PlanNode[] = [plan];
  while (pending.length > 0) {
    const node = pending.pop();
    if (!node) break;
    const { name, database: operatorDatabase } = operatorName(node.operatorType);
    const reason = FORBIDDEN_OPERATORS.get(name);
    if (reason) throw new ReadOnlyViolationError(`Refused: ${reason}.`);
    if (name === 'ProcedureCall' || name === 'ProcedureCallRead') {
      const procedure = procedureName(node);
      if (!ALLOWED_PROCEDURES.has(procedure)) {
        throw new ReadOnlyViolationError(
          `The procedure "${procedure}" is not allowed. Allowed: ${[...ALLOWED_PROCEDURES].join(', ')}.`,
        );
      }
    }
    if (database !== undefined && operatorDatabase !== undefined && operatorDatabase !== database) {
      throw new ReadOnlyViolationError(`Queries may only read the "${database}" database.`);
    }
    pending.push(...node.children);
  }
}

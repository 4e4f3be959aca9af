/**
 * Typed errors thrown by services and the Neo4j adapter. The HTTP layer maps
 * each to a status code in one place (http/errorHandler.ts); nothing else
 * decides statuses. Messages say what went wrong and how to fix it.
 */
export interface CypherPosition {
  offset: number;
  line: number;
  column: number;
}

export abstract class ExplorerError extends Error {
  abstract readonly code: string;
  abstract readonly status: number;
  readonly details: unknown;

  constructor(message: string, details?: unknown) {
    super(message);
    this.name = new.target.name;
    this.details = details;
  }
}

export class InvalidInputError extends ExplorerError {
  readonly code = 'INVALID_INPUT';
  readonly status = 400;
}

export class CypherSyntaxError extends ExplorerError {
  readonly code = 'CYPHER_SYNTAX_ERROR';
  readonly status = 400;
  constructor(
    message: string,
    readonly position: CypherPosition | undefined,
  ) {
    super(message);
  }
}

export class CypherError extends ExplorerError {
  readonly code = 'CYPHER_ERROR';
  readonly status = 400;
}

export class ReadOnlyViolationError extends ExplorerError {
  readonly code = 'READ_ONLY_VIOLATION';
  readonly status = 403;
}

export class UnauthorizedError extends ExplorerError {
  readonly code = 'UNAUTHORIZED';
  readonly status = 401;
}

export class ForbiddenError extends ExplorerError {
  readonly code = 'FORBIDDEN';
  readonly status = 403;
}

export class NotFoundError extends ExplorerError {
  readonly code = 'NOT_FOUND';
  readonly status = 404;
}

export class VersionConflictError extends ExplorerError {
  readonly code = 'VERSION_CONFLICT';
  readonly status = 409;
}

export class QueryTimeoutError extends ExplorerError {
  readonly code = 'QUERY_TIMEOUT';
  readonly status = 504;
}

export class DatabaseUnavailableError extends ExplorerError {
  readonly code = 'DATABASE_UNAVAILABLE';
  readonly status = 503;
}

/** Errors that tell the client when to come back (sent as Retry-After). */
export interface RetryAdvice {
  retryAfterSeconds: number;
}

/** The client already holds its share of query slots. */
export class TooManyQueriesError extends ExplorerError {
  readonly code = 'TOO_MANY_QUERIES';
  readonly status = 429;
  readonly retryAfterSeconds: number;
  constructor(message: string, advice: RetryAdvice) {
    super(message);
    this.retryAfterSeconds = advice.retryAfterSeconds;
  }
}

/** Every query slot is busy and none came free within the queue's deadline. */
export class ServerBusyError extends ExplorerError {
  readonly code = 'SERVER_BUSY';
  readonly status = 503;
  readonly retryAfterSeconds: number;
  constructor(message: string, advice: RetryAdvice) {
    super(message);
    this.retryAfterSeconds = advice.retryAfterSeconds;
  }
}

/** The query needs more memory than Neo4j allows one query (or all together); retrying cannot help. */
export class QueryMemoryLimitError extends ExplorerError {
  readonly code = 'QUERY_MEMORY_LIMIT';
  readonly status = 422;
}

/** The query contains work inside one expression that Neo4j could not stop at the time limit. */
export class UnboundedQueryError extends ExplorerError {
  readonly code = 'QUERY_UNBOUNDED';
  readonly status = 422;
}

/** An edit names an entity that neither the article nor the published graph has. */
export class UnknownEntityError extends ExplorerError {
  readonly code = 'UNKNOWN_ENTITY';
  readonly status = 400;
}

/** An edit names a relationship that neither the article nor the published graph has. */
export class UnknownRelationshipError extends ExplorerError {
  readonly code = 'UNKNOWN_RELATIONSHIP';
  readonly status = 400;
}

/** A selection's offsets do not hold the text the client says, or hold only whitespace. */
export class SelectionMismatchError extends ExplorerError {
  readonly code = 'SELECTION_MISMATCH';
  readonly status = 400;
}

/**
 * The edit would break a rule of the seed format (the same checks as
 * `npm run seed -- --check`); details list each problem with its graph.json
 * path and the request field it comes from.
 */
export class InvalidEditError extends ExplorerError {
  readonly code = 'INVALID_EDIT';
  readonly status = 400;
}

/** An article, entity or relationship with this id already exists; details name it. */
export class AlreadyExistsError extends ExplorerError {
  readonly code = 'ALREADY_EXISTS';
  readonly status = 409;
}

/** Writing the article would contradict what other articles put in the graph. */
export class GraphConflictError extends ExplorerError {
  readonly code = 'GRAPH_CONFLICT';
  readonly status = 409;
}

/** The change cannot be reverted: it is not an edit, or what it touched changed since. */
export class RevertConflictError extends ExplorerError {
  readonly code = 'REVERT_CONFLICT';
  readonly status = 409;
}

/**
 * Two entities cannot be merged as asked: their types differ and the request
 * does not say which wins, or a generic (article-bound) entity would join
 * another article's. Details name the entities.
 */
export class MergeConflictError extends ExplorerError {
  readonly code = 'MERGE_CONFLICT';
  readonly status = 409;
}

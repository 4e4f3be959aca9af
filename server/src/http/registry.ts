import { Router, type Request, type RequestHandler, type Response } from 'express';
import type { z } from 'zod';
import { InvalidInputError } from '../domain/errors.ts';
import { stableJson } from './responseCache/etag.ts';
import type { ResponseCache } from './responseCache/responseCache.ts';

type Method = 'get' | 'post' | 'put' | 'delete';

/** The error statuses a route may answer with; each gets the `Error` body in the OpenAPI document. */
export type ErrorStatus = 400 | 401 | 403 | 404 | 409 | 413 | 415 | 422 | 429 | 503 | 504;

/** Why a route answers an error status; a schema replaces the `Error` body (health's 503). */
export type ErrorSpec = string | { description: string; schema: z.ZodType };

/**
 * The 2xx answer. `schema` is the JSON body, and the handler's return type
 * is inferred from it. `content` documents a file download instead (the
 * handler writes it and returns undefined).
 */
export interface SuccessSpec<S extends z.ZodType> {
  status?: 200 | 201 | 204;
  description: string;
  schema?: S;
  content?: Record<string, z.ZodType | 'text' | 'binary'>;
}

export interface RouteInput<P, Q, B> {
  params: P;
  query: Q;
  body: B;
}

/**
 * One route: its request and response schemas are also what the OpenAPI
 * document is generated from, so the contract, the checks and the handler's
 * types cannot drift apart. A handler returning anything but its success
 * schema's type fails `tsc`.
 */
export interface RouteSpec<P, Q, B, S extends z.ZodType> {
  method: Method;
  /** Express-style path below /api, e.g. /nodes/:id */
  path: string;
  operationId: string;
  summary: string;
  tag: string;
  params?: z.ZodType<P>;
  query?: z.ZodType<Q>;
  body?: z.ZodType<B>;
  /** Extra middleware (auth, rate limits) run before validation. */
  before?: RequestHandler[];
  /** Whether this server wants the bearer write token here (documented as a security requirement). */
  needsWriteToken?: boolean;
  success: SuccessSpec<S>;
  /** The error answers besides invalid input, which the generator adds from the request schemas. */
  errors?: Partial<Record<ErrorStatus, ErrorSpec>>;
  /** Returns the JSON body, or undefined when it wrote the response itself. */
  handler: (
    input: RouteInput<P, Q, B>,
    request: Request,
    response: Response,
  ) => Promise<z.output<S> | undefined>;
}

/** What the registry keeps: the types are checked at `add`, then erased. */
export type AnyRouteSpec = RouteSpec<unknown, unknown, unknown, z.ZodType>;

/** "query.limit: Too big: expected number to be <=500" — where, then what. */
function describeIssues(where: string, error: z.ZodError): string {
  return error.issues
    .map((issue) => `${[where, ...issue.path.map(String)].join('.')}: ${issue.message}`)
    .join('; ');
}

function parsePart<T>(schema: z.ZodType<T> | undefined, value: unknown, where: string): T {
  if (!schema) return undefined as T;
  const parsed = schema.safeParse(value ?? {});
  if (!parsed.success)
    throw new InvalidInputError(describeIssues(where, parsed.error), parsed.error.issues);
  return parsed.data;
}

/** Which operations the response cache answers, and the cache; absent in unit tests. */
export interface RegistryCaching {
  cache: ResponseCache;
  operations: ReadonlySet<string>;
}

export class ApiRegistry {
  readonly routes: AnyRouteSpec[] = [];

  constructor(private readonly caching?: RegistryCaching) {}

  /** Whether the response cache answers this operation (and it can answer 304). */
  isCached(spec: AnyRouteSpec): boolean {
    return this.caching?.operations.has(spec.operationId) ?? false;
  }

  // S defaults to z.ZodUndefined: a route without a success schema must write its own answer.
  add<P, Q, B, S extends z.ZodType = z.ZodUndefined>(spec: RouteSpec<P, Q, B, S>): void {
    this.routes.push(spec as unknown as AnyRouteSpec);
  }

  router(): Router {
    const router = Router();
    for (const spec of this.routes) {
      const cache = this.isCached(spec) ? this.caching?.cache : undefined;
      const handle: RequestHandler = async (request, response) => {
        const input = {
          params: parsePart(spec.params, request.params, 'path'),
          query: parsePart(spec.query, request.query, 'query'),
          body: parsePart(spec.body, request.body, 'body'),
        };
        if (cache) {
          // Keyed by the parsed input: defaults filled in, keys sorted.
          const key = `${spec.method} ${spec.path} ${stableJson(input)}`;
          const status = spec.success.status ?? 200;
          await cache.serve(request, response, key, status, () =>
            spec.handler(input, request, response),
          );
          return;
        }
        const result: unknown = await spec.handler(input, request, response);
        if (result !== undefined && !response.headersSent)
          response.status(spec.success.status ?? 200).json(result);
      };
      router[spec.method](spec.path, ...(spec.before ?? []), handle);
    }
    return router;
  }
}

/** What any route that reads Neo4j can answer besides its own errors. */
export const DATABASE_ERRORS = {
  503: 'Neo4j is unavailable; retry once GET /api/health says ok',
  504: 'The read ran past its time limit',
} as const satisfies Partial<Record<ErrorStatus, ErrorSpec>>;

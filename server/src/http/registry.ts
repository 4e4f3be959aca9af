import { Router, type Request, type RequestHandler, type Response } from 'express';
import type { z } from 'zod';
import { InvalidInputError } from '../domain/errors.ts';

type Method = 'get' | 'post' | 'put' | 'delete';

export interface ResponseSpec {
  description: string;
  schema?: z.ZodType;
  /** Defaults to application/json. */
  contentType?: string;
  /** Several content types, each with a schema or 'text' / 'binary' for a file; replaces schema and contentType. */
  content?: Record<string, z.ZodType | 'text' | 'binary'>;
}

export interface RouteInput<P, Q, B> {
  params: P;
  query: Q;
  body: B;
}

/**
 * One route: its validation schemas are also what the OpenAPI document is
 * generated from, so the contract and the checks cannot drift apart.
 */
export interface RouteSpec<P = unknown, Q = unknown, B = unknown> {
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
  successStatus?: number;
  responses: Record<number, ResponseSpec>;
  /** Returns the JSON body, or undefined when it wrote the response itself. */
  handler: (input: RouteInput<P, Q, B>, request: Request, response: Response) => Promise<unknown>;
}

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

export class ApiRegistry {
  readonly routes: RouteSpec[] = [];

  add<P, Q, B>(spec: RouteSpec<P, Q, B>): void {
    this.routes.push(spec as unknown as RouteSpec);
  }

  router(): Router {
    const router = Router();
    for (const spec of this.routes) {
      const handle: RequestHandler = async (request, response) => {
        const input = {
          params: parsePart(spec.params, request.params, 'path'),
          query: parsePart(spec.query, request.query, 'query'),
          body: parsePart(spec.body, request.body, 'body'),
        };
        const result = await spec.handler(input, request, response);
        if (result !== undefined && !response.headersSent)
          response.status(spec.successStatus ?? 200).json(result);
      };
      router[spec.method](spec.path, ...(spec.before ?? []), handle);
    }
    return router;
  }
}

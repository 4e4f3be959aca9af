import type { RequestHandler } from 'express';
import { rateLimit } from 'express-rate-limit';
import type { ApiErrorDto } from '@newsgraph/model';

/** Per-client limit on the expensive routes (ad-hoc Cypher and query runs), shared between them. */
export function cypherRateLimit(perMinute: number): RequestHandler {
  return rateLimit({
    windowMs: 60_000,
    limit: perMinute,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    handler: (_request, response) => {
      const body: ApiErrorDto = {
        error: {
          code: 'RATE_LIMITED',
          message: `Too many queries: the limit is ${perMinute} per minute per client. Wait a little and retry.`,
        },
      };
      response.status(429).json(body);
    },
  });
}

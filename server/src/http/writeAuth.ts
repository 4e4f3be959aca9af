import { createHash, timingSafeEqual } from 'node:crypto';
import type { Request, RequestHandler } from 'express';
import { ForbiddenError, UnauthorizedError } from '../domain/errors.ts';

const digest = (value: string): Buffer => createHash('sha256').update(value).digest();

/**
 * Guards saved-query writes (and, in shared mode with ADHOC_CYPHER=token,
 * ad-hoc Cypher) when EXPLORER_WRITE_TOKEN is set. Both sides are
 * hashed first so the comparison takes constant time whatever the lengths.
 * Without a token the server runs in local single-user mode (logged at start).
 */
export function requireWriteToken(
  token: string | undefined,
  action = 'Changing saved queries',
): RequestHandler {
  const expected = token === undefined ? null : digest(token);
  return (request, _response, next) => {
    if (expected === null) {
      next();
      return;
    }
    const header = request.headers.authorization;
    const match = typeof header === 'string' ? /^Bearer\s+(\S+)\s*$/i.exec(header) : null;
    if (!match?.[1]) {
      next(
        new UnauthorizedError(
          `${action} needs "Authorization: Bearer <token>" (EXPLORER_WRITE_TOKEN is set on this server).`,
        ),
      );
      return;
    }
    if (!timingSafeEqual(digest(match[1]), expected)) {
      next(new ForbiddenError(`The bearer token is not valid for ${action.toLowerCase()}.`));
      return;
    }
    next();
  };
}

/**
 * For reads that show more to writers (draft articles): never refuses a
 * request without a token, but sets `response.locals.canWrite`. A token
 * that is sent and wrong still gets 403, so a typo does not look like
 * "no drafts". Without EXPLORER_WRITE_TOKEN everyone may write (local mode).
 */
export function detectWriteAccess(token: string | undefined): RequestHandler {
  const expected = token === undefined ? null : digest(token);
  return (request, response, next) => {
    const header = request.headers.authorization;
    const match = typeof header === 'string' ? /^Bearer\s+(\S+)\s*$/i.exec(header) : null;
    if (expected === null) response.locals.canWrite = true;
    else if (!match?.[1]) response.locals.canWrite = false;
    else if (!timingSafeEqual(digest(match[1]), expected)) {
      next(new ForbiddenError('The bearer token is not valid for reading draft articles.'));
      return;
    } else response.locals.canWrite = true;
    next();
  };
}

/**
 * Whether a request holds write access, without refusing it: for answers
 * that tell the client what to offer (GET /api/capabilities). A wrong token
 * reads as no access, so the client hides what the server would refuse.
 */
export function writeAccessOf(token: string | undefined): (request: Request) => boolean {
  const expected = token === undefined ? null : digest(token);
  return (request) => {
    if (expected === null) return true;
    const header = request.headers.authorization;
    const match = typeof header === 'string' ? /^Bearer\s+(\S+)\s*$/i.exec(header) : null;
    return match?.[1] !== undefined && timingSafeEqual(digest(match[1]), expected);
  };
}
